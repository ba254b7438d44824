import type { GameObjects, Scene } from 'phaser';
import { TableButton, type ButtonLook } from './button';
import type { Box } from './layout';
import { addText, textStyle, wrapAt } from './text-style';

/**
 * A panel over the table (the clause tray, the draft read full size): a dimmed canvas behind it that closes it
 * when tapped, a title, a close button, and room for the caller's content, laid out from the top-left.
 */
export class Overlay {
  private readonly shade: GameObjects.Container;
  private readonly shadeFill: GameObjects.Graphics;
  readonly root: GameObjects.Container;
  readonly inner: GameObjects.Container;
  private readonly bg: GameObjects.Graphics;
  private readonly title: GameObjects.Text;
  readonly closeButton: TableButton;
  private contents: GameObjects.GameObject[] = [];
  buttons: TableButton[] = [];

  constructor(
    private readonly scene: Scene,
    id: string,
    onClose: () => void,
    private readonly changed: () => void,
    private readonly look: { fill: number; ink: string } = { fill: 0x11161c, ink: '#f4f6f8' },
  ) {
    this.shadeFill = scene.add.graphics();
    this.shade = scene.add.container(0, 0, [this.shadeFill]).setDepth(40).setVisible(false);
    this.shade.setSize(10, 10).setInteractive();
    this.shade.on('pointerdown', onClose);
    this.bg = scene.add.graphics();
    this.title = addText(scene, 0, 0, '', textStyle(17, look.ink, { fontStyle: 'bold' }));
    this.closeButton = new TableButton(scene, `${id}:close`, onClose, 'plain', changed);
    this.inner = scene.add.container(0, 0, [this.bg, this.title, this.closeButton.root]);
    this.root = scene.add.container(0, 0, [this.inner]).setDepth(41).setVisible(false);
    this.root.setSize(10, 10).setInteractive();
  }

  get open(): boolean {
    return this.root.visible;
  }

  /** Starts a fresh panel `width` wide: its title and close button; returns where the content begins. */
  begin(title: string, closeWord: string, width: number): number {
    for (const c of this.contents) c.destroy();
    for (const b of this.buttons) b.root.destroy();
    this.contents = [];
    this.buttons = [];
    this.closeButton.set(closeWord, 14, 0).place(width - 12 - this.closeButton.width, 10);
    wrapAt(this.title, width - this.closeButton.width - 36)
      .setText(title)
      .setPosition(14, 14);
    return Math.max(this.title.y + this.title.height, 10 + this.closeButton.height) + 12;
  }

  text(words: string, x: number, y: number, width: number, px: number, colour = this.look.ink): GameObjects.Text {
    const t = addText(this.scene, x, y, words, textStyle(px, colour)).setWordWrapWidth(width);
    this.inner.add(t);
    this.contents.push(t);
    return t;
  }

  button(id: string, label: string, onPress: () => void, px: number, width: number, look: ButtonLook = 'plain') {
    const b = new TableButton(this.scene, id, onPress, look, this.changed);
    b.set(label, px, width);
    this.inner.add(b.root);
    this.buttons.push(b);
    return b;
  }

  /** Shows the panel `width` × `height`, centred on the canvas (`w` × `h`). */
  finish(width: number, height: number, w: number, h: number, paper = false): void {
    this.shadeFill.clear();
    this.shadeFill.fillStyle(0x000000, 0.45);
    this.shadeFill.fillRect(-w / 2, -h / 2, w, h);
    this.shade.setSize(w, h).setPosition(w / 2, h / 2);
    const area = this.shade.input?.hitArea as { width: number; height: number } | undefined;
    if (area !== undefined) {
      area.width = w;
      area.height = h;
    }
    this.bg.clear();
    this.bg.fillStyle(this.look.fill, paper ? 1 : 0.97);
    this.bg.lineStyle(2, paper ? 0x7a4e2d : 0x56b4e9, 1);
    this.bg.fillRoundedRect(0, 0, width, height, paper ? 4 : 10);
    this.bg.strokeRoundedRect(0, 0, width, height, paper ? 4 : 10);
    const x = Math.max(4, (w - width) / 2);
    const y = Math.max(4, (h - height) / 2);
    this.root.setSize(width, height).setPosition(x + width / 2, y + height / 2);
    const hit = this.root.input?.hitArea as { width: number; height: number } | undefined;
    if (hit !== undefined) {
      hit.width = width;
      hit.height = height;
    }
    this.inner.setPosition(-width / 2, -height / 2);
    this.shade.setVisible(true);
    this.root.setVisible(true);
  }

  hide(): void {
    this.shade.setVisible(false);
    this.root.setVisible(false);
  }

  allButtons(): readonly TableButton[] {
    return this.open ? [this.closeButton, ...this.buttons] : [];
  }

  box(): Box | null {
    if (!this.open) return null;
    const b = this.root.getBounds();
    return { x: b.x, y: b.y, w: b.width, h: b.height };
  }
}
