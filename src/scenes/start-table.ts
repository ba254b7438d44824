import { Game, Scale, WEBGL } from 'phaser';
import { Bus, type TableBus, type TableEvents } from './bus';
import type { TextBox } from './label-fit';
import type { TableSnapshot } from './snapshot';
import { TableScene } from './table-scene';

export interface TableHandle {
  /** The one way to talk to the table: `snapshot` in, `pick` and `frame` out. */
  readonly bus: TableBus;
  renderer(): 'webgl' | 'canvas';
  /** Reads the drawn frame back and measures how varied it is (a blank canvas has one colour). */
  stats(): Promise<{ width: number; height: number; distinct: number; variance: number }>;
  /** The labels as the scene drew them, text and box (tests check that none overlap at 200 % text). */
  labels(): TextBox[];
  destroy(): void;
}

/** Starts Phaser in `parent` with the table scene (STYLE #12: one factory, scenes by key, a typed bus). */
export function startTable(parent: HTMLElement, first: TableSnapshot): TableHandle {
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
    render: { antialias: true, antialiasGL: false },
  });
  bus.emit('snapshot', first);
  return {
    bus,
    renderer: () => (game.renderer.type === WEBGL ? 'webgl' : 'canvas'),
    labels: () => (scene.sys.isActive() ? scene.textBoxes() : []),
    stats: () =>
      new Promise((resolve) => {
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
      game.destroy(true);
      bus.clear();
    },
  };
}
