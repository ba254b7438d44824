import { resolveChart, stepChart } from '../chart';
import type { Draft } from '../draft';
import type { Chart, GoalRecord } from '../goals/charts';
import type { GoalEvent } from '../goals/guards';
import { openingEvent, settle } from '../goals/settle';
import type { Goals } from '../model/acceptance';
import type { CompiledGoal } from '../model/goals';
import type { DelegationModel } from '../model/round-model';
import type { DelegationId, GoalId } from '../vocabulary';

/**
 * A delegation's goal charts, held as plain records in its chart's context (STYLE (c) 3: a child per
 * goal). Each record's live xstate snapshot is kept beside it, so a step does not rebuild it; a round
 * restored from a save rebuilds it once from the record.
 */
type GoalSnapshot = ReturnType<typeof resolveChart<Chart>>;
const live = new WeakMap<GoalRecord, GoalSnapshot>();

function snapshotOf(goal: CompiledGoal, record: GoalRecord): GoalSnapshot {
  let snapshot = live.get(record);
  if (snapshot === undefined) {
    snapshot = resolveChart(goal.chart, record.state, { because: record.because });
    live.set(record, snapshot);
  }
  return snapshot;
}

/** One goal's chart hears one event; the same record comes back when nothing moved. */
export function stepGoal(goal: CompiledGoal, record: GoalRecord, event: GoalEvent): GoalRecord {
  const before = snapshotOf(goal, record);
  const after = stepChart(goal.chart, before, event);
  if (after === before) return record;
  const state = after.value as string;
  const because = after.context.because;
  if (state === record.state && because === record.because) return record;
  const next = { state, because };
  live.set(next, after);
  return next;
}

/** Tells each listed goal the event; the same object comes back when no goal moved. */
function tell(goals: Goals, listeners: readonly CompiledGoal[], event: GoalEvent): Goals {
  let out: Record<GoalId, GoalRecord> | undefined;
  for (const g of listeners) {
    const record = goals[g.id];
    if (record === undefined) continue;
    const next = stepGoal(g, record, event);
    if (next === record) continue;
    out ??= { ...goals };
    out[g.id] = next;
  }
  return out ?? goals;
}

/**
 * The draft changed at `at`: only the goals that watch that clause hear it (DESIGN §7). A goal's chart
 * settles on the draft alone whatever state it was in (RULES.md CHART-1), so its answer for each set of
 * wordings it watches is its chart's, worked out once and kept (`settle`): the same record a step of the
 * chart gives, at the cost of a lookup.
 */
export function hearDraft(model: DelegationModel, goals: Goals, at: number, draft: Draft): Goals {
  let out: Record<GoalId, GoalRecord> | undefined;
  for (const g of model.hears.draft[at] ?? []) {
    const record = goals[g.id];
    if (record === undefined) continue;
    const next = settle(g, draft, NOBODY_NEEDED);
    if (next === record || (next.state === record.state && sameBecause(next.because, record.because))) continue;
    out ??= { ...goals };
    out[g.id] = next;
  }
  return out ?? goals;
}

/** A goal that hears drafts does not read the seating. */
const NOBODY_NEEDED = (): boolean => true;

const sameBecause = (a: GoalRecord['because'], b: GoalRecord['because']): boolean =>
  a.guard === b.guard && a.clause === b.clause && a.found === b.found && a.inForce === b.inForce;

/** The seating changed: only goals about who sits at the table hear it. */
export const hearSeating = (model: DelegationModel, goals: Goals, seated: readonly DelegationId[]): Goals =>
  tell(goals, model.hears.seating, { type: 'SEATING', seated });

/** The text is tabled: only goals with something to say about a tabled text (a red line left out) hear it. */
export const hearTabled = (model: DelegationModel, goals: Goals, draft: Draft): Goals =>
  tell(goals, model.hears.tabled, { type: 'TABLED', draft });

/** Every goal settled on the opening draft (and on who is expected to sit at the table). */
export function openingGoals(model: DelegationModel, draft: Draft, seated: readonly DelegationId[]): Goals {
  const present = new Set(seated);
  const out: Record<GoalId, GoalRecord> = {};
  for (const g of model.goals) {
    const event = openingEvent(g, draft, seated);
    out[g.id] = event.type === 'SEATING' ? settle(g, draft, (d) => present.has(d)) : settle(g, draft, () => true);
  }
  return out;
}
