import { isRedLine, type CompiledGoal } from '../model/goals';
import type { DelegationModel } from '../model/round-model';
import type { GoalId } from '../vocabulary';
import type { DelegationDynamics } from './state';

const orders = new WeakMap<DelegationModel, readonly CompiledGoal[]>();

/**
 * Consultations reveal red lines (vetoes and hard goals) first, then the heaviest goals: what a mediator asks about
 * first.
 */
export function revealOrder(dm: DelegationModel): readonly CompiledGoal[] {
  let order = orders.get(dm);
  if (order === undefined) {
    order = dm.goals
      .map((g, i) => ({ g, i }))
      .filter(({ g }) => !g.public)
      .toSorted((a, b) => Number(isRedLine(b.g)) - Number(isRedLine(a.g)) || b.g.weight - a.g.weight || a.i - b.i)
      .map(({ g }) => g);
    orders.set(dm, order);
  }
  return order;
}

export function nextHidden(
  dm: DelegationModel,
  dyn: DelegationDynamics,
  accept: (g: CompiledGoal) => boolean = () => true,
): GoalId | undefined {
  return revealOrder(dm).find((g) => accept(g) && !dyn.revealed.includes(g.id))?.id;
}

/** Goals the mediator knows: public ones and those revealed. */
export const knownGoal = (dm: DelegationModel, dyn: DelegationDynamics | undefined, id: GoalId): boolean =>
  dm.goal.get(id)?.public === true || (dyn?.revealed.includes(id) ?? false);
