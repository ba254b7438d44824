import type { GameObjects, Scene } from 'phaser';
import type { Point } from './layout';
import type { SeatChange } from './snapshot';
import { textStyle } from './text-style';

const COLOURS = { good: '#7ee0b5', bad: '#ffb58a', neutral: '#f4f6f8' } as const;

/**
 * What a move changed at a seat ("+3 trust", "now wary"), floated up from it and faded: the result shows where
 * the player is looking. Without motion it stands still for a while, then goes.
 */
export class Floats {
  private readonly live = new Set<GameObjects.Text>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly scene: Scene,
    private readonly poke: () => void,
  ) {}

  show(changes: readonly SeatChange[], where: (seat: string) => Point | null, reduceMotion: boolean): void {
    const count = new Map<string, number>();
    for (const change of changes) {
      const at = where(change.seat);
      if (at === null) continue;
      const nth = count.get(change.seat) ?? 0;
      count.set(change.seat, nth + 1);
      const text = this.scene.add
        .text(at.x, at.y - 44 - nth * 20, change.text, {
          ...textStyle(15, COLOURS[change.tone], { fontStyle: 'bold' }),
          stroke: '#11161c',
          strokeThickness: 4,
        })
        .setOrigin(0.5, 1)
        .setDepth(18);
      this.live.add(text);
      const done = (): void => {
        this.live.delete(text);
        text.destroy();
        this.poke();
      };
      if (reduceMotion) {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          done();
        }, 2600);
        this.timers.add(timer);
      } else {
        this.scene.tweens.add({
          targets: text,
          y: text.y - 26,
          alpha: { from: 1, to: 0 },
          delay: 900,
          duration: 1100,
          onComplete: done,
        });
      }
    }
    this.poke();
  }

  clear(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const text of this.live) text.destroy();
    this.live.clear();
  }
}
