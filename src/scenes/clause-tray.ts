import type { Scene } from 'phaser';
import type { TableButton } from './button';
import type { TableGeometry } from './layout';
import { Overlay } from './overlay';
import type { TableSnapshot } from './snapshot';

/**
 * The agenda laid out on the table: choose a clause, then one of its wordings to pick it up. The wording in
 * hand is what the seat card sounds out, assures and shuttles, and what goes into the draft.
 */
export class ClauseTray {
  private readonly overlay: Overlay;
  /** The clause whose wordings are shown, or null for the list of clauses. */
  private clause: string | null = null;

  constructor(
    scene: Scene,
    private readonly onHold: (clause: string, strength: number) => void,
    private readonly changed: () => void,
  ) {
    this.overlay = new Overlay(scene, 'tray', () => this.close(), changed);
  }

  get open(): boolean {
    return this.overlay.open;
  }

  /** Opens at the list of clauses (or at `clause`'s wordings). */
  show(snap: TableSnapshot, geo: TableGeometry, clause: string | null = null): void {
    this.clause = clause;
    this.draw(snap, geo);
  }

  /** Redraws an open tray from a new snapshot. */
  refresh(snap: TableSnapshot, geo: TableGeometry): void {
    if (this.open) this.draw(snap, geo);
  }

  close(): void {
    this.overlay.hide();
    this.clause = null;
    this.changed();
  }

  buttons(): readonly TableButton[] {
    return this.overlay.allButtons();
  }

  private draw(snap: TableSnapshot, geo: TableGeometry): void {
    const o = this.overlay;
    const width = Math.min(geo.w - 12, 480);
    const inner = width - 28;
    const px = geo.phone ? 13 : 14;
    const chosen = snap.agenda.find((c) => c.id === this.clause);
    let y = o.begin(chosen === undefined ? snap.words.clauses : chosen.title, snap.words.close, width);
    if (chosen === undefined) {
      // Two columns when one would run off the canvas.
      const rowH = Math.round(px * 2.3) + 6;
      const columns = y + snap.agenda.length * rowH + 10 > geo.h - 8 && width > 300 ? 2 : 1;
      const colW = (inner - (columns - 1) * 8) / columns;
      const rows = Math.ceil(snap.agenda.length / columns);
      snap.agenda.forEach((c, i) => {
        const col = Math.floor(i / rows);
        const row = i % rows;
        const current = c.wordings.find((wd) => wd.strength === c.current)?.short ?? '';
        const b = o.button(`tray:clause:${c.id}`, `${c.title}: ${current}`, () => this.show(snap, geo, c.id), px, colW);
        b.place(14 + col * (colW + 8), y + row * (Math.max(b.height, rowH - 6) + 6));
      });
      const last = o.buttons[o.buttons.length - 1];
      y += rows * ((last?.height ?? rowH - 6) + 6) + 6;
    } else {
      const back = o.button('tray:back', `← ${snap.words.clauses}`, () => this.show(snap, geo, null), px, 0, 'quiet');
      back.place(14, y);
      y += back.height + 10;
      for (const wd of chosen.wordings) {
        if (wd.strength === 0 && chosen.current === 0) continue;
        const inDraft = wd.strength === chosen.current;
        const held = snap.hand?.clause === chosen.id && snap.hand.strength === wd.strength;
        const label = inDraft ? `${wd.short} (${snap.words.inDraft})` : wd.short;
        const b = o.button(
          `tray:wording:${wd.strength}`,
          label,
          () => {
            this.onHold(chosen.id, wd.strength);
            this.close();
          },
          px + 1,
          inner,
          held ? 'chosen' : 'chip',
        );
        b.place(14, y);
        y += b.height + 8;
      }
    }
    o.finish(width, y + 6, geo.w, geo.h);
    this.changed();
  }
}
