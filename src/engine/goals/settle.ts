import { initialOf, stepChart } from '../chart';
import type { Draft } from '../draft';
import type { CompiledGoal } from '../model/goals';
import type { DelegationId } from '../vocabulary';
import type { Chart, GoalRecord } from './charts';
import type { GoalEvent } from './guards';

/**
 * A goal's state on a draft, as its chart settles on it. Every chart settles on the draft alone when it
 * hears DRAFT (RULES.md CHART-1), so the answer depends only on the wordings the goal watches (and, for a
 * "not beside" goal, on whether that delegation is seated): it is worked out by the chart once and kept.
 * Bots, the expert's benchmark and the answers to sounding-out ask this of thousands of drafts.
 */
const memo = new WeakMap<CompiledGoal, Map<number, GoalRecord>>();
const starts = new WeakMap<Chart, ReturnType<typeof initialOf<Chart>>>();

function keyOf(goal: CompiledGoal, draft: Draft, seated: (d: DelegationId) => boolean): number {
  if (goal.kind === 'cosign' && goal.beside !== undefined) return seated(goal.beside) ? 1 : 0;
  let key = 0;
  for (const at of goal.touches) key = key * 10 + (draft[at] ?? 0);
  return key;
}

/** The event that tells a goal the text (or the seating) it is to settle on. */
export function openingEvent(goal: CompiledGoal, draft: Draft, seated: readonly DelegationId[]): GoalEvent {
  return goal.kind === 'cosign' && goal.beside !== undefined ? { type: 'SEATING', seated } : { type: 'DRAFT', draft };
}

/** Runs the goal's chart from its start on one event: its state and the guard that put it there. */
export function runChart(goal: CompiledGoal, event: GoalEvent): GoalRecord {
  let start = starts.get(goal.chart);
  if (start === undefined) {
    start = initialOf(goal.chart);
    starts.set(goal.chart, start);
  }
  const next = stepChart(goal.chart, start, event);
  return { state: next.value as string, because: next.context.because };
}

export function settle(goal: CompiledGoal, draft: Draft, seated: (d: DelegationId) => boolean): GoalRecord {
  let byKey = memo.get(goal);
  if (byKey === undefined) {
    byKey = new Map();
    memo.set(goal, byKey);
  }
  const key = keyOf(goal, draft, seated);
  let record = byKey.get(key);
  if (record === undefined) {
    const event: GoalEvent =
      goal.kind === 'cosign' && goal.beside !== undefined
        ? { type: 'SEATING', seated: seated(goal.beside) ? [goal.beside] : [] }
        : { type: 'DRAFT', draft };
    record = runChart(goal, event);
    byKey.set(key, record);
  }
  return record;
}
