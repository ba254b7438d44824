import type { Difficulty } from '../vocabulary';

/** What difficulty changes (issue 5): how truthful delegations are, how patient, how eventful the talks. */
export interface DifficultyKnobs {
  readonly patience: number;
  readonly truthfulness: number;
  readonly events: number;
  readonly reservation: number;
}

export const DIFFICULTY: Readonly<Record<Difficulty, DifficultyKnobs>> = {
  easy: { patience: 1.3, truthfulness: 0.2, events: 0.6, reservation: -0.05 },
  normal: { patience: 1, truthfulness: 0, events: 1, reservation: 0 },
  hard: { patience: 0.75, truthfulness: -0.2, events: 1.5, reservation: 0.05 },
};
