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
 * Since issue 13 the goals alone decide whether a delegation endorses a text; the reservation level
 * decides only the margin, signing outright or with reservations. Tuned with the "sense and history"
 * tests (tests/history/sense.test.ts): at normal, the texts the guarantors really adopted, tabled after
 * an ordinary consultation, clear most seeds' levels and are signed outright; easy lowers every level,
 * hard lifts it, so the same text is signed outright less often the harder the game. The seeded spread
 * (stream "temper") keeps a mediator who has learned every goal from knowing how demanding a
 * delegation came to this round.
 */
export const DIFFICULTY: Readonly<Record<Difficulty, DifficultyKnobs>> = {
  easy: { patience: 1.3, truthfulness: 0.2, events: 0.6, reservation: -0.05, spread: 0.1 },
  normal: { patience: 1, truthfulness: 0, events: 1, reservation: 0, spread: 0.15 },
  hard: { patience: 0.75, truthfulness: -0.2, events: 1.5, reservation: 0.1, spread: 0.15 },
};
