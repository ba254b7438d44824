import type { Scene } from 'phaser';
import { TableButton } from './button';
import { PHONE_WIDTH } from './layout';
import type { MoveKind, TableSnapshot } from './snapshot';

/**
 * The mediator's own moves, along the near edge of the table: the wording in hand (a tap opens the clause
 * tray), putting it in the draft, caucusing the guarantors and calling the plenary.
 */
export class HostBar {
  private readonly hand: TableButton;
  private readonly put: TableButton;
  private readonly caucus: TableButton;
  private readonly plenary: TableButton;
  private readonly proceed: TableButton;

  constructor(scene: Scene, onTray: () => void, onMove: (kind: MoveKind) => void, changed: () => void) {
    this.hand = new TableButton(scene, 'bar:hand', onTray, 'chip', changed);
    this.put = new TableButton(scene, 'bar:edit', () => onMove('edit'), 'plain', changed);
    this.caucus = new TableButton(scene, 'bar:caucus', () => onMove('caucus'), 'plain', changed);
    this.plenary = new TableButton(scene, 'bar:plenary', () => onMove('plenary'), 'primary', changed);
    this.proceed = new TableButton(scene, 'bar:proceed', () => onMove('proceed'), 'primary', changed);
    for (const b of this.all()) b.root.setDepth(25);
  }

  private all(): TableButton[] {
    return [this.hand, this.put, this.caucus, this.plenary, this.proceed];
  }

  /** Lays the bar out along the bottom of a `w` × `h` canvas; returns the height it takes (0 when hidden). */
  draw(snap: TableSnapshot, w: number, h: number): number {
    const on = snap.interactive;
    const opening = snap.proceed !== null;
    const px = w < PHONE_WIDTH ? 13 : 14;
    const most = w - 16;
    const shown: TableButton[] = [];
    const offer = (b: TableButton, label: string | null | undefined): void => {
      const wanted = on && label !== null && label !== undefined;
      b.show(wanted);
      if (!wanted) return;
      b.set(label, px, 0);
      // A label wider than the canvas wraps inside it.
      if (b.width > most) b.set(label, px, most);
      shown.push(b);
    };
    offer(this.hand, snap.hand === null ? null : `${snap.words.inHand}: ${snap.hand.label} ▾`);
    offer(this.put, snap.edit?.label);
    offer(this.caucus, snap.caucus?.label);
    offer(this.plenary, snap.plenary?.label);
    this.proceed.show(opening);
    if (opening) {
      this.proceed.set(snap.proceed?.label ?? '', px + 1, 0);
      shown.push(this.proceed);
    }
    if (shown.length === 0) return 0;
    // Rows from the left, wrapping when a row is full; each row centred.
    const gap = 8;
    const rows: TableButton[][] = [[]];
    let used = 0;
    for (const b of shown) {
      const row = rows[rows.length - 1] as TableButton[];
      if (row.length > 0 && used + gap + b.width > most) {
        rows.push([b]);
        used = b.width;
      } else {
        row.push(b);
        used += (row.length > 1 ? gap : 0) + b.width;
      }
    }
    const heights = rows.map((row) => Math.max(...row.map((b) => b.height)));
    const total = heights.reduce((sum, x) => sum + x + 6, 0) + 4;
    let y = h - total + 2;
    rows.forEach((row, i) => {
      const width = row.reduce((sum, b) => sum + b.width, 0) + gap * Math.max(0, row.length - 1);
      let x = Math.max(8, (w - width) / 2);
      for (const b of row) {
        b.place(x, y);
        x += b.width + gap;
      }
      y += (heights[i] ?? 0) + 6;
    });
    return total;
  }

  buttons(): readonly TableButton[] {
    return this.all().filter((b) => b.root.visible);
  }
}
