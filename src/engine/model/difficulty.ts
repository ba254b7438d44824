import type { Difficulty } from '../vocabulary';

/**
 * What difficulty changes (issue 5): how truthful delegations are, how patient, how eventful the talks,
 * and how hard to please. `reservation` lifts every reservation level; `spread` adds a seeded lift of
 * up to that much per delegation (stream "temper"), so that even a mediator who has learned every goal
 * cannot know how demanding a delegation came to this round without asking it.
 */
export interface DifficultyKnobs {
  readonly patience: number;
  readonly truthfulness: number;
  readonly events: number;
  readonly reservation: number;
  readonly spread: number;
}

/*
 * Tuned with `npm run balance` (issue 5) and `npm run fidelity` (issue 6), both at normal: a lift of
 * 0.12 made the Nash mediator fail more often (2 % of seeds) but had the guarantors sign with
 * reservations texts they really signed (fidelity 0.866); 0.07 keeps fidelity at 0.924 while the Nash
 * mediator still fails now and then at normal, so its adoption falls strictly from easy to hard.
 * Tuned with `npm run balance` (issue 5). The profiles' reservation levels sit well below what a
 * text built on known goals gives the guarantors (a Nash text cleared them by 0.2 to 0.45), so with
 * no lift an informed mediator never failed and difficulty changed nothing; the lifts put the
 * guarantors' demands where the clock and the caucus matter.
 */
export const DIFFICULTY: Readonly<Record<Difficulty, DifficultyKnobs>> = {
  easy: { patience: 1.3, truthfulness: 0.2, events: 0.6, reservation: 0, spread: 0.1 },
  normal: { patience: 1, truthfulness: 0, events: 1, reservation: 0.07, spread: 0.3 },
  hard: { patience: 0.75, truthfulness: -0.2, events: 1.5, reservation: 0.17, spread: 0.32 },
};
