import type { GameObjects } from 'phaser';
import { FLAG_H, FLAG_W, type FlagShape } from './flag-shapes';
import { PALETTE, type DecisionKind, type MoodKey } from './snapshot';

/** Fills a polygon given as flat x, y pairs. */
function fillPoly(g: GameObjects.Graphics, xy: readonly number[]): void {
  g.beginPath();
  g.moveTo(xy[0] ?? 0, xy[1] ?? 0);
  for (let i = 2; i + 1 < xy.length; i += 2) g.lineTo(xy[i] ?? 0, xy[i + 1] ?? 0);
  g.closePath();
  g.fillPath();
}

export const hex = (colour: string): number => Number.parseInt(colour.replace('#', '').slice(0, 6), 16);

/** Draws a flag's shapes into a Graphics object, centred on (x, y), `width` wide, with a thin frame. */
export function drawFlag(
  g: GameObjects.Graphics,
  shapes: readonly FlagShape[],
  x: number,
  y: number,
  width: number,
): void {
  const k = width / FLAG_W;
  const ox = x - width / 2;
  const oy = y - (FLAG_H * k) / 2;
  for (const s of shapes) {
    g.fillStyle(hex(s.fill), 1);
    if (s.kind === 'rect') g.fillRect(ox + s.x * k, oy + s.y * k, s.w * k + 0.3, s.h * k + 0.3);
    else if (s.kind === 'circle') g.fillCircle(ox + s.cx * k, oy + s.cy * k, s.r * k);
    else {
      fillPoly(
        g,
        s.points.map((v, i) => (i % 2 === 0 ? ox + v * k : oy + v * k)),
      );
    }
  }
  g.lineStyle(1, 0x000000, 0.4);
  g.strokeRect(ox, oy, width, FLAG_H * k);
}

/** A mood icon that does not rely on colour: a tick in a circle, a dash in a diamond, a cross in a square. */
export function drawMood(g: GameObjects.Graphics, mood: MoodKey, x: number, y: number, r: number): void {
  g.fillStyle(PALETTE[mood], 1);
  g.lineStyle(Math.max(2, r / 3.5), 0xffffff, 1);
  if (mood === 'cooperative') {
    g.fillCircle(x, y, r);
    g.beginPath();
    g.moveTo(x - r * 0.5, y);
    g.lineTo(x - r * 0.1, y + r * 0.4);
    g.lineTo(x + r * 0.55, y - r * 0.4);
    g.strokePath();
  } else if (mood === 'wary') {
    fillPoly(g, [x, y - r * 1.15, x + r * 1.15, y, x, y + r * 1.15, x - r * 1.15, y]);
    g.lineBetween(x - r * 0.5, y, x + r * 0.5, y);
  } else {
    g.fillRect(x - r, y - r, r * 2, r * 2);
    g.lineBetween(x - r * 0.45, y - r * 0.45, x + r * 0.45, y + r * 0.45);
    g.lineBetween(x - r * 0.45, y + r * 0.45, x + r * 0.45, y - r * 0.45);
  }
}

/** A seated figure seen from above and in front: shoulders and a head. */
export function drawPerson(g: GameObjects.Graphics, scale: number): void {
  g.fillStyle(0x2f3a46, 1);
  g.fillEllipse(0, 6 * scale, 34 * scale, 20 * scale);
  g.fillStyle(PALETTE.person, 1);
  g.fillCircle(0, -6 * scale, 9 * scale);
}

export function drawChair(g: GameObjects.Graphics, scale: number, empty: boolean): void {
  g.fillStyle(PALETTE.chair, empty ? 0.75 : 1);
  g.fillRoundedRect(-20 * scale, -18 * scale, 40 * scale, 34 * scale, 6 * scale);
  g.lineStyle(2, 0x11161c, 0.6);
  g.strokeRoundedRect(-20 * scale, -18 * scale, 40 * scale, 34 * scale, 6 * scale);
}

/** The plenary's answer at a seat, like a seal on paper: a shape and a mark for each answer, not colour alone. */
export function drawStamp(g: GameObjects.Graphics, kind: DecisionKind, x: number, y: number, r: number): void {
  const colour = {
    signs: PALETTE.cooperative,
    reserves: PALETTE.wary,
    refuses: PALETTE.obstructive,
    walksOut: 0x5a5f66,
  }[kind];
  g.fillStyle(0x11161c, 0.55);
  g.fillCircle(x + 2, y + 3, r + 2);
  g.fillStyle(colour, 1);
  g.lineStyle(Math.max(2, r / 5), 0xffffff, 1);
  if (kind === 'signs' || kind === 'reserves') g.fillCircle(x, y, r);
  else g.fillRect(x - r, y - r, r * 2, r * 2);
  g.beginPath();
  if (kind === 'signs') {
    g.moveTo(x - r * 0.5, y);
    g.lineTo(x - r * 0.1, y + r * 0.4);
    g.lineTo(x + r * 0.55, y - r * 0.4);
  } else if (kind === 'reserves') {
    g.moveTo(x - r * 0.5, y - r * 0.1);
    g.lineTo(x - r * 0.1, y + r * 0.3);
    g.lineTo(x + r * 0.55, y - r * 0.4);
    g.moveTo(x - r * 0.45, y + r * 0.55);
    g.lineTo(x + r * 0.45, y + r * 0.55);
  } else if (kind === 'refuses') {
    g.moveTo(x - r * 0.45, y - r * 0.45);
    g.lineTo(x + r * 0.45, y + r * 0.45);
    g.moveTo(x - r * 0.45, y + r * 0.45);
    g.lineTo(x + r * 0.45, y - r * 0.45);
  } else {
    // An arrow leaving through a door.
    g.moveTo(x - r * 0.5, y);
    g.lineTo(x + r * 0.5, y);
    g.moveTo(x + r * 0.15, y - r * 0.35);
    g.lineTo(x + r * 0.5, y);
    g.lineTo(x + r * 0.15, y + r * 0.35);
  }
  g.strokePath();
}
