import { initialOf, resolveChart, stepChart, withContext } from '../chart';
import type { DelegationModel } from '../model/round-model';
import type { DelegationState } from '../round/state';
import { delegationChart, type DelegationChart } from './chart';
import type { Controller, DelegationEvent } from './events';
import { hearDraft, hearSeating } from './goals';

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
    const value = { attendance: state.attendance, mood: state.mood, decision: state.decision };
    snapshot = resolveChart(delegationChart, value, { controller: state.control, goals: state.goals, model });
    live.set(state, snapshot);
  }
  return snapshot;
}

/** Where the chart starts, for each controller: worked out once, then given each delegation's own context. */
const starts = new Map<Controller, Snapshot>();

/**
 * A delegation before the talks open: as its chart starts (arriving, wary, undecided), its goals not yet told the
 * draft.
 */
export function newDelegation(model: DelegationModel, controller: Controller): DelegationState {
  let start = starts.get(controller);
  if (start === undefined) {
    start = initialOf(delegationChart, { controller, model });
    starts.set(controller, start);
  }
  const snapshot = withContext(start, { controller, goals: {}, model });
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

type GoalNews = Extract<DelegationEvent, { type: 'DRAFT' | 'SEATING' }>;

/** A draft change or a new seating, told straight to the goal charts that watch it (RULES.md ROUTE-1, ROUTE-2). */
function tellGoals(model: DelegationModel, state: DelegationState, event: GoalNews): DelegationState {
  const goals =
    event.type === 'DRAFT'
      ? hearDraft(model, state.goals, event.at, event.draft)
      : hearSeating(model, state.goals, event.seated);
  if (goals === state.goals) return state;
  const next = { ...state, goals };
  // The chart's own regions have not moved: its snapshot carries over with the goals it now reads.
  const before = live.get(state);
  if (before !== undefined) live.set(next, withContext(before, { ...before.context, goals }));
  return next;
}

/** The delegation hears one event: its goals, or its chart. Pure: the same state comes back when nothing moved. */
export function stepDelegation(
  model: DelegationModel,
  state: DelegationState,
  event: DelegationEvent,
): DelegationState {
  if (event.type === 'DRAFT' || event.type === 'SEATING') return tellGoals(model, state, event);
  const before = snapshotOf(model, state);
  const after = stepChart(delegationChart, before, event);
  if (after === before) return state;
  const next = plainOf(after);
  if (same(next, state)) return state;
  live.set(next, after);
  return next;
}
