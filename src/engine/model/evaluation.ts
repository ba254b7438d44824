import type { Draft } from '../draft';
import type { DelegationId, GoalStatus } from '../vocabulary';
import { blocksSignature, crossesRedLine, goalStatus, goalValue } from './goals';
import type { DelegationModel } from './round-model';

/** Everything a delegation makes of a draft, before trust, patience and the clock come in. */
export interface Evaluation {
  readonly statuses: Readonly<Record<string, GoalStatus>>;
  readonly utility: number;
  /** Some red line blocks a signature. */
  readonly blocked: boolean;
  /** Some red line is actively offended (what drives walk-outs). */
  readonly crossed: boolean;
}

export function evaluateDraft(dm: DelegationModel, draft: Draft, seated: (d: DelegationId) => boolean): Evaluation {
  const statuses: Record<string, GoalStatus> = {};
  let utility = 0;
  let blocked = false;
  let crossed = false;
  for (const g of dm.goals) {
    const status = goalStatus(g, draft, seated);
    statuses[g.id] = status;
    utility += goalValue(g, draft, status);
    blocked ||= blocksSignature(g, status);
    crossed ||= crossesRedLine(g, status);
  }
  return { statuses, utility, blocked, crossed };
}

/**
 * Drafts are immutable, so a delegation's evaluation of one is kept with it: one action reads the same
 * draft for reactions, for the clock and for the statecharts. Keyed by who is seated as well, since a
 * "not beside" goal depends on attendance.
 */
const memo = new WeakMap<Draft, WeakMap<DelegationModel, Map<string, Evaluation>>>();

export function evaluation(
  dm: DelegationModel,
  draft: Draft,
  seated: (d: DelegationId) => boolean,
  seatedKey: string,
): Evaluation {
  let byModel = memo.get(draft);
  if (byModel === undefined) {
    byModel = new WeakMap();
    memo.set(draft, byModel);
  }
  let bySeats = byModel.get(dm);
  if (bySeats === undefined) {
    bySeats = new Map();
    byModel.set(dm, bySeats);
  }
  let out = bySeats.get(seatedKey);
  if (out === undefined) {
    out = evaluateDraft(dm, draft, seated);
    bySeats.set(seatedKey, out);
  }
  return out;
}
