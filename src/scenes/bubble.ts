import type { GameObjects, Scene } from 'phaser';
import { shortOf, type Box, type Point, type TableGeometry } from './layout';
import type { Speech } from './snapshot';
import { addText, restyle, textStyle, wrapAt } from './text-style';

/** What the bubble shows, for the page's probe: its line, whose it is and where its tail ends. */
export interface BubbleInfo {
  readonly text: string;
  readonly seat: string | null;
  readonly index: number;
  readonly replay: boolean;
  readonly box: Box;
  /** The tail's tip, next to the speaker's seat; null for a line nobody at the table said. */
  readonly tip: Point | null;
}

const MAX_LINES = 4;

/**
 * The speech bubble: one line of the log in the band above the table, its tail running to the seat of the
 * delegation that said it. A line nobody at the table said (news, the clock) is a yellow notice with no tail.
 */
export class Bubble {
  private readonly tail: GameObjects.Graphics;
  private readonly box: GameObjects.Graphics;
  private readonly text: GameObjects.Text;
  private shown: BubbleInfo | null = null;

  constructor(private readonly scene: Scene) {
    // The tail runs under the seats and their labels (over the table), so it never hides a name.
    this.tail = scene.add.graphics().setDepth(-5);
    this.box = scene.add.graphics().setDepth(21);
    this.text = addText(scene, 0, 0, '', textStyle(15, '#1b1f24')).setDepth(22);
    this.hide();
  }

  show(speech: Speech, speaker: Point | null, geo: TableGeometry, replayWord: string, reduceMotion: boolean): void {
    const { w, phone } = geo;
    const again = this.shown?.index === speech.index && this.shown.replay === speech.replay;
    const px = phone ? 14 : Math.max(15, Math.round(15 * geo.scale));
    const wrap = Math.min(phone ? w - 16 : 600, w - 16) - 20;
    const words = speech.replay ? `${replayWord}: ${speech.text}` : speech.text;
    restyle(this.text, textStyle(px, '#1b1f24'));
    wrapAt(this.text, wrap).setText(words);
    const lines = this.text.getWrappedText(words);
    if (lines.length > MAX_LINES) this.text.setText(`${lines.slice(0, MAX_LINES).join('\n').trimEnd()}…`);
    const bw = this.text.width + 20;
    const bh = this.text.height + 14;
    const centre = speaker?.x ?? w / 2;
    const x = Math.max(8, Math.min(w - bw - 8, centre - bw / 2));
    const y = 6;
    this.text.setPosition(x + 10, y + 7);
    this.box.clear();
    this.tail.clear();
    let tip: Point | null = null;
    if (speaker !== null) {
      // The tail leaves the bubble's lower edge above the speaker (as near as the bubble allows) and stops
      // just short of the speaker's head.
      const base = { x: Math.max(x + 18, Math.min(x + bw - 18, speaker.x)), y: y + bh - 2 };
      tip = shortOf(base, speaker, 26 * geo.scale);
      const half = 9;
      this.tail.fillStyle(0xffffff, 0.96);
      this.tail.lineStyle(2, 0x1b1f24, 1);
      this.tail.beginPath();
      this.tail.moveTo(base.x - half, base.y);
      this.tail.lineTo(tip.x, tip.y);
      this.tail.lineTo(base.x + half, base.y);
      this.tail.closePath();
      this.tail.fillPath();
      this.tail.strokePath();
    }
    this.box.fillStyle(speaker === null ? 0xf0e442 : 0xffffff, 0.98);
    this.box.lineStyle(2, 0x1b1f24, 1);
    this.box.fillRoundedRect(x, y, bw, bh, 10);
    this.box.strokeRoundedRect(x, y, bw, bh, 10);
    if (speech.replay) {
      this.box.lineStyle(3, 0x0072b2, 1);
      this.box.strokeRoundedRect(x + 3, y + 3, bw - 6, bh - 6, 8);
    }
    for (const part of [this.tail, this.box, this.text]) part.setVisible(true).setAlpha(1);
    if (!reduceMotion && !again) {
      this.scene.tweens.add({ targets: [this.tail, this.box, this.text], alpha: { from: 0.2, to: 1 }, duration: 160 });
    }
    this.shown = {
      text: speech.text,
      seat: speech.seat,
      index: speech.index,
      replay: speech.replay,
      box: { x, y, w: bw, h: bh },
      tip,
    };
  }

  hide(): void {
    for (const part of [this.tail, this.box, this.text]) part.setVisible(false);
    this.shown = null;
  }

  info(): BubbleInfo | null {
    return this.shown;
  }
}
