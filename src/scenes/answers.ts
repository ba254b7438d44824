import type { Speech } from './snapshot';

/**
 * The plenary at the table: each delegation's answer (signs, reserves, refuses, walks out) shown at its seat
 * one at a time, in the order they gave them, each in the bubble as it comes; then the verdict.
 */
export class Answers {
  private timers: ReturnType<typeof setTimeout>[] = [];
  private played: string[] = [];
  /** The answers already on their way, so a repeated snapshot does not start them again. */
  private key = '';
  /** How many answers there are to show. */
  due = 0;

  constructor(
    private readonly mark: (seat: string) => void,
    private readonly speak: (speech: Speech | null) => void,
    private readonly poke: () => void,
  ) {}

  play(answers: readonly Speech[], verdict: Speech | null, reduceMotion: boolean): void {
    const key = answers.map((a) => `${a.index}:${a.seat ?? ''}`).join(',');
    if (key === this.key) {
      // Redrawn (a resize): what was shown stays shown.
      for (const seat of this.played) this.mark(seat);
      return;
    }
    this.stop();
    this.key = key;
    this.due = answers.length;
    const step = reduceMotion ? 700 : 1100;
    answers.forEach((answer, i) => {
      this.timers.push(
        setTimeout(
          () => {
            if (answer.seat !== null) {
              this.played.push(answer.seat);
              this.mark(answer.seat);
            }
            this.speak(answer);
            this.poke();
          },
          400 + i * step,
        ),
      );
    });
    this.timers.push(
      setTimeout(
        () => {
          this.speak(verdict);
          this.poke();
        },
        400 + answers.length * step + 400,
      ),
    );
  }

  /** The seats whose answers are shown so far. */
  shown(): readonly string[] {
    return this.played;
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    this.played = [];
    this.key = '';
  }
}
