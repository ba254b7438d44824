import { Game, Scale, WEBGL } from 'phaser';
import { Bus, type TableBus, type TableEvents } from './bus';
import type { TableInspection } from './inspection';
import type { TextBox } from './label-fit';
import type { TableSnapshot } from './snapshot';
import { TableScene } from './table-scene';

export interface TableHandle {
  /** The one way to talk to the table: `snapshot` and `replay` in; `pick`, `hold`, `move` and `frame` out. */
  readonly bus: TableBus;
  renderer(): 'webgl' | 'canvas';
  /** Where the table draws what, for tests and the bench. */
  inspect(): TableInspection;
  /** Reads the drawn frame back and measures how varied it is (a blank canvas has one colour). */
  stats(): Promise<{ width: number; height: number; distinct: number; variance: number }>;
  /** The labels as the scene drew them, text and box (tests check that none overlap at 200 % text). */
  labels(): TextBox[];
  destroy(): void;
}

/**
 * Starts Phaser in `parent` with the table scene (STYLE #12: one factory, scenes by key, a typed bus). The page
 * loads the faces the first snapshot's text needs first (page-text.ts's `fontsFor`, in ui/stage.ts).
 */
export async function startTable(parent: HTMLElement, first: TableSnapshot): Promise<TableHandle> {
  const bus = new Bus<TableEvents>();
  const scene = new TableScene(bus);
  const game = new Game({
    type: WEBGL,
    parent,
    backgroundColor: '#24303d',
    scale: { mode: Scale.RESIZE, width: parent.clientWidth || 800, height: parent.clientHeight || 500 },
    scene: [scene],
    banner: false,
    audio: { noAudio: true },
    render: {
      antialias: true,
      antialiasGL: false,
      // The still table is an opaque image over the whole canvas (static-table.ts): clearing first would be a
      // second full-canvas pass every frame, and on a software renderer each pass costs milliseconds.
      clearBeforeRender: false,
      // One texture a batch: Phaser compiles a shader for every number of textures a batch has held, and the
      // table's many text textures made it compile eight more while the player moved, each freezing a frame
      // for 20–240 ms on SwiftShader. One texture means one shader, compiled at the start, and the simplest per pixel.
      maxTextures: 1,
    },
  });
  bus.emit('snapshot', first);
  // The loop sleeps while nothing moves: a change of the canvas's size wakes it to draw again.
  const resized = new ResizeObserver(() => scene.wake());
  resized.observe(parent);
  return {
    bus,
    renderer: () => (game.renderer.type === WEBGL ? 'webgl' : 'canvas'),
    inspect: () => scene.inspect(),
    labels: () => (scene.sys.isActive() ? scene.textBoxes() : []),
    stats: () =>
      new Promise((resolve) => {
        // Draws a frame first: a sleeping loop has nothing in the drawing buffer to read.
        scene.wake();
        game.renderer.snapshot((image) => {
          const img = image as HTMLImageElement;
          const canvas = document.createElement('canvas');
          canvas.width = img.width;
          canvas.height = img.height;
          const ctx = canvas.getContext('2d');
          if (ctx === null) return resolve({ width: 0, height: 0, distinct: 0, variance: 0 });
          ctx.drawImage(img, 0, 0);
          const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
          const seen = new Set<number>();
          let sum = 0;
          let sq = 0;
          let n = 0;
          for (let i = 0; i < data.length; i += 16) {
            const lum = 0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0);
            seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
            sum += lum;
            sq += lum * lum;
            n += 1;
          }
          const mean = sum / Math.max(1, n);
          resolve({
            width: canvas.width,
            height: canvas.height,
            distinct: seen.size,
            variance: sq / Math.max(1, n) - mean * mean,
          });
        });
      }),
    destroy: () => {
      resized.disconnect();
      game.destroy(true);
      // Phaser takes itself down at its next step: a sleeping loop has none, and kept the game, its canvas and
      // its WebGL context for good.
      if (!game.loop.running) game.loop.wake();
      bus.clear();
    },
  };
}
