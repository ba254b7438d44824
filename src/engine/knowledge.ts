import type { Draft } from './draft';
import { settle } from './goals/settle';
import { blocksSignature, goalRange, goalWorth, type CompiledGoal } from './model/goals';
import type { DelegationModel } from './model/round-model';
import type { DelegationDynamics } from './round/state';
import { knownGoal } from './round/reveal';
import type { DelegationId } from './vocabulary';

const known = new WeakMap<DelegationModel, WeakMap<readonly string[], readonly CompiledGoal[]>>();
const NOTHING_REVEALED: readonly string[] = [];

/** The goals of a delegation the mediator knows about: public ones and those revealed so far. */
export function knownGoals(dm: DelegationModel, dyn: DelegationDynamics | undefined): readonly CompiledGoal[] {
  // The revealed list is replaced, never changed, so it identifies what is known.
  const revealed = dyn?.revealed ?? NOTHING_REVEALED;
  let byRevealed = known.get(dm);
  if (byRevealed === undefined) {
    byRevealed = new WeakMap();
    known.set(dm, byRevealed);
  }
  let goals = byRevealed.get(revealed);
  if (goals === undefined) {
    goals = dm.goals.filter((g) => knownGoal(dm, dyn, g.id));
    byRevealed.set(revealed, goals);
  }
  return goals;
}

/** A delegation's view of a draft as far as the mediator can tell: known goals only. */
export interface KnownEstimate {
  readonly blocked: boolean;
  /** Worth of the known goals (what they gain minus what they lose). */
  readonly worth: number;
  /** Worth over known goals, scaled to 0–1 over their range; 0.5 when nothing is known. */
  readonly share: number;
}

export function estimate(
  dm: DelegationModel,
  goals: readonly CompiledGoal[],
  draft: Draft,
  seated: (d: DelegationId) => boolean,
): KnownEstimate {
  let utility = 0;
  let low = 0;
  let high = 0;
  let blocked = false;
  for (const g of goals) {
    const { state } = settle(g, draft, seated);
    utility += goalWorth(g, state, draft);
    const [a, b] = goalRange(g);
    low += a;
    high += b;
    blocked ||= blocksSignature(g, state);
  }
  const share = high === low ? 0.5 : (utility - low) / (high - low);
  return { blocked, worth: utility, share: goals.length === 0 ? 0.5 : share };
}
