/**
 * A token bucket per device: a burst of `burst` messages, then `perSecond` a second. A person pressing
 * buttons never comes near it; a script sending as fast as it can is past it within a second.
 */
export class FloodGate {
  private tokens: number;
  private at: number | null = null;

  constructor(
    private readonly burst = 40,
    private readonly perSecond = 20,
  ) {
    this.tokens = burst;
  }

  /** Takes one message's token; false when there is none left. */
  take(now: number): boolean {
    if (this.at !== null) this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
