import type { GameObjects, Scene, Textures } from 'phaser';
import { drawChair, drawFlag, drawPerson } from './draw';
import type { FlagShape } from './flag-shapes';
import type { TableGeometry } from './layout';
import { PALETTE } from './snapshot';

let made = 0;

/**
 * The parts of the table that never move — the floor's pool of light, the table and its rim, the host's chair —
 * drawn once into a texture and shown as one image. Redrawing them as shapes cost a few milliseconds a frame on
 * a software renderer; an image costs one quad. Drawn again only when the canvas changes size.
 */
export class StaticTable {
  private readonly key = `table-static-${++made}`;
  private readonly texture: Textures.DynamicTexture;
  readonly image: GameObjects.Image;
  /** What the texture was drawn for: every layout asks, and a redraw is a full-canvas pass and an upload. */
  private drawnFor = '';

  constructor(private readonly scene: Scene) {
    this.texture = scene.textures.addDynamicTexture(this.key, 16, 16) as Textures.DynamicTexture;
    this.image = scene.add.image(0, 0, this.key).setOrigin(0, 0).setDepth(-10);
  }

  draw(geo: TableGeometry, hostFlag: readonly FlagShape[]): void {
    const { w, h, cx, cy, rx, ry, scale, host } = geo;
    const key = JSON.stringify([w, h, cx, cy, rx, ry, scale, host.x, host.y, hostFlag]);
    if (key === this.drawnFor) return;
    this.drawnFor = key;
    this.texture.setSize(Math.max(2, Math.ceil(w)), Math.max(2, Math.ceil(h)));
    const g = this.scene.make.graphics({}, false);
    // The whole canvas, floor included: the renderer does not clear the canvas first (start-table.ts), so this
    // image is the only full-canvas pass of a frame.
    g.fillStyle(PALETTE.floor, 1);
    g.fillRect(0, 0, w + 2, h + 2);
    g.fillStyle(0x2c3a49, 1);
    g.fillEllipse(cx, cy + 8, rx * 2.9, ry * 3.3);
    g.fillStyle(PALETTE.woodEdge, 1);
    g.fillEllipse(cx, cy + 10 * scale, rx * 2, ry * 2);
    g.fillStyle(PALETTE.wood, 1);
    g.fillEllipse(cx, cy, rx * 2, ry * 2);
    g.lineStyle(2, 0xb07a4c, 0.6);
    g.strokeEllipse(cx, cy, rx * 1.86, ry * 1.8);
    const seat = this.scene.make.graphics({}, false);
    drawChair(seat, scale, false);
    drawPerson(seat, scale);
    drawFlag(seat, hostFlag, 0, -30 * scale, 30 * scale);
    this.texture.clear();
    this.texture.draw(g, 0, 0);
    this.texture.draw(seat, host.x, host.y);
    this.texture.render();
    g.destroy();
    seat.destroy();
    this.image.setTexture(this.key).setPosition(0, 0).setDisplaySize(this.texture.width, this.texture.height);
  }

  destroy(): void {
    this.image.destroy();
    this.scene.textures.remove(this.key);
  }
}
