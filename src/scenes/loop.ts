import type { Game } from 'phaser';

/**
 * Runs the game loop only while something moves (issue 17): a still table costs no frames at all. Anything
 * that changes what is drawn pokes it awake for a few frames; tweens keep it awake until they end.
 */
export class LoopKeeper {
  private frames: number;
  /** Frames after a wake-up that are not reported: their delta spans the sleep, not a frame's work. */
  private skip = 0;
  private stopped = false;

  constructor(
    private readonly game: Game,
    private readonly moving: () => boolean,
    startFrames = 30,
  ) {
    this.frames = startFrames;
  }

  /** Something changed: draw at least `frames` more frames. */
  poke(frames = 3): void {
    if (this.stopped) return;
    this.frames = Math.max(this.frames, frames);
    const loop = this.game.loop;
    if (loop.running) return;
    // The sleep is not a frame: the first step after waking measures from now.
    loop.lastTime = performance.now();
    this.skip = 1;
    loop.wake();
  }

  /** Called once a frame; says whether the frame's delta is a real frame's. Sends the loop to sleep when still. */
  step(): boolean {
    const counts = this.skip === 0;
    if (this.skip > 0) this.skip -= 1;
    if (this.frames > 0) this.frames -= 1;
    else if (!this.moving()) this.game.loop.sleep();
    return counts;
  }

  get asleep(): boolean {
    return !this.game.loop.running;
  }

  /** The table is going: no more wake-ups. */
  stop(): void {
    this.stopped = true;
  }
}
