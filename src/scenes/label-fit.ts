import type { GameObjects } from 'phaser';

/** A text's box on the canvas. */
export interface TextBox {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export function boxOf(text: GameObjects.Text): TextBox | null {
  if (!text.visible || text.text === '') return null;
  const b = text.getBounds();
  return { text: text.text, x: b.x, y: b.y, w: b.width, h: b.height };
}

/** Whether any two boxes overlap by more than a sliver, or any box leaves the canvas. */
export function crowded(boxes: readonly TextBox[], width: number, height: number): boolean {
  for (const [i, a] of boxes.entries()) {
    if (a.x < 0 || a.y < 0 || a.x + a.w > width || a.y + a.h > height) return true;
    for (const b of boxes.slice(i + 1)) {
      const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (w > 2 && h > 2) return true;
    }
  }
  return false;
}

/** How a step draws the labels: their size against the usual, and whether heads' names and mood words show. */
export interface LabelStep {
  readonly big: number;
  readonly heads: boolean;
  readonly words: boolean;
}

/**
 * The sizes to try for the table's labels, largest first: the page's text scale with the heads' names, then
 * without them (they are in the dossier too), then smaller by steps down to the usual size, and last the mood's
 * icon without its word (the word is in the dossier and the console).
 */
export function labelSteps(scale: number, heads: boolean): LabelStep[] {
  const steps: LabelStep[] = heads ? [{ big: scale, heads: true, words: true }] : [];
  for (let k = scale; k > 1; k *= 0.88) steps.push({ big: k, heads: false, words: true });
  steps.push({ big: 1, heads: false, words: true }, { big: 1, heads: false, words: false });
  return steps;
}
