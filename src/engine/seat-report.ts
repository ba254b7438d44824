import { parseAction } from './actions';
import type { Because } from './goals/charts';
import { settledGoals } from './model/acceptance';
import { blocksSignature, goalWorth, isRedLine, statusOf } from './model/goals';
import { delegationModel } from './model/round-model';
import { roundTo } from './detmath';
import { seatedIn } from './round/context';
import type { Round } from './session';
import type { Decision, DelegationId, GoalId, GoalKind, GoalStatus } from './vocabulary';
import { whyOf, type DelegationWhy } from './why';

/** One goal of the seat as the final text left it: its chart's state, the guard that put it there, its worth. */
export interface SeatGoalResult {
  readonly id: GoalId;
  readonly kind: GoalKind;
  readonly hard: boolean;
  readonly weight: number;
  readonly state: string;
  readonly status: GoalStatus;
  readonly because: Because;
  readonly worth: number;
}

/** A red line, and whether the text kept to it. */
export interface SeatRedLine extends SeatGoalResult {
  /** The text did not cross it (a veto's clause kept out, a demand met, a condition not triggered). */
  readonly held: boolean;
}

/**
 * One seat's lesson, for grading (issues 7 and 13): what it wanted, what the text gave it and what it gave
 * up (never a red line among them), which red lines held or were crossed, how it decided and who decided
 * it, and how much it took part.
 */
export interface SeatReport {
  readonly delegation: DelegationId;
  readonly decision: Decision | 'undecided';
  /** Its students gave the decision, or the computer did; null when nobody decided (it stayed away, or no plenary). */
  readonly decidedBy: 'students' | 'computer' | null;
  /** The teacher handed the seat between students and the computer during the round. */
  readonly handedOver: boolean;
  /** Every goal that is not a red line: what it hoped the text would give it. */
  readonly wanted: readonly SeatGoalResult[];
  /** Of what it wanted, what the text gave it. */
  readonly got: readonly SeatGoalResult[];
  /** Of what it wanted, what it did without. */
  readonly gaveUp: readonly SeatGoalResult[];
  readonly redLines: readonly SeatRedLine[];
  /** Its stance from its own goal charts, as the seat itself knows them (every goal). */
  readonly why: DelegationWhy;
  /** Share of what it wanted (by weight) that the text gave it, 0–1. */
  readonly satisfaction: number;
  readonly participation: {
    readonly statements: number;
    readonly answers: number;
    readonly decisions: number;
    readonly questionsPut: number;
  };
}

const DECIDED: ReadonlySet<Decision | 'undecided'> = new Set(['signs', 'reserves', 'refuses', 'walkedOut']);

export function seatReport(round: Round, id: DelegationId): SeatReport {
  const state = round.state();
  const { data } = state;
  const dm = delegationModel(round.model, id);
  const text = data.outcome?.text ?? data.draft;
  // The goals' charts as they ended; a delegation that never came has its goals settled on the text.
  const charted = state.delegations[id]?.goals ?? {};
  const settled = settledGoals(dm, text, seatedIn(state.delegations));
  const results = dm.goals.map((g) => {
    const record = charted[g.id] ?? settled[g.id] ?? { state: '', because: { guard: 'notHeard' as const } };
    const result: SeatGoalResult = {
      id: g.id,
      kind: g.kind,
      hard: g.hard,
      weight: g.weight,
      state: record.state,
      status: statusOf(record.state),
      because: record.because,
      worth: roundTo(goalWorth(g, record.state, text), 1),
    };
    return { goal: g, result };
  });
  const wanted = results.filter((r) => !isRedLine(r.goal)).map((r) => r.result);
  const redLines = results
    .filter((r) => isRedLine(r.goal))
    .map((r): SeatRedLine => ({ ...r.result, held: !blocksSignature(r.goal, r.result.state) }));
  // A `prefers` goal is got when the text pleases it; the points table says how much.
  const got = wanted.filter((g) => g.status === 'met');
  const total = wanted.reduce((s, g) => s + g.weight, 0);
  const count = { statements: 0, answers: 0, decisions: 0, questionsPut: 0 };
  let handedOver = false;
  for (const line of data.actions) {
    const action = parseAction(line);
    if (!action.ok) continue;
    const a = action.value;
    if (a.type === 'say' && a.delegation === id) count.statements += 1;
    else if (a.type === 'answer' && a.delegation === id) count.answers += 1;
    else if (a.type === 'decide' && a.delegation === id) count.decisions += 1;
    else if (a.type === 'hand' && a.delegation === id) handedOver = true;
    else if ((a.type === 'sound' && a.delegation === id) || (a.type === 'shuttle' && (a.from === id || a.to === id)))
      count.questionsPut += 1;
  }
  const decision = data.outcome?.decisions[id] ?? 'undecided';
  return {
    delegation: id,
    decision,
    decidedBy: !DECIDED.has(decision) ? null : count.decisions > 0 ? 'students' : 'computer',
    handedOver,
    wanted,
    got,
    gaveUp: wanted.filter((g) => g.status !== 'met'),
    redLines,
    why: whyOf(round.model, state, id, { delegation: id }),
    satisfaction: total === 0 ? 1 : got.reduce((s, g) => s + g.weight, 0) / total,
    participation: count,
  };
}
