import { Scene, Scenes, type GameObjects } from 'phaser';
import { Bubble } from './bubble';
import { SCENE_KEYS, type TableBus } from './bus';
import { ClauseTray } from './clause-tray';
import { DraftPaper } from './draft-paper';
import { Floats } from './floats';
import { HostBar } from './host-bar';
import { inspectTable, type TableInspection } from './inspection';
import { tableGeometry, type Box, type TableGeometry } from './layout';
import { LoopKeeper } from './loop';
import { Answers } from './answers';
import { SeatCard } from './seat-card';
import { Seats } from './seats';
import type { MoveKind, Speech, TableSnapshot } from './snapshot';
import { StaticTable } from './static-table';
import { boxOf, type TextBox } from './label-fit';
import { pageRtl, textScale } from './page-text';
import { restyle, textStyle } from './text-style';
import { orderHitsByDrawing } from './hit-order';
import { ShuttleHint } from './shuttle-hint';

/**
 * The negotiating table seen from above, and the place the mediator works: choose a seat to see its card and
 * make a move on it, pick up a wording from the clause tray, put it in the draft, caucus, call the plenary. It
 * draws the snapshots that come over its bus and says on the bus what the player chose; the page makes the
 * moves. Every listener it adds goes when it shuts down.
 */
export class TableScene extends Scene {
  private snapshot: TableSnapshot | null = null;
  private geo: TableGeometry | null = null;
  private seats!: Seats;
  private table!: StaticTable;
  private hostLabel!: GameObjects.Text;
  private shuttle!: ShuttleHint;
  private paper!: DraftPaper;
  private bubble!: Bubble;
  private card!: SeatCard;
  private tray!: ClauseTray;
  private bar!: HostBar;
  private floats!: Floats;
  private answers!: Answers;
  private loop!: LoopKeeper;
  /** The delegation the player has chosen: ringed, as the panel's delegation is. */
  private selected: string | null = null;
  private replayTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly unsubscribe: (() => void)[];

  constructor(private readonly bus: TableBus) {
    super(SCENE_KEYS.table);
    // Snapshots can come before Phaser has booted the scene: kept, and drawn in create().
    this.unsubscribe = [
      bus.on('snapshot', (snapshot) => this.show(snapshot)),
      bus.on('replay', (speech) => this.replay(speech)),
    ];
  }

  create(): void {
    const poke = (): void => this.changed();
    orderHitsByDrawing(this);
    this.loop = new LoopKeeper(this.game, () => this.tweens.getTweens().length > 0);
    this.table = new StaticTable(this);
    this.seats = new Seats(this, (id) => this.tapSeat(id));
    this.hostLabel = this.add.text(0, 0, '', textStyle(14, '#f4f6f8', { align: 'center' })).setOrigin(0.5, 0);
    this.paper = new DraftPaper(this, () => this.move('edit'), poke);
    this.bubble = new Bubble(this);
    this.card = new SeatCard(this, {
      move: (kind, seat) => this.move(kind, seat),
      changeWording: () => this.tray.show(this.snap(), this.geometry()),
      close: () => this.closeCard(),
      changed: poke,
    });
    this.tray = new ClauseTray(this, (clause, strength) => this.bus.emit('hold', { clause, strength }), poke);
    this.bar = new HostBar(
      this,
      () => this.tray.show(this.snap(), this.geometry()),
      (kind) => this.move(kind),
      poke,
    );
    this.shuttle = new ShuttleHint(this, () => this.endShuttle(), poke);
    this.floats = new Floats(this, poke);
    this.answers = new Answers(
      (id) => {
        this.seats.get(id)?.answer(this.snapshot?.reduceMotion ?? true);
        // The answer is a longer label: the labels are moved apart again.
        if (this.snapshot !== null && this.geo !== null)
          this.seats.place(this.snapshot, this.geo, this.selected, textScale(), this.paperEdge());
      },
      (speech) => this.speak(speech),
      poke,
    );
    // A tap on the bare table closes the card.
    this.input.on('pointerdown', (_p: unknown, over: readonly unknown[]) => {
      if (over.length === 0 && this.card.open !== null) this.closeCard();
    });
    this.scale.on('resize', this.layout, this);
    this.events.once(Scenes.Events.SHUTDOWN, this.shutdown, this);
    this.events.once(Scenes.Events.DESTROY, this.shutdown, this);
    if (this.snapshot !== null) this.apply(this.snapshot, false);
  }

  override update(_time: number, delta: number): void {
    if (this.loop.step()) this.bus.emit('frame', { delta });
  }

  /** Wakes the loop when the canvas changes size or the page asks (start-table.ts). */
  wake(): void {
    this.loop?.poke();
  }

  /**
   * Something on the table changed: draw it, and let new buttons take a tap at once. Phaser adds a new hit area
   * to its list only at the next frame's start, and a tap that came sooner fell through to what lay beneath.
   */
  private changed(): void {
    (this.input as unknown as { preUpdate?: () => void } | undefined)?.preUpdate?.();
    this.loop?.poke();
  }

  /** Removes what this scene listens to outside itself: the scale manager's resize, the bus, its timers. */
  private shutdown(): void {
    this.loop?.stop();
    this.scale.off('resize', this.layout, this);
    for (const off of this.unsubscribe) off();
    clearTimeout(this.replayTimer);
    this.answers?.stop();
    this.floats?.clear();
    this.table?.destroy();
    this.events.off(Scenes.Events.SHUTDOWN, this.shutdown, this);
    this.events.off(Scenes.Events.DESTROY, this.shutdown, this);
  }

  private snap(): TableSnapshot {
    return this.snapshot as TableSnapshot;
  }

  private geometry(): TableGeometry {
    return this.geo as TableGeometry;
  }

  private show(snapshot: TableSnapshot): void {
    const first = this.snapshot === null;
    this.snapshot = snapshot;
    if (this.sys.isActive()) this.apply(snapshot, !first);
  }

  private apply(snap: TableSnapshot, animate: boolean): void {
    // At the plenary the answers come one by one: until its turn a delegation sits as it did.
    const shown = new Set(this.answers.shown());
    const waiting = new Set(
      (snap.answers ?? []).flatMap((a) => (a.seat === null || shown.has(a.seat) ? [] : [a.seat])),
    );
    this.seats.draw(snap, animate, waiting);
    this.selected = snap.selected;
    if (!snap.interactive) {
      this.card.hide();
      this.endShuttle();
    }
    this.layout();
    this.seats.react(snap.events, snap.reduceMotion);
    if (animate) this.floats.show(snap.changes, (id) => this.seats.get(id)?.position ?? null, snap.reduceMotion);
    clearTimeout(this.replayTimer);
    if (snap.answers !== null) this.answers.play(snap.answers, snap.speech, snap.reduceMotion);
    else this.speak(snap.speech);
    this.changed();
    this.loop.poke(4);
  }

  private speak(speech: Speech | null): void {
    const snap = this.snapshot;
    if (speech === null || snap === null || this.geo === null) {
      this.bubble.hide();
      return;
    }
    const at = speech.seat === null ? null : (this.seats.get(speech.seat)?.position ?? null);
    for (const [id, view] of this.seats.entries()) view.speaking(id === speech.seat);
    this.bubble.show(speech, at, this.geo, snap.words.replay, snap.reduceMotion);
    this.changed();
  }

  /** The log's replay: the line again for a while, then back to the newest. */
  private replay(speech: Speech): void {
    if (this.snapshot === null || this.geo === null) return;
    this.speak(speech);
    clearTimeout(this.replayTimer);
    this.replayTimer = setTimeout(() => this.speak(this.snapshot?.speech ?? null), 6000);
  }

  private tapSeat(id: string): void {
    const snap = this.snapshot;
    if (snap === null || !snap.interactive) return;
    if (this.shuttle.from !== null) {
      const from = this.shuttle.from;
      this.endShuttle();
      if (id !== from) this.bus.emit('move', { kind: 'shuttle', delegation: from, to: id });
      return;
    }
    this.selected = id;
    this.bus.emit('pick', { delegation: id });
    this.openCard(id);
  }

  private openCard(id: string): void {
    const seat = this.snapshot?.seats.find((s) => s.id === id);
    const view = this.seats.get(id);
    if (seat === undefined || view === undefined || this.geo === null || this.snapshot === null) return;
    for (const [other, v] of this.seats.entries()) v.choose(other === id);
    this.card.show(seat, this.snapshot, view.position, this.geo);
    this.changed();
  }

  private closeCard(): void {
    this.card.hide();
    this.changed();
  }

  private move(kind: MoveKind, seat?: string): void {
    if (kind === 'shuttle' && seat !== undefined) {
      this.startShuttle(seat);
      return;
    }
    this.paper.closeFull();
    this.bus.emit('move', seat === undefined ? { kind } : { kind, delegation: seat });
  }

  private startShuttle(from: string): void {
    const snap = this.snap();
    this.card.hide();
    this.shuttle.start(from, snap.words.shuttleTo, snap.words.cancel);
    this.layout();
  }

  private endShuttle(): void {
    this.shuttle?.end();
    this.changed();
  }

  private layout(): void {
    const snap = this.snapshot;
    if (snap === null) return;
    const { width: w, height: h } = this.scale;
    const barHeight = this.bar.draw(snap, w, h);
    const geo = tableGeometry(w, h, snap.seats.length, barHeight, pageRtl() ? -1 : 1);
    this.geo = geo;
    this.table.draw(geo, snap.hostFlag);
    this.paper.draw(snap, geo);
    this.seats.place(snap, geo, this.selected, textScale(), this.paperEdge());
    restyle(this.hostLabel, textStyle(13 * Math.min(textScale(), 1.5), '#f4f6f8', { align: 'center' }))
      .setText(geo.phone ? snap.hostShort : snap.hostLabel)
      .setPosition(geo.host.x, geo.host.y + 24 * geo.scale);
    this.tray.refresh(snap, geo);
    const open = this.card.open;
    const seat = snap.seats.find((s) => s.id === open);
    const view = open === null ? undefined : this.seats.get(open);
    if (seat !== undefined && view !== undefined && snap.interactive) this.card.show(seat, snap, view.position, geo);
    else this.card.hide();
    this.shuttle.place(w, h - geo.bar);
    const shown = this.bubble.info();
    if (shown !== null) this.speak({ ...shown, tone: 'neutral' });
    this.changed();
  }

  /** The draft's paper as labels keep off it: a label may reach over its margin, short of its text. */
  private paperEdge(): Box[] {
    const b = this.paper.box();
    return [{ x: b.x + 8, y: b.y, w: Math.max(0, b.w - 16), h: b.h }];
  }

  /** The labels drawn at the table, text and box: the host's and every seat's (tests check none overlaps). */
  textBoxes(): TextBox[] {
    if (this.seats === undefined) return [];
    const seats = this.seats.of(this.snapshot).flatMap((v) => v.labelBoxes());
    return [boxOf(this.hostLabel), ...seats].filter((b) => b !== null);
  }

  /** Where everything is, for the page's probe. */
  inspect(): TableInspection {
    const overlay = this.tray?.open === true || this.paper?.fullOpen === true;
    return inspectTable({
      w: this.scale.width,
      h: this.scale.height,
      asleep: this.loop?.asleep ?? false,
      seats: this.seats.of(this.snapshot),
      buttons: [
        ...(this.tray?.open ? this.tray.buttons() : []),
        ...(this.paper?.fullOpen ? this.paper.buttons() : []),
        ...(overlay ? [] : [...this.card.buttons(), ...this.bar.buttons()]),
        ...(this.shuttle.from === null ? [] : [this.shuttle.cancel]),
      ],
      overlay,
      card: this.card,
      paper: this.paper,
      bubble: this.bubble.info(),
      selected: this.selected,
      shuttleFrom: this.shuttle.from,
      answered: this.answers.shown(),
      answersDue: this.answers.due,
    });
  }
}
