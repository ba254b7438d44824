import { Scene, Scenes, type GameObjects } from 'phaser';
import { SCENE_KEYS, type TableBus } from './bus';
import { boxOf, crowded, labelSteps, type LabelStep, type TextBox } from './label-fit';
import { drawFlag, drawPerson, drawChair } from './draw';
import { pageRtl, textScale, textStyle } from './page-text';
import { SeatView } from './seat-view';
import { PALETTE, type TableEvent, type TableSnapshot } from './snapshot';

/**
 * The negotiating table seen from above at an angle. It draws the snapshots that come over its bus and says on
 * the bus which seat was picked; nothing else. Every listener it adds goes when it shuts down.
 */
export class TableScene extends Scene {
  private snapshot: TableSnapshot | null = null;
  private seats = new Map<string, SeatView>();
  private backdrop!: GameObjects.Graphics;
  private host!: GameObjects.Graphics;
  private hostLabel!: GameObjects.Text;
  private clock!: GameObjects.Text;
  private paper!: GameObjects.Graphics;
  private draftText!: GameObjects.Text;
  private bubble!: GameObjects.Container;
  private bubbleBox!: GameObjects.Graphics;
  private bubbleText!: GameObjects.Text;
  private queue: TableEvent[] = [];
  private speaking = false;
  private readonly unsubscribe: () => void;

  constructor(private readonly bus: TableBus) {
    super(SCENE_KEYS.table);
    // Snapshots can come before Phaser has booted the scene: kept, and drawn in create().
    this.unsubscribe = bus.on('snapshot', (snapshot) => this.show(snapshot));
  }

  create(): void {
    this.backdrop = this.add.graphics();
    this.paper = this.add.graphics();
    this.draftText = this.add.text(0, 0, '', textStyle({ color: '#1b1f24' })).setOrigin(0.5, 0);
    this.host = this.add.graphics();
    this.hostLabel = this.add.text(0, 0, '', textStyle({ color: '#f4f6f8', align: 'center' })).setOrigin(0.5, 0);
    this.clock = this.add.text(
      12,
      10,
      '',
      textStyle({ color: '#f4f6f8', backgroundColor: '#11161cd0', padding: { x: 8, y: 5 } }),
    );
    // Phaser anchors right-to-left text at its right edge; these are placed by their left edge either way.
    this.clock.setOrigin(0, 0);
    this.bubbleBox = this.add.graphics();
    this.bubbleText = this.add.text(0, 0, '', textStyle({ color: '#1b1f24' })).setOrigin(0, 0);
    this.bubble = this.add.container(0, 0, [this.bubbleBox, this.bubbleText]).setDepth(10).setVisible(false);
    this.scale.on('resize', this.layout, this);
    this.events.once(Scenes.Events.SHUTDOWN, this.shutdown, this);
    this.events.once(Scenes.Events.DESTROY, this.shutdown, this);
    if (this.snapshot !== null) this.apply(this.snapshot, false);
  }

  override update(_time: number, delta: number): void {
    this.bus.emit('frame', { delta });
  }

  /** Removes what this scene listens to outside itself: the scale manager's resize and the bus. */
  private shutdown(): void {
    this.scale.off('resize', this.layout, this);
    this.unsubscribe();
    this.events.off(Scenes.Events.SHUTDOWN, this.shutdown, this);
    this.events.off(Scenes.Events.DESTROY, this.shutdown, this);
  }

  /** Draws a new snapshot; its events become reactions and speech bubbles, one at a time. */
  private show(snapshot: TableSnapshot): void {
    const first = this.snapshot === null;
    this.snapshot = snapshot;
    if (this.sys.isActive()) this.apply(snapshot, !first);
  }

  private apply(snapshot: TableSnapshot, animate: boolean): void {
    for (const seat of snapshot.seats) {
      let view = this.seats.get(seat.id);
      if (view === undefined) {
        view = new SeatView(this, (id) => this.bus.emit('pick', { delegation: id }), seat.id);
        this.seats.set(seat.id, view);
      }
      const was = view.current;
      if (animate && was !== null && was.present && !seat.present) {
        view.leave(snapshot.reduceMotion, () => view?.draw(seat));
      } else {
        view.draw(seat);
      }
    }
    this.layout();
    for (const event of snapshot.events) {
      const view = event.seat === null ? undefined : this.seats.get(event.seat);
      if (event.tone === 'good') view?.nod(snapshot.reduceMotion);
      if (event.tone === 'bad') view?.frown(snapshot.reduceMotion);
    }
    this.queue.push(...snapshot.events.filter((e) => e.seat !== null || e.tone === 'neutral'));
    this.queue = this.queue.slice(-4);
    if (!this.speaking) this.nextBubble();
  }

  /** How big things are drawn: 1 on a 1100 × 720 canvas, from 0.55 on a phone to 1.25 on a projector. */
  private sizeScale(): number {
    const { width: w, height: h } = this.scale;
    return Math.min(1.25, Math.max(0.55, Math.min(w / 1100, h / 720)));
  }

  private layout(): void {
    const snap = this.snapshot;
    if (snap === null) return;
    const { width: w, height: h } = this.scale;
    const scale = this.sizeScale();
    const phone = w < 700;
    const showHead = w >= 700;
    // Labels grow with the page's text; where they would overlap, the heads' names go, then the labels shrink.
    for (const { big, heads, words } of labelSteps(textScale(), showHead)) {
      // A band at the top is kept for the speech bubble, so it never covers a seat or its label.
      const band = (phone ? 70 : 90 * scale) * Math.min(big, 2);
      // Room above the top seat and below the near one for its label: a name (and the head's), and a mood.
      const room = Math.max(40, 36 * scale) + Math.max(12, 14 * scale) * big * 1.35 * (heads ? 3 : 2);
      const ry = Math.min((h - band) * (phone ? 0.25 : 0.27), ((h - band) / 2 - room) / 1.25);
      const table = { w, cx: w / 2, cy: band + (h - band) * 0.5, rx: w * (phone ? 0.28 : 0.3), ry: Math.max(ry, 30) };
      this.placeAll(snap, table, scale, { big, heads, words });
      const seatLabels = [...this.seats.values()].flatMap((v) => v.labelBoxes());
      if (!crowded(this.textBoxes(), w, h) && seatLabels.every((b) => b.y >= band)) break;
    }
  }

  /** Draws the table, the host and the seats round it, with labels at `big` times their usual size. */
  private placeAll(
    snap: TableSnapshot,
    t: { w: number; cx: number; cy: number; rx: number; ry: number },
    scale: number,
    step: LabelStep,
  ): void {
    const { w, cx, cy, rx, ry } = t;
    const { big, heads, words } = step;
    const phone = w < 700;
    const g = this.backdrop;
    g.clear();
    // The floor is the game's background colour (start-table.ts): filling it again cost a whole-canvas pass a frame.
    g.fillStyle(0x2c3a49, 1);
    g.fillEllipse(cx, cy + 8, rx * 2.9, ry * 3.3);
    g.fillStyle(PALETTE.woodEdge, 1);
    g.fillEllipse(cx, cy + 10 * scale, rx * 2, ry * 2);
    g.fillStyle(PALETTE.wood, 1);
    g.fillEllipse(cx, cy, rx * 2, ry * 2);
    g.lineStyle(2, 0xb07a4c, 0.6);
    g.strokeEllipse(cx, cy, rx * 1.86, ry * 1.8);
    const n = snap.seats.length + 1;
    const labelWidth = Math.max(80, Math.min(180, (w / n) * 1.4));
    // The host sits at the near end; the delegations go round the table from its left, or from its right when the
    // page reads right to left, so the order of the seats follows the order of the panels' lists.
    const turn = pageRtl() ? -1 : 1;
    const hy = cy + ry * 1.25;
    this.host.clear();
    this.host.setPosition(cx, hy);
    drawChair(this.host, scale, false);
    drawPerson(this.host, scale);
    drawFlag(this.host, snap.hostFlag, 0, -30 * scale, 30 * scale);
    snap.seats.forEach((seat, i) => {
      const a = Math.PI / 2 + (turn * ((i + 1) * 2 * Math.PI)) / n;
      const x = cx + Math.cos(a) * rx * 1.12;
      const y = cy + Math.sin(a) * ry * 1.25;
      const len = Math.hypot(cx - x, cy - y) || 1;
      const inward = { x: (cx - x) / len, y: (cy - y) / len };
      this.seats.get(seat.id)?.place(x, y, inward, scale, heads, labelWidth, big, words);
    });
    this.hostLabel
      .setText(phone ? snap.hostShort : snap.hostLabel)
      .setFontSize(Math.round(Math.max(11, 14 * scale) * big))
      .setPosition(cx, hy + 26 * scale);
    this.clock
      .setText(`${snap.clock}\n${snap.left}`)
      .setFontSize(Math.round(Math.max(12, 15 * scale) * big))
      .setVisible(!phone);
    // The clock sits in the corner where reading starts.
    this.clock.setPosition(pageRtl() ? w - 12 - this.clock.width : 12, 10);
    this.drawDraft(cx, cy, rx, ry, scale, w, big);
  }

  /** Every label drawn on the table, for the fitting above and for tests (no speech bubble: it has its own band). */
  textBoxes(): TextBox[] {
    const fixed = [this.hostLabel, this.clock, this.draftText].map(boxOf);
    return [...fixed, ...[...this.seats.values()].flatMap((s) => s.labelBoxes())].filter((b) => b !== null);
  }

  private drawDraft(cx: number, cy: number, rx: number, ry: number, scale: number, w: number, big: number): void {
    const snap = this.snapshot;
    if (snap === null) return;
    const compact = w < 700;
    const lines =
      snap.draft.length === 0
        ? [snap.draftEmpty]
        : compact
          ? [snap.draftCount]
          : snap.draft.map((d) => `${d.title}: ${d.wording}`);
    const fs = Math.round(Math.max(10, 12 * scale) * big);
    const widest = rx * 1.1;
    const tallest = ry * 1.5;
    // Wrap at the widest the paper may be; where the lines do not fit, the title and the count of clauses.
    this.draftText
      .setWordWrapWidth(widest - 16)
      .setText([snap.draftTitle, ...lines].join('\n'))
      .setFontSize(fs)
      .setLineSpacing(2);
    if (this.draftText.height + 16 > tallest) this.draftText.setText([snap.draftTitle, snap.draftCount].join('\n'));
    // The paper fits the text.
    const pw = Math.min(widest, Math.max(this.draftText.width + 24, 120 * scale));
    const ph = Math.min(tallest, this.draftText.height + 18);
    this.draftText.setPosition(cx, cy - ph / 2 + 8);
    this.paper.clear();
    this.paper.fillStyle(0x000000, 0.25);
    this.paper.fillRect(cx - pw / 2 + 4, cy - ph / 2 + 5, pw, ph);
    this.paper.fillStyle(PALETTE.paper, 1);
    this.paper.fillRect(cx - pw / 2, cy - ph / 2, pw, ph);
    this.paper.setAngle(0);
  }

  private nextBubble(): void {
    const event = this.queue.shift();
    if (event === undefined) {
      for (const view of this.seats.values()) view.speaking(false);
      this.speaking = false;
      this.bubble.setVisible(false);
      return;
    }
    this.speaking = true;
    const w = this.scale.width;
    // The bubble keeps clear of the clock, on whichever side the clock is.
    const rtl = pageRtl();
    const left = this.clock.visible && !rtl ? this.clock.x + this.clock.width + 12 : 8;
    const right = this.clock.visible && rtl ? this.clock.x - 12 : w - 8;
    const wrap = Math.min(560 * Math.min(textScale(), 1.5), right - left - 20);
    this.bubbleText
      .setFontSize(Math.round(Math.max(12, 15 * this.sizeScale()) * textScale()))
      .setWordWrapWidth(wrap)
      .setText(event.text)
      .setPosition(10, 8);
    const bw = this.bubbleText.width + 20;
    const bh = this.bubbleText.height + 16;
    const seat = event.seat === null ? undefined : this.seats.get(event.seat)?.position;
    const x = Math.max(left, Math.min(right - bw, (seat?.x ?? w / 2) - bw / 2));
    const y = 6;
    this.bubbleBox.clear();
    for (const [id, view] of this.seats) view.speaking(id === event.seat);
    if (seat !== undefined) {
      // A short pointer under the bubble, on the speaker's side; the speaker's seat is ringed.
      const px = Math.max(16, Math.min(bw - 16, seat.x - x));
      this.bubbleBox.fillStyle(0xffffff, 0.97);
      this.bubbleBox.fillTriangle(px - 9, bh - 2, px + 9, bh - 2, px, bh + 12);
    }
    this.bubbleBox.fillStyle(event.seat === null ? 0xf0e442 : 0xffffff, 0.97);
    this.bubbleBox.lineStyle(2, 0x1b1f24, 1);
    this.bubbleBox.fillRoundedRect(0, 0, bw, bh, 10);
    this.bubbleBox.strokeRoundedRect(0, 0, bw, bh, 10);
    this.bubble.setPosition(x, y).setVisible(true).setAlpha(1);
    const reduce = this.snapshot?.reduceMotion ?? true;
    if (!reduce) this.tweens.add({ targets: this.bubble, alpha: { from: 0, to: 1 }, duration: 180 });
    this.time.delayedCall(Math.min(4200, 1400 + event.text.length * 28), () => this.nextBubble());
  }
}
