import type { FlagShape } from './flag-shapes';

/** What the table scene draws: plain, translated data made from the engine's view. Scenes import no engine code. */
export type MoodKey = 'cooperative' | 'wary' | 'obstructive';

/** The moves the table offers: the same kinds as the panel's buttons. */
export type MoveKind =
  | 'consult'
  | 'sound'
  | 'shuttle'
  | 'assure'
  | 'caucus'
  | 'recall'
  | 'plenary'
  | 'edit'
  | 'proceed';

/** A move offered at the table, its label already translated ("Consult · 60 min"). */
export interface MoveOffer {
  readonly kind: MoveKind;
  readonly label: string;
}

/** How a delegation answered at the plenary, for the stamp at its seat. */
export type DecisionKind = 'signs' | 'reserves' | 'refuses' | 'walksOut';

export interface SeatSnapshot {
  readonly id: string;
  readonly name: string;
  readonly head: string;
  readonly flag: readonly FlagShape[];
  readonly mood: MoodKey;
  readonly moodWord: string;
  readonly present: boolean;
  /** "walked out", "stayed away": written on the empty chair. */
  readonly absentWord: string;
  /** The plenary's answer, once given. */
  readonly decision: string | null;
  readonly decisionKind: DecisionKind | null;
  /** "Trust in you: 52 of 100". */
  readonly trustWord: string;
  /** The last thing it said at the table, or null. */
  readonly said: string | null;
  /** The moves on this seat that fit now (enough time, seated or away as the move needs). */
  readonly moves: readonly MoveOffer[];
}

export interface TableEvent {
  readonly seat: string | null;
  readonly text: string;
  readonly tone: 'good' | 'bad' | 'neutral';
}

/** The line the speech bubble shows: always the newest line of the log, unless the player replays one. */
export interface Speech extends TableEvent {
  /** Its place in the mediator's log. */
  readonly index: number;
  readonly replay: boolean;
}

/** A clause of the agenda as the clause tray offers it: its wordings, and which is in the draft now. */
export interface ClauseChoice {
  readonly id: string;
  readonly title: string;
  /** The wording in the draft now (0: not in the text). */
  readonly current: number;
  /** Every wording, 0 ("not in the text") first. */
  readonly wordings: readonly { readonly strength: number; readonly short: string }[];
}

/** A change a move made to a seat, floated over it: "+3 trust", "now wary". */
export interface SeatChange {
  readonly seat: string;
  readonly text: string;
  readonly tone: 'good' | 'bad' | 'neutral';
}

/** Every word the table's controls show, translated by the page. */
export interface TableWords {
  readonly clauses: string;
  readonly close: string;
  readonly inHand: string;
  readonly putInDraft: string;
  readonly readDraft: string;
  readonly pickWording: string;
  readonly shuttleTo: string;
  readonly cancel: string;
  readonly said: string;
  readonly nothingFits: string;
  readonly replay: string;
  readonly inDraft: string;
  readonly more: string;
}

export interface TableSnapshot {
  readonly stateId: number;
  readonly hostLabel: string;
  readonly hostShort: string;
  readonly hostFlag: readonly FlagShape[];
  readonly draftTitle: string;
  readonly draft: readonly { readonly title: string; readonly wording: string }[];
  readonly draftEmpty: string;
  /** "4 clauses": the draft's summary where there is no room for its lines. */
  readonly draftCount: string;
  readonly seats: readonly SeatSnapshot[];
  /** What happened since the previous snapshot, in order: nods and frowns. */
  readonly events: readonly TableEvent[];
  readonly speech: Speech | null;
  readonly changes: readonly SeatChange[];
  readonly reduceMotion: boolean;
  /** Moves can be made at the table (the consultations); otherwise it only shows. */
  readonly interactive: boolean;
  /** The delegation the player has chosen: ringed, and its card open when `cardOpen`. */
  readonly selected: string | null;
  /** The wording the player holds, for sounding out, assuring, shuttling and the draft. */
  readonly hand: { readonly clause: string; readonly strength: number; readonly label: string } | null;
  readonly agenda: readonly ClauseChoice[];
  /** The table-wide moves, when they fit. */
  readonly caucus: MoveOffer | null;
  readonly plenary: MoveOffer | null;
  readonly edit: MoveOffer | null;
  /** At the opening: the move that opens the consultations. */
  readonly proceed: MoveOffer | null;
  readonly words: TableWords;
  /** At the plenary: each delegation's answer in the order given, shown at its seat one by one. */
  readonly answers: readonly Speech[] | null;
}

/** Okabe–Ito colours, safe for the common colour-vision differences; moods also carry an icon and a word. */
export const PALETTE = {
  cooperative: 0x009e73,
  wary: 0xe69f00,
  obstructive: 0xd55e00,
  ink: 0x1b1f24,
  paper: 0xfbf7ee,
  wood: 0x7a4e2d,
  woodEdge: 0x4e311c,
  floor: 0x24303d,
  chair: 0x56606b,
  person: 0xcfd6de,
  blue: 0x0072b2,
  sky: 0x56b4e9,
  yellow: 0xf0e442,
  card: 0x11161c,
} as const;
