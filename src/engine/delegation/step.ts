import { initialOf, resolveChart, stepChart } from '../chart';
import type { DelegationModel } from '../model/round-model';
import type { DelegationState } from '../round/state';
import { delegationChart, type DelegationChart } from './chart';
import type { Controller, DelegationEvent } from './events';

type Snapshot = ReturnType<typeof initialOf<DelegationChart>>;
interface Value {
  readonly attendance: DelegationState['attendance'];
  readonly mood: DelegationState['mood'];
  readonly decision: DelegationState['decision'];
}

/** Each plain state's live snapshot, so that a step does not rebuild it (a restored round rebuilds it once). */
const live = new WeakMap<DelegationState, Snapshot>();

function plainOf(snapshot: Snapshot): DelegationState {
  const v = snapshot.value as unknown as Value;
  return {
    attendance: v.attendance,
    mood: v.mood,
    decision: v.decision,
    control: snapshot.context.controller,
    goals: snapshot.context.goals,
  };
}

function snapshotOf(model: DelegationModel, state: DelegationState): Snapshot {
  let snapshot = live.get(state);
  if (snapshot === undefined) {
    const value = { attendance: state.attendance, mood: state.mood, goals: {}, decision: state.decision };
    snapshot = resolveChart(delegationChart, value, { controller: state.control, goals: state.goals, model });
    live.set(state, snapshot);
  }
  return snapshot;
}

/** A delegation before the talks open: arriving, wary, undecided, its goals not yet told the draft. */
export function newDelegation(model: DelegationModel, controller: Controller): DelegationState {
  const snapshot = initialOf(delegationChart, { controller, model });
  const state = plainOf(snapshot);
  live.set(state, snapshot);
  return state;
}

const same = (a: DelegationState, b: DelegationState): boolean =>
  a.attendance === b.attendance &&
  a.mood === b.mood &&
  a.decision === b.decision &&
  a.control === b.control &&
  a.goals === b.goals;

/** The delegation's chart hears one event. Pure: the same state comes back when nothing moved. */
export function stepDelegation(
  model: DelegationModel,
  state: DelegationState,
  event: DelegationEvent,
): DelegationState {
  const before = snapshotOf(model, state);
  const after = stepChart(delegationChart, before, event);
  if (after === before) return state;
  const next = plainOf(after);
  if (same(next, state)) return state;
  live.set(next, after);
  return next;
}
