import type { GameObjects, Scene } from 'phaser';
import { TableButton } from './button';
import { addText, textStyle, wrapAt } from './text-style';

/** While a shuttle waits for its second delegation: what to do, over the bar, and a button to give up. */
export class ShuttleHint {
  private readonly text: GameObjects.Text;
  readonly cancel: TableButton;
  from: string | null = null;

  constructor(scene: Scene, onCancel: () => void, changed: () => void) {
    this.text = addText(scene, 0, 0, '', textStyle(15, '#11161c', { backgroundColor: '#f0e442' })).setDepth(26);
    this.text.setPadding(8, 5, 8, 5).setVisible(false);
    this.cancel = new TableButton(scene, 'shuttle:cancel', onCancel, 'plain', changed);
    this.cancel.root.setDepth(26);
    this.cancel.show(false);
  }

  start(from: string, words: string, cancelWord: string): void {
    this.from = from;
    this.text.setText(words).setVisible(true);
    this.cancel.set(cancelWord, 14, 0).show(true);
  }

  end(): void {
    this.from = null;
    this.text.setVisible(false);
    this.cancel.show(false);
  }

  /** Above the bar, at the left: `bottom` is where the bar begins. */
  place(w: number, bottom: number): void {
    if (this.from === null) return;
    const width = Math.min(w - 16, 420);
    wrapAt(this.text, width - 16);
    const y = bottom - Math.max(this.text.height, this.cancel.height) - 8;
    this.text.setPosition(8, y);
    const x = 16 + this.text.width;
    if (x + this.cancel.width > w - 8) this.cancel.place(w - this.cancel.width - 8, y - this.cancel.height - 6);
    else this.cancel.place(x, y);
  }
}
