import type { GameObjects, Scene } from 'phaser';
import { drawChair, drawFlag, drawMood, drawPerson, drawStamp } from './draw';
import { boxOf, type TextBox } from './label-fit';
import type { Box, SeatPlace } from './layout';
import { pageRtl } from './page-text';
import type { SeatSnapshot } from './snapshot';
import { recolour, restyle, textStyle, wrapAt } from './text-style';

/**
 * One delegation's place at the table: chair, figure, flag, a label (name, head, mood or its answer at the
 * plenary), the selection ring and the plenary's stamp. The whole seat is one hit area.
 */
export class SeatView {
  readonly root: GameObjects.Container;
  private readonly chair: GameObjects.Graphics;
  private readonly ring: GameObjects.Graphics;
  private readonly person: GameObjects.Container;
  private readonly body: GameObjects.Graphics;
  private readonly flag: GameObjects.Graphics;
  private readonly moodIcon: GameObjects.Graphics;
  private readonly name: GameObjects.Text;
  private readonly status: GameObjects.Text;
  private readonly stamp: GameObjects.Graphics;
  private seat: SeatSnapshot | null = null;
  private place: SeatPlace = { x: 0, y: 0, inward: { x: 0, y: -1 }, labelBelow: true };
  private scale = 1;
  private showHead = true;
  private words = true;
  private labelTop = 0;
  /** Whether its answer at the plenary has been shown yet (they are shown one by one). */
  private answered = false;
  /** Its answer at the plenary is still to come: it sits as it did, even if its answer is to walk out. */
  private waiting = false;
  private chosen = false;
  /** Whether the figure is drawn at the table now (a delegation still to answer sits there until it does). */
  private shownPresent = true;

  constructor(
    private readonly scene: Scene,
    onPick: (id: string) => void,
    readonly id: string,
  ) {
    this.ring = scene.add.graphics();
    this.chair = scene.add.graphics();
    this.body = scene.add.graphics();
    this.person = scene.add.container(0, 0, [this.body]);
    this.flag = scene.add.graphics();
    this.moodIcon = scene.add.graphics();
    this.stamp = scene.add.graphics();
    this.name = scene.add.text(0, 0, '', textStyle(14, '#f4f6f8', { align: 'center' })).setOrigin(0.5, 0);
    this.status = scene.add.text(0, 0, '', textStyle(13, '#f4f6f8')).setOrigin(0, 0.5);
    this.root = scene.add.container(0, 0, [
      this.ring,
      this.chair,
      this.person,
      this.flag,
      this.stamp,
      this.moodIcon,
      this.name,
      this.status,
    ]);
    this.root.setSize(80, 80).setInteractive({ useHandCursor: true });
    this.root.on('pointerdown', () => onPick(id));
  }

  /**
   * Places the seat; `labelWidth` is how wide its name may run before it wraps, `big` how large the page's text is
   * against the usual (2 at 200 %), `words` whether a mood is written beside its icon.
   */
  placeAt(place: SeatPlace, scale: number, showHead: boolean, labelWidth: number, big = 1, words = true): void {
    this.place = place;
    this.scale = scale;
    this.showHead = showHead;
    this.root.setPosition(place.x, place.y);
    const size = 84 * scale;
    this.root.setSize(size, size);
    const hit = this.root.input?.hitArea as { width: number; height: number } | undefined;
    if (hit !== undefined) {
      hit.width = size;
      hit.height = size;
    }
    this.body.clear();
    drawPerson(this.body, scale);
    this.words = words;
    const px = Math.min(1, scale + 0.15) * big;
    restyle(this.name, textStyle(14 * px, '#f4f6f8', { align: 'center' }));
    wrapAt(this.name, Math.round(labelWidth * Math.min(big, 1.5)));
    restyle(this.status, textStyle(13 * px, '#f4f6f8'));
    if (this.seat !== null) this.draw(this.seat);
  }

  /** Redraws from a snapshot without animation. */
  draw(given: SeatSnapshot): void {
    this.seat = given;
    const seat = this.waiting ? { ...given, present: true } : given;
    const s = this.scale;
    const { inward } = this.place;
    this.chair.clear();
    drawChair(this.chair, s, !seat.present);
    this.person.setVisible(seat.present).setAlpha(1).setPosition(0, 0).setAngle(0);
    this.chair
      .setPosition(seat.present ? 0 : -inward.x * 14 * s, seat.present ? 0 : -inward.y * 14 * s)
      .setAngle(seat.present ? 0 : 12);
    this.flag.clear();
    drawFlag(this.flag, seat.flag, inward.x * 34 * s, inward.y * 30 * s, 30 * s);
    const lines = [seat.name];
    // The head's name when it is short; a long note about the head ("not named in the sources…") stays in the card.
    const head = (seat.head.split(/[,(]/)[0] ?? '').trim();
    if (this.showHead && seat.present && head !== '' && head.length <= 26) lines.push(head);
    this.name.setText(lines.join('\n'));
    const decided = this.answered && seat.decision !== null;
    // Where the table is crowded a mood is its icon alone; a decision or an absence is always written.
    const moodWord = this.words ? seat.moodWord : '';
    const statusText = decided ? (seat.decision ?? '') : seat.present ? moodWord : seat.absentWord;
    this.shownPresent = seat.present;
    this.status.setText(statusText);
    this.labelTop = this.place.labelBelow ? 30 * s : -Math.max(36, 34 * s) - this.name.height - this.status.height - 2;
    this.layoutLabel(0);
    this.stamp.clear();
    if (decided && seat.decisionKind !== null) drawStamp(this.stamp, seat.decisionKind, 0, -2 * s, 15 * s);
    this.paintRing();
  }

  /** Its answer at the plenary is still to come (true) or may be shown as it stands (false). */
  await(on: boolean): void {
    this.waiting = on;
  }

  /** Shows its answer at the plenary; a delegation that walks out then gets up and leaves. */
  answer(reduce: boolean): void {
    const leaving = this.waiting && this.seat !== null && !this.seat.present;
    this.waiting = false;
    this.answered = true;
    const seat = this.seat;
    if (seat === null) return;
    if (leaving) {
      this.draw({ ...seat, present: true });
      this.leave(reduce, () => this.draw(seat));
    } else this.draw(seat);
  }

  /** Its words are in the bubble: its name is picked out (the ring is the player's choice, not the speaker). */
  speaking(on: boolean): void {
    const colour = on ? '#f0e442' : '#f4f6f8';
    recolour(this.name, colour);
    recolour(this.status, colour);
  }

  /** The selection ring: drawn round the delegation the player has chosen. */
  choose(on: boolean): void {
    this.chosen = on;
    this.paintRing();
  }

  /** The label's box on the canvas (name and status), before any shift. */
  labelBox(): Box {
    const w = Math.max(this.name.width, this.statusWidth());
    const h = this.name.height + this.status.height + 2;
    return { x: this.place.x - w / 2, y: this.place.y + this.labelTop, w, h };
  }

  /** Moves the label up or down by `dy` from where it belongs, so that labels never overlap. */
  layoutLabel(dy: number): void {
    const top = this.labelTop + dy;
    this.name.setPosition(0, top);
    const rowY = top + this.name.height + 2 + this.status.height / 2;
    this.moodIcon.clear();
    const seat = this.seat;
    const iconR = Math.max(6, 7 * this.scale);
    const left = -this.statusWidth() / 2;
    if (seat !== null && this.shownPresent && !(this.answered && seat.decision !== null)) {
      // Icon first in the reading direction: on the left, or on the right when the page reads right to left.
      const rtl = pageRtl();
      drawMood(this.moodIcon, seat.mood, rtl ? -left - iconR : left + iconR, rowY, iconR);
      this.status.setPosition(rtl ? left : left + iconR * 2 + 6, rowY);
    } else {
      this.status.setPosition(-this.status.width / 2, rowY);
    }
  }

  /** Where its label is drawn now, on the canvas. */
  shownLabel(): Box {
    const b = this.labelBox();
    return { ...b, y: this.place.y + this.name.y };
  }

  /** Where its name and its mood or answer are drawn, on the canvas (tests check none overlaps another). */
  labelBoxes(): TextBox[] {
    return [boxOf(this.name), boxOf(this.status)].filter((b) => b !== null);
  }

  private statusWidth(): number {
    const seat = this.seat;
    const icon = seat !== null && this.shownPresent && !(this.answered && seat.decision !== null);
    return this.status.width + (icon ? Math.max(6, 7 * this.scale) * 2 + 6 : 0);
  }

  private paintRing(): void {
    this.ring.clear();
    if (!this.chosen) return;
    const s = this.scale;
    this.ring.lineStyle(5, 0x11161c, 0.9);
    this.ring.strokeCircle(0, 0, 32 * s);
    this.ring.lineStyle(3, 0x56b4e9, 1);
    this.ring.strokeCircle(0, 0, 32 * s);
  }

  /** A nod: the figure dips twice. */
  nod(reduce: boolean): void {
    if (reduce || !this.person.visible) return;
    this.scene.tweens.add({
      targets: this.person,
      y: 5 * this.scale,
      duration: 160,
      yoyo: true,
      repeat: 1,
      ease: 'Sine.easeInOut',
    });
  }

  /** A frown: the figure shakes its head and leans back. */
  frown(reduce: boolean): void {
    if (reduce || !this.person.visible) return;
    this.scene.tweens.add({
      targets: this.person,
      angle: { from: -7, to: 7 },
      duration: 110,
      yoyo: true,
      repeat: 2,
      onComplete: () => this.person.setAngle(0),
    });
  }

  /** Walking out: the chair is pushed back and the figure leaves. */
  leave(reduce: boolean, done: () => void): void {
    if (reduce) {
      done();
      return;
    }
    const { inward } = this.place;
    const back = { x: -inward.x * 14 * this.scale, y: -inward.y * 14 * this.scale };
    this.scene.tweens.add({
      targets: this.chair,
      x: back.x,
      y: back.y,
      angle: 12,
      duration: 450,
      ease: 'Quad.easeOut',
    });
    this.scene.tweens.add({
      targets: this.person,
      alpha: 0,
      x: back.x * 3,
      y: back.y * 3,
      duration: 600,
      onComplete: done,
    });
  }

  get position(): SeatPlace {
    return this.place;
  }

  get current(): SeatSnapshot | null {
    return this.seat;
  }
}
