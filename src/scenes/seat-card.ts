import type { GameObjects, Scene } from 'phaser';
import { TableButton } from './button';
import { drawFlag, drawMood } from './draw';
import type { Box, TableGeometry } from './layout';
import type { MoveKind, SeatSnapshot, TableSnapshot } from './snapshot';
import { addText, textStyle, wrapAt } from './text-style';

export interface CardActions {
  move(kind: MoveKind, seat: string): void;
  /** Opens the clause tray to change the wording in hand. */
  changeWording(): void;
  close(): void;
  changed(): void;
}

const PAD = 12;

/**
 * The chosen delegation's card: its mood and trust, the last thing it said, the wording in hand, and a button
 * for each move that fits it now. Opens beside the seat, over the table.
 */
export class SeatCard {
  readonly root: GameObjects.Container;
  /** Laid out from its top-left corner; `root` is centred on the card, as a container's hit area is. */
  private readonly inner: GameObjects.Container;
  private readonly bg: GameObjects.Graphics;
  private readonly flag: GameObjects.Graphics;
  private readonly title: GameObjects.Text;
  private readonly body: GameObjects.Text;
  private readonly hand: GameObjects.Text;
  private readonly close: TableButton;
  private readonly change: TableButton;
  private moves: TableButton[] = [];
  private seat: string | null = null;

  constructor(
    private readonly scene: Scene,
    private readonly actions: CardActions,
  ) {
    this.bg = scene.add.graphics();
    this.flag = scene.add.graphics();
    this.title = addText(scene, 0, 0, '', textStyle(16, '#f4f6f8', { fontStyle: 'bold' }));
    this.body = addText(scene, 0, 0, '', textStyle(14, '#f4f6f8'));
    this.hand = addText(scene, 0, 0, '', textStyle(14, '#f0e442'));
    this.close = new TableButton(scene, 'card:close', () => actions.close(), 'quiet', actions.changed);
    this.change = new TableButton(scene, 'card:wording', () => actions.changeWording(), 'chip', actions.changed);
    this.inner = scene.add.container(0, 0, [
      this.bg,
      this.flag,
      this.title,
      this.body,
      this.hand,
      this.close.root,
      this.change.root,
    ]);
    this.root = scene.add.container(0, 0, [this.inner]).setDepth(30).setVisible(false);
    // The card takes the pointer: a tap on it never reaches the seat or table behind.
    this.root.setSize(10, 10).setInteractive();
  }

  get open(): string | null {
    return this.root.visible ? this.seat : null;
  }

  hide(): void {
    this.root.setVisible(false);
    this.seat = null;
  }

  /** Opens (or redraws) the card of `seat` next to where it sits. */
  show(seat: SeatSnapshot, snap: TableSnapshot, at: { x: number; y: number }, geo: TableGeometry): void {
    this.seat = seat.id;
    const width = Math.min(geo.w - 16, 330);
    const inner = width - PAD * 2;
    const { words } = snap;
    this.flag.clear();
    drawFlag(this.flag, seat.flag, PAD + 15, PAD + 11, 30);
    wrapAt(this.title, inner - 80)
      .setText(seat.name)
      .setPosition(PAD + 38, PAD);
    this.close.set('×', 18, 0).place(width - PAD - this.close.width + 4, PAD - 6);
    const state = seat.present ? `${seat.moodWord} · ${seat.trustWord}` : `${seat.absentWord} · ${seat.trustWord}`;
    const said = seat.said === null ? '' : `\n${words.said}: “${clip(seat.said, 140)}”`;
    let y = Math.max(PAD + 24, this.title.y + this.title.height) + 8;
    wrapAt(this.body, inner - 22)
      .setText(`${state}${said}`)
      .setPosition(PAD + 22, y);
    this.bg.clear();
    y += this.body.height + 8;
    const wordingMoves = seat.moves.some((m) => m.kind === 'sound' || m.kind === 'assure' || m.kind === 'shuttle');
    this.hand.setVisible(wordingMoves && snap.hand !== null);
    this.change.show(wordingMoves && snap.hand !== null);
    if (wordingMoves && snap.hand !== null) {
      wrapAt(this.hand, inner).setText(`${words.inHand}: ${snap.hand.label}`).setPosition(PAD, y);
      y += this.hand.height + 6;
      this.change.set(words.pickWording, 14, 0).place(PAD, y);
      y += this.change.height + 10;
    }
    for (const b of this.moves) b.root.destroy();
    this.moves = [];
    const half = (inner - 8) / 2;
    seat.moves.forEach((move, i) => {
      const b = new TableButton(
        this.scene,
        `card:${move.kind}`,
        () => this.actions.move(move.kind, seat.id),
        'primary',
        this.actions.changed,
      );
      b.set(move.label, 14, half);
      this.inner.add(b.root);
      this.moves.push(b);
      const col = i % 2;
      b.place(PAD + col * (half + 8), y);
      if (col === 1 || i === seat.moves.length - 1) y += b.height + 8;
    });
    if (seat.moves.length === 0) {
      this.hand.setVisible(true).setText(words.nothingFits).setPosition(PAD, y);
      y += this.hand.height + 8;
    }
    const height = y + PAD - 8;
    this.bg.fillStyle(0x11161c, 0.96);
    this.bg.lineStyle(2, 0x56b4e9, 1);
    this.bg.fillRoundedRect(0, 0, width, height, 10);
    this.bg.strokeRoundedRect(0, 0, width, height, 10);
    if (seat.present) drawMood(this.bg, seat.mood, PAD + 8, this.body.y + 10, 7);
    this.root.setSize(width, height);
    const hit = this.root.input?.hitArea as { width: number; height: number } | undefined;
    if (hit !== undefined) {
      hit.width = width;
      hit.height = height;
    }
    // Beside the seat, towards the table's middle, inside the canvas and clear of the bubble's band.
    const x = Math.max(8, Math.min(geo.w - width - 8, at.x < geo.cx ? at.x + 40 : at.x - width - 40));
    const top = geo.band;
    const yy = Math.max(top, Math.min(geo.h - height - 8, at.y - height / 2));
    this.root.setPosition(x + width / 2, yy + height / 2);
    this.inner.setPosition(-width / 2, -height / 2);
    this.root.setVisible(true);
  }

  /** Every button on the card, for the probe. */
  buttons(): readonly TableButton[] {
    return this.root.visible ? [this.close, this.change, ...this.moves] : [];
  }

  box(): Box | null {
    if (!this.root.visible) return null;
    const b = this.root.getBounds();
    return { x: b.x, y: b.y, w: b.width, h: b.height };
  }
}

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
