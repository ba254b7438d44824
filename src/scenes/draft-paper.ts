import type { GameObjects, Scene } from 'phaser';
import type { TableButton } from './button';
import type { Box, TableGeometry } from './layout';
import { Overlay } from './overlay';
import { PALETTE, type TableSnapshot } from './snapshot';
import { addText, DRAFT_MIN_PX, restyle, textStyle, wrapAt } from './text-style';

const INK = '#1b1f24';

/**
 * The draft communiqué lying on the table, in the game's font and never smaller than 14 px. Where it does not
 * all fit (always on a phone) it says how much more there is; a tap opens it full size, where the wording in
 * hand can be put into it.
 */
export class DraftPaper {
  private readonly paper: GameObjects.Container;
  private readonly sheet: GameObjects.Graphics;
  private readonly title: GameObjects.Text;
  private readonly body: GameObjects.Text;
  private readonly full: Overlay;
  private drawn: Box = { x: 0, y: 0, w: 0, h: 0 };

  constructor(
    private readonly scene: Scene,
    private readonly onPut: () => void,
    private readonly changed: () => void,
  ) {
    this.sheet = scene.add.graphics();
    this.title = addText(scene, 0, 0, '', textStyle(15, INK, { fontStyle: 'bold' }));
    this.body = addText(scene, 0, 0, '', textStyle(DRAFT_MIN_PX, INK));
    this.paper = scene.add.container(0, 0, [this.sheet, this.title, this.body]).setDepth(2);
    this.paper.setSize(10, 10).setInteractive({ useHandCursor: true });
    this.full = new Overlay(scene, 'draft', () => this.closeFull(), changed, { fill: PALETTE.paper, ink: INK });
    this.paper.on('pointerdown', () => this.open());
    this.last = null;
  }

  private last: { snap: TableSnapshot; geo: TableGeometry } | null;

  /** Lays the paper on the table, as much of the text as fits at 14 px or more. */
  draw(snap: TableSnapshot, geo: TableGeometry): void {
    this.last = { snap, geo };
    const px = Math.max(DRAFT_MIN_PX, Math.round(15 * geo.scale));
    const room = geo.paper;
    const inner = room.w - 20;
    wrapAt(restyle(this.title, textStyle(px + 1, INK, { fontStyle: 'bold' })), inner).setText(snap.draftTitle);
    wrapAt(restyle(this.body, textStyle(px, INK)), inner);
    const lines = snap.draft.map((d) => `${d.title}: ${d.wording}`);
    const free = room.h - this.title.height - 22;
    let shown = geo.phone ? 0 : lines.length;
    const text = (k: number): string => {
      if (lines.length === 0) return snap.draftEmpty;
      if (k === lines.length) return lines.join('\n');
      const rest = `${snap.draftCount}${k > 0 ? ` (+${lines.length - k} ${snap.words.more})` : ''} — ${snap.words.readDraft}`;
      return [...lines.slice(0, k), rest].join('\n');
    };
    this.body.setText(text(shown));
    while (shown > 0 && this.body.height > free) {
      shown -= 1;
      this.body.setText(text(shown));
    }
    const w = Math.min(room.w, Math.max(this.title.width, this.body.width) + 24);
    const h = Math.min(room.h, this.title.height + this.body.height + 22);
    const x = geo.cx - w / 2;
    const y = geo.cy - h / 2;
    this.drawn = { x, y, w, h };
    this.sheet.clear();
    this.sheet.fillStyle(0x000000, 0.25);
    this.sheet.fillRect(4 - w / 2, 5 - h / 2, w, h);
    this.sheet.fillStyle(PALETTE.paper, 1);
    this.sheet.fillRect(-w / 2, -h / 2, w, h);
    this.title.setPosition(12 - w / 2, 8 - h / 2);
    this.body.setPosition(12 - w / 2, this.title.y + this.title.height + 6);
    this.paper.setPosition(geo.cx, geo.cy).setSize(w, h);
    const hit = this.paper.input?.hitArea as { width: number; height: number } | undefined;
    if (hit !== undefined) {
      hit.width = w;
      hit.height = h;
    }
    if (this.full.open) this.open();
  }

  /** The draft full size, and the wording in hand with the button that puts it in. */
  open(): void {
    if (this.last === null) return;
    const { snap, geo } = this.last;
    const o = this.full;
    const width = Math.min(geo.w - 12, 620);
    const px = geo.phone ? 15 : 16;
    let y = o.begin(snap.draftTitle, snap.words.close, width);
    const lines = snap.draft.length === 0 ? [snap.draftEmpty] : snap.draft.map((d) => `• ${d.title}: ${d.wording}`);
    const body = o.text(lines.join('\n'), 16, y, width - 32, px, INK);
    body.setLineSpacing(4);
    y += body.height + 14;
    if (snap.interactive && snap.hand !== null) {
      const hand = o.text(`${snap.words.inHand}: ${snap.hand.label}`, 16, y, width - 32, px, '#0a3d5c');
      y += hand.height + 8;
      if (snap.edit !== null) {
        const put = o.button('draft:put', snap.edit.label, () => this.onPut(), px, 0, 'primary');
        put.place(16, y);
        y += put.height + 10;
      }
    }
    o.finish(width, y + 8, geo.w, geo.h, true);
    this.changed();
  }

  closeFull(): void {
    this.full.hide();
    this.changed();
  }

  get fullOpen(): boolean {
    return this.full.open;
  }

  box(): Box {
    return this.drawn;
  }

  /** The smallest text on the paper, in CSS pixels (the probe checks it is legible). */
  textPx(): number {
    return Number.parseFloat(String(this.body.style.fontSize));
  }

  buttons(): readonly TableButton[] {
    return this.full.allButtons();
  }
}
