/**
 * Where things go at the table, worked out from the canvas size alone: pure arithmetic, no Phaser, so it can be
 * tested without a browser. The scene draws at these places.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface SeatPlace extends Point {
  /** Unit vector from the seat towards the table's centre. */
  readonly inward: Point;
  /** Labels go outwards: above a seat on the far side of the table, below one on the near side. */
  readonly labelBelow: boolean;
}

export interface TableGeometry {
  readonly w: number;
  readonly h: number;
  /** 1 on a 1100 × 720 canvas, from 0.6 on a phone to 1.25 on a projector. */
  readonly scale: number;
  readonly phone: boolean;
  /** The top band kept for the speech bubble, so it never covers a seat. */
  readonly band: number;
  /** The bottom band the table's moves take (wording in hand, caucus, plenary), as the host bar measured it. */
  readonly bar: number;
  readonly cx: number;
  readonly cy: number;
  readonly rx: number;
  readonly ry: number;
  readonly seats: readonly SeatPlace[];
  readonly host: Point;
  /** Where the draft lies on the table: the largest paper that leaves the seats free. */
  readonly paper: Box;
}

export const PHONE_WIDTH = 700;

export function sizeScale(w: number, h: number): number {
  return Math.min(1.25, Math.max(0.6, Math.min(w / 1100, h / 720)));
}

/**
 * Seats round an ellipse, the host at the near end and the delegations from its left, or from its right when the
 * page reads right to left (`turn` -1), so the seats follow the order of the panels' lists.
 */
export function tableGeometry(w: number, h: number, delegations: number, bar: number, turn: 1 | -1 = 1): TableGeometry {
  const scale = sizeScale(w, h);
  const phone = w < PHONE_WIDTH;
  const band = phone ? 76 : Math.round(86 * Math.max(1, scale));
  const room = h - band - bar;
  const cx = w / 2;
  const cy = band + room * (phone ? 0.53 : 0.5);
  const rx = w * (phone ? 0.27 : 0.3);
  // The far seats' labels go above them: room is left for three lines of label under the bubble's band.
  const labelRoom = phone ? 96 : 70;
  const ry = Math.max(40, Math.min(room * (phone ? 0.29 : 0.27), (cy - band - labelRoom) / 1.3));
  const n = delegations + 1;
  const seats = Array.from({ length: delegations }, (_, i): SeatPlace => {
    const a = Math.PI / 2 + (turn * ((i + 1) * 2 * Math.PI)) / n;
    const x = cx + Math.cos(a) * rx * 1.14;
    const y = cy + Math.sin(a) * ry * 1.3;
    const len = Math.hypot(cx - x, cy - y) || 1;
    const inward = { x: (cx - x) / len, y: (cy - y) / len };
    return { x, y, inward, labelBelow: inward.y <= 0.2 };
  });
  const host = { x: cx, y: cy + ry * 1.3 };
  const pw = rx * (phone ? 1.5 : 1.36);
  const ph = ry * 1.5;
  return {
    w,
    h,
    scale,
    phone,
    band,
    bar,
    cx,
    cy,
    rx,
    ry,
    seats,
    host,
    paper: { x: cx - pw / 2, y: cy - ph / 2, w: pw, h: ph },
  };
}

export const intersects = (a: Box, b: Box, gap = 0): boolean =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

/**
 * Moves labels apart until no two overlap: each overlapping pair is pushed apart vertically (the one nearer the
 * top goes up), a label on a `fixed` box (a seat) is pushed off it, and every label is kept inside `bounds`.
 * Returns the vertical shift of each label.
 */
export function separate(boxes: readonly Box[], bounds: Box, gap = 4, fixed: readonly Box[] = []): number[] {
  const shift = boxes.map(() => 0);
  const at = (i: number): Box => {
    const b = boxes[i] as Box;
    return { ...b, y: b.y + (shift[i] ?? 0) };
  };
  for (let round = 0; round < 60; round += 1) {
    let moved = false;
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = at(i);
        const b = at(j);
        if (!intersects(a, b, gap)) continue;
        const [upper, lower] = a.y + a.h / 2 <= b.y + b.h / 2 ? [i, j] : [j, i];
        const u = at(upper);
        const l = at(lower);
        const overlap = u.y + u.h + gap - l.y;
        shift[upper] = (shift[upper] ?? 0) - overlap / 2 - 0.5;
        shift[lower] = (shift[lower] ?? 0) + overlap / 2 + 0.5;
        moved = true;
      }
    }
    for (let i = 0; i < boxes.length; i += 1) {
      for (const f of fixed) {
        const b = at(i);
        if (!intersects(b, f, gap)) continue;
        const up = b.y + b.h / 2 < f.y + f.h / 2;
        shift[i] = (shift[i] ?? 0) + (up ? f.y - gap - (b.y + b.h) : f.y + f.h + gap - b.y);
        moved = true;
      }
    }
    for (let i = 0; i < boxes.length; i += 1) {
      const b = at(i);
      if (b.y < bounds.y) shift[i] = (shift[i] ?? 0) + bounds.y - b.y;
      else if (b.y + b.h > bounds.y + bounds.h) shift[i] = (shift[i] ?? 0) - (b.y + b.h - bounds.y - bounds.h);
    }
    if (!moved) break;
  }
  return shift;
}

/** The point `gap` short of `to` on the way from `from`: where a bubble's tail stops before a seat. */
export function shortOf(from: Point, to: Point, gap: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy);
  if (len <= gap) return from;
  return { x: to.x - (dx / len) * gap, y: to.y - (dy / len) * gap };
}
