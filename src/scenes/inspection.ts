import type { BubbleInfo } from './bubble';
import type { TableButton } from './button';
import type { DraftPaper } from './draft-paper';
import type { Box } from './layout';
import type { SeatCard } from './seat-card';
import type { SeatView } from './seat-view';

/**
 * What the table shows and where, in canvas pixels: the page hands it to tests and the bench through
 * `window.__astana.table()`, so that they press the scene's controls where they are drawn, never by guessing.
 */
export interface TableInspection {
  readonly width: number;
  readonly height: number;
  /** The render loop sleeps while nothing moves. */
  readonly asleep: boolean;
  readonly seats: readonly { readonly id: string; readonly x: number; readonly y: number; readonly label: Box }[];
  /** Everything that can be pressed now, by id: `seat:russia`, `card:consult`, `bar:plenary`, `tray:clause:…`. */
  readonly targets: readonly { readonly id: string; readonly box: Box }[];
  readonly bubble: BubbleInfo | null;
  readonly selected: string | null;
  /** The delegation whose card is open. */
  readonly card: string | null;
  /** Waiting for the second delegation of a shuttle, from this one. */
  readonly shuttleFrom: string | null;
  readonly paper: Box;
  /** The draft's text size in CSS pixels. */
  readonly draftPx: number;
  /** The seats whose answer at the plenary is shown so far, in order, and how many answers there are. */
  readonly answered: readonly string[];
  readonly answersDue: number;
}

interface Parts {
  readonly w: number;
  readonly h: number;
  readonly asleep: boolean;
  readonly seats: readonly SeatView[];
  /** The buttons that can be pressed now (an overlay's alone while one is open). */
  readonly buttons: readonly TableButton[];
  /** The clause tray or the full-size draft is open: the table under it cannot be pressed. */
  readonly overlay: boolean;
  readonly card: SeatCard;
  readonly paper: DraftPaper;
  readonly bubble: BubbleInfo | null;
  readonly selected: string | null;
  readonly shuttleFrom: string | null;
  readonly answered: readonly string[];
  readonly answersDue: number;
}

const centre = (b: Box): { x: number; y: number } => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });
const inside = (p: { x: number; y: number }, b: Box): boolean =>
  p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h;

export function inspectTable(parts: Parts): TableInspection {
  const seats = parts.seats.map((v) => ({ id: v.id, x: v.position.x, y: v.position.y, label: v.shownLabel() }));
  const card = parts.card.box();
  const buttons = parts.buttons.flatMap((b) => {
    const box = b.box();
    return box === null ? [] : [{ id: b.id, box }];
  });
  // A seat the card covers cannot be pressed until the card closes; nor can the paper.
  const free = (box: Box): boolean => card === null || !inside(centre(box), card);
  const seatTargets = parts.overlay
    ? []
    : seats
        .map((s) => ({ id: `seat:${s.id}`, box: { x: s.x - 18, y: s.y - 18, w: 36, h: 36 } }))
        .filter((s) => free(s.box));
  const paper = parts.paper.box();
  return {
    width: parts.w,
    height: parts.h,
    asleep: parts.asleep,
    seats,
    targets: [...buttons, ...seatTargets, ...(parts.overlay || !free(paper) ? [] : [{ id: 'paper', box: paper }])],
    bubble: parts.bubble,
    selected: parts.selected,
    card: parts.card.open,
    shuttleFrom: parts.shuttleFrom,
    paper,
    draftPx: parts.paper.textPx(),
    answered: parts.answered,
    answersDue: parts.answersDue,
  };
}
