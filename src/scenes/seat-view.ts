import type { GameObjects, Scene } from 'phaser';
import { drawChair, drawFlag, drawMood, drawPerson } from './draw';
import { boxOf, type TextBox } from './label-fit';
import { pageRtl, textStyle } from './page-text';
import type { MoodKey, SeatSnapshot } from './snapshot';

/** One delegation's place at the table: chair, figure, flag, name, head, mood (icon and word) or an empty chair. */
export class SeatView {
  readonly root: GameObjects.Container;
  private readonly chair: GameObjects.Graphics;
  private readonly ring: GameObjects.Graphics;
  private readonly person: GameObjects.Container;
  private readonly flag: GameObjects.Graphics;
  private readonly moodIcon: GameObjects.Graphics;
  private readonly name: GameObjects.Text;
  private readonly mood: GameObjects.Text;
  private seat: SeatSnapshot | null = null;
  private scale = 1;
  /** Unit vector from the seat towards the table's centre. */
  private inward = { x: 0, y: -1 };
  private home = { x: 0, y: 0 };

  constructor(
    private readonly scene: Scene,
    onPick: (id: string) => void,
    id: string,
  ) {
    this.chair = scene.add.graphics();
    this.ring = scene.add.graphics();
    const body = scene.add.graphics();
    this.person = scene.add.container(0, 0, [body]);
    this.flag = scene.add.graphics();
    this.moodIcon = scene.add.graphics();
    this.name = scene.add.text(0, 0, '', textStyle({ color: '#f4f6f8', align: 'center' })).setOrigin(0.5, 0);
    this.mood = scene.add.text(0, 0, '', textStyle({ color: '#f4f6f8' })).setOrigin(0, 0.5);
    this.root = scene.add.container(0, 0, [
      this.ring,
      this.chair,
      this.person,
      this.flag,
      this.moodIcon,
      this.name,
      this.mood,
    ]);
    this.root.setSize(80, 80).setInteractive({ useHandCursor: true });
    this.root.on('pointerdown', () => onPick(id));
  }

  /** Places the seat; `inward` points at the table, `scale` follows the canvas size, `big` the page's text size. */
  place(
    x: number,
    y: number,
    inward: { x: number; y: number },
    scale: number,
    showHead: boolean,
    labelWidth: number,
    big = 1,
    words = true,
  ): void {
    this.home = { x, y };
    this.inward = inward;
    this.scale = scale;
    this.root.setPosition(x, y);
    this.root.setSize(80 * scale, 80 * scale);
    const body = this.person.list[0] as GameObjects.Graphics;
    body.clear();
    drawPerson(body, scale);
    const fs = Math.round(Math.max(12, 14 * scale) * big);
    this.name.setFontSize(fs).setWordWrapWidth(labelWidth * Math.min(big, 1.5));
    this.mood.setFontSize(Math.round(Math.max(12, 13 * scale) * big));
    this.name.setData('showHead', showHead);
    this.mood.setData('words', words);
    if (this.seat !== null) this.draw(this.seat);
  }

  /** Redraws from a snapshot without animation. */
  draw(seat: SeatSnapshot): void {
    this.seat = seat;
    const s = this.scale;
    this.chair.clear();
    drawChair(this.chair, s, !seat.present);
    this.person.setVisible(seat.present).setAlpha(1).setPosition(0, 0).setAngle(0);
    this.chair
      .setPosition(seat.present ? 0 : -this.inward.x * 14 * s, seat.present ? 0 : -this.inward.y * 14 * s)
      .setAngle(seat.present ? 0 : 12);
    this.flag.clear();
    const fx = this.inward.x * 34 * s;
    const fy = this.inward.y * 30 * s;
    drawFlag(this.flag, seat.flag, fx, fy, 30 * s);
    const showHead = this.name.getData('showHead') === true;
    const lines = [seat.name];
    if (showHead && seat.present) lines.push(seat.head.split(',')[0] ?? seat.head);
    // Where the table is crowded, a mood is its icon alone; a decision or an absence is always written.
    const moodWord = this.mood.getData('words') === false ? '' : seat.moodWord;
    const status = seat.decision ?? (seat.present ? moodWord : seat.absentWord);
    this.name.setText(lines.join('\n'));
    this.mood.setText(status);
    // The mood line sits under the name, half its own height down, however large the text.
    const gap = Math.max(11 * s, this.mood.height / 2 + 2);
    const below = this.inward.y <= 0.2;
    const labelTop = below ? 30 * s : -Math.max(40, 36 * s) - this.name.height - gap;
    this.name.setPosition(0, labelTop);
    const moodY = labelTop + this.name.height + gap;
    this.moodIcon.clear();
    const iconR = Math.max(6, 7 * s);
    const rowWidth = iconR * 2 + 6 + this.mood.width;
    const left = -rowWidth / 2;
    if (seat.present && seat.decision === null) {
      // Icon first in the reading direction: on the left, or on the right when the page reads right to left.
      const rtl = pageRtl();
      drawMood(this.moodIcon, seat.mood, rtl ? -left - iconR : left + iconR, moodY, iconR);
      this.mood.setPosition(rtl ? left : left + iconR * 2 + 6, moodY);
    } else {
      this.mood.setPosition(-this.mood.width / 2, moodY);
    }
  }

  /** Where its name and its mood or decision are drawn, on the canvas. */
  labelBoxes(): TextBox[] {
    return [boxOf(this.name), boxOf(this.mood)].filter((b) => b !== null);
  }

  /** Rings the seat while its words are in the speech bubble. */
  speaking(on: boolean): void {
    this.ring.clear();
    if (!on) return;
    this.ring.lineStyle(3, 0xf0e442, 1);
    this.ring.strokeCircle(0, 0, 30 * this.scale);
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
    const back = { x: -this.inward.x * 14 * this.scale, y: -this.inward.y * 14 * this.scale };
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

  get position(): { x: number; y: number; inward: { x: number; y: number } } {
    return { ...this.home, inward: this.inward };
  }

  get current(): SeatSnapshot | null {
    return this.seat;
  }

  moodOf(): MoodKey | null {
    return this.seat?.mood ?? null;
  }
}
