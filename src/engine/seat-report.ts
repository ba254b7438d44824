import { parseAction } from './actions';
import { settledGoals } from './model/acceptance';
import { statusOf } from './model/goals';
import { delegationModel } from './model/round-model';
import { seatedIn } from './round/context';
import type { Round } from './session';
import type { Decision, DelegationId, GoalId, GoalStatus } from './vocabulary';

export interface SeatGoalResult {
  readonly id: GoalId;
  readonly hard: boolean;
  readonly weight: number;
  readonly status: GoalStatus;
}

/** One seat's lesson, for grading (issue 7): what it wanted, got and gave up, and how much it took part. */
export interface SeatReport {
  readonly delegation: DelegationId;
  readonly decision: Decision | 'undecided';
  readonly got: readonly SeatGoalResult[];
  readonly gaveUp: readonly SeatGoalResult[];
  /** Share of its goals' weight the final text met, 0–1. */
  readonly satisfaction: number;
  readonly participation: {
    readonly statements: number;
    readonly answers: number;
    readonly decisions: number;
    readonly questionsPut: number;
  };
}

export function seatReport(round: Round, id: DelegationId): SeatReport {
  const data = round.data();
  const dm = delegationModel(round.model, id);
  const text = data.outcome?.text ?? data.draft;
  // The goals' charts as they ended; a delegation that never came has its goals settled on the text.
  const goals = round.discrete()[id]?.goals ?? {};
  const settled = settledGoals(dm, text, seatedIn(round.discrete()));
  const results = dm.goals.map((g) => ({
    id: g.id,
    hard: g.hard,
    weight: g.weight,
    status: statusOf((goals[g.id] ?? settled[g.id])?.state ?? ''),
  }));
  // A `prefers` goal is met when the text pleases it; the points table says how much.
  const got = results.filter((g) => g.status === 'met');
  const total = results.reduce((s, g) => s + g.weight, 0);
  const count = { statements: 0, answers: 0, decisions: 0, questionsPut: 0 };
  for (const line of data.actions) {
    const action = parseAction(line);
    if (!action.ok) continue;
    const a = action.value;
    if (a.type === 'say' && a.delegation === id) count.statements += 1;
    else if (a.type === 'answer' && a.delegation === id) count.answers += 1;
    else if (a.type === 'decide' && a.delegation === id) count.decisions += 1;
    else if ((a.type === 'sound' && a.delegation === id) || (a.type === 'shuttle' && (a.from === id || a.to === id)))
      count.questionsPut += 1;
  }
  return {
    delegation: id,
    decision: data.outcome?.decisions[id] ?? 'undecided',
    got,
    gaveUp: results.filter((g) => g.status !== 'met'),
    satisfaction: total === 0 ? 1 : got.reduce((s, g) => s + g.weight, 0) / total,
    participation: count,
  };
}
