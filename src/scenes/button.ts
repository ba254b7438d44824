import type { GameObjects, Scene } from 'phaser';
import type { Box } from './layout';
import { restyle, textStyle, wrapAt } from './text-style';

export type ButtonLook = 'plain' | 'primary' | 'quiet' | 'chip' | 'chosen';

const LOOKS: Readonly<Record<ButtonLook, { fill: number; line: number; text: string }>> = {
  plain: { fill: 0xf4f6f8, line: 0x1b1f24, text: '#1b1f24' },
  primary: { fill: 0x0072b2, line: 0x0a3d5c, text: '#ffffff' },
  quiet: { fill: 0x2c3a49, line: 0x9cc9e8, text: '#f4f6f8' },
  chip: { fill: 0xfbf7ee, line: 0x7a4e2d, text: '#1b1f24' },
  chosen: { fill: 0xf0e442, line: 0x1b1f24, text: '#1b1f24' },
};

/**
 * A button drawn on the table: a rounded box and a label, pressed by pointer or touch. Its hit area is its box
 * (a container's area is centred on its position, so `place` takes the top-left corner and converts).
 */
export class TableButton {
  readonly root: GameObjects.Container;
  private readonly bg: GameObjects.Graphics;
  private readonly label: GameObjects.Text;
  private look: ButtonLook;
  private hover = false;
  private w = 0;
  private h = 0;

  constructor(
    scene: Scene,
    readonly id: string,
    onPress: () => void,
    look: ButtonLook = 'plain',
    private readonly changed: () => void = () => undefined,
  ) {
    this.look = look;
    this.bg = scene.add.graphics();
    this.label = scene.add.text(0, 0, '', textStyle(14, LOOKS[look].text, { align: 'center' })).setOrigin(0.5, 0.5);
    this.root = scene.add.container(0, 0, [this.bg, this.label]);
    this.root.setSize(10, 10).setInteractive({ useHandCursor: true });
    this.root.on('pointerdown', () => {
      if (this.root.visible) onPress();
    });
    this.root.on('pointerover', () => this.setHover(true));
    this.root.on('pointerout', () => this.setHover(false));
  }

  /** Sets the label and sizes the box to it: `px` the text size, `width` a fixed width (0: fit the label). */
  set(text: string, px: number, width = 0, look: ButtonLook = this.look): this {
    this.look = look;
    const pad = Math.round(px * 0.75);
    restyle(this.label, textStyle(px, LOOKS[look].text, { align: 'center' }));
    wrapAt(this.label, width > 0 ? width - pad * 2 : 0);
    this.label.setText(text);
    this.w = Math.round(width > 0 ? width : this.label.width + pad * 2);
    this.h = Math.round(Math.max(px * 2.3, this.label.height + pad));
    this.root.setSize(this.w, this.h);
    const hit = this.root.input?.hitArea as { width: number; height: number } | undefined;
    if (hit !== undefined) {
      hit.width = this.w;
      hit.height = this.h;
    }
    this.paint();
    return this;
  }

  /** Puts the box's top-left corner at (x, y), in the coordinates of the container it is in. */
  place(x: number, y: number): this {
    this.root.setPosition(x + this.w / 2, y + this.h / 2);
    return this;
  }

  show(on: boolean): this {
    this.root.setVisible(on);
    if (!on) this.hover = false;
    return this;
  }

  get width(): number {
    return this.w;
  }

  get height(): number {
    return this.h;
  }

  /** Where it is on the canvas, for the page's probe; null while hidden. */
  box(): Box | null {
    let shown = this.root.visible;
    for (let p = this.root.parentContainer; p !== null && p !== undefined; p = p.parentContainer) shown &&= p.visible;
    if (!shown) return null;
    const b = this.root.getBounds();
    return { x: b.x, y: b.y, w: b.width, h: b.height };
  }

  private setHover(on: boolean): void {
    this.hover = on;
    this.paint();
    this.changed();
  }

  private paint(): void {
    const look = LOOKS[this.look];
    const r = Math.min(10, this.h / 3);
    this.bg.clear();
    this.bg.fillStyle(look.fill, 1);
    this.bg.fillRoundedRect(-this.w / 2, -this.h / 2, this.w, this.h, r);
    this.bg.lineStyle(this.hover ? 3 : 2, this.hover ? 0xf0e442 : look.line, 1);
    this.bg.strokeRoundedRect(-this.w / 2, -this.h / 2, this.w, this.h, r);
  }
}
