import type { Draft } from './draft';
import type { Because } from './goals/charts';
import { settle } from './goals/settle';
import { ACCEPTABLE_WORTH } from './model/acceptance';
import { blocksSignature, crossesRedLine, goalWorth, statusOf, type CompiledGoal } from './model/goals';
import { delegationModel, type DelegationModel, type RoundModel } from './model/round-model';
import { roundTo } from './detmath';
import { seatedIn } from './round/context';
import { knownGoal } from './round/reveal';
import type { RoundState } from './round/state';
import type { Decision, DelegationId, GoalId, GoalKind, GoalStatus, ViewSeat } from './vocabulary';

/** One goal the asking seat knows: where its chart stands on the text, and the guard and clause that put it there. */
export interface KnownReason {
  readonly known: true;
  readonly id: GoalId;
  readonly kind: GoalKind;
  /** A red line (a hard goal). */
  readonly hard: boolean;
  readonly public: boolean;
  /** The state of its chart: met, crossed, pleased, a campaign's step… */
  readonly state: string;
  readonly status: GoalStatus;
  readonly because: Because;
  /** What it adds to the text's worth, to one decimal (the known worths add up to `knownWorth`). */
  readonly worth: number;
  /** It holds a signature back whatever else the text holds (a veto crossed, a red line not honoured). */
  readonly blocks: boolean;
  /** A red line the text actively crosses: patience wears, and the delegation may leave the room. */
  readonly crossed: boolean;
}

/** A goal the seat has not learned, shown only because the known goals do not explain what the delegation did. */
export interface UntoldReason {
  readonly known: false;
}

export type Reason = KnownReason | UntoldReason;

/** The words for an untold reason (the CLI's English; the game translates `why.untold`). */
export const UNTOLD = 'a reason it has not told you';

/** A delegation's stance, explained from its goal charts as far as the asking seat may know them. */
export interface DelegationWhy {
  readonly delegation: DelegationId;
  /**
   * What it did or said, as the seat knows it: its plenary decision, else the stance it gave in the
   * last caucus on this very draft (the mediator's and its own seat's), else null.
   */
  readonly verdict: Decision | null;
  readonly reasons: readonly Reason[];
  /** Sum of the known goals' worths as shown. */
  readonly knownWorth: number;
  /** Goals the seat does not know (their count is no secret; what they are is). */
  readonly untold: number;
  /** Known goals that hold its signature back now: what would have to change for it to sign (or come back). */
  readonly holdingBack: readonly GoalId[];
}

/**
 * Who may know what (STYLE 11): a delegation knows its own goals; the mediator what it learned; others the
 * briefing; the teacher who runs a lesson knows every goal.
 */
export function seatKnows(seat: ViewSeat, dm: DelegationModel, state: RoundState): (goal: CompiledGoal) => boolean {
  if (seat === 'teacher') return () => true;
  if (typeof seat === 'object') return seat.delegation === dm.id ? () => true : (g) => g.public;
  if (seat === 'projector') return (g) => g.public;
  const dyn = state.data.dyn[dm.id];
  return (g) => knownGoal(dm, dyn, g.id);
}

const sumShown = (reasons: readonly Reason[]): number =>
  roundTo(
    reasons.reduce((s, r) => s + (r.known ? r.worth : 0), 0),
    1,
  );

function knownVerdict(seat: ViewSeat, id: DelegationId, state: RoundState): Decision | null {
  const decided = state.data.outcome?.decisions[id] ?? state.data.decisions[id];
  if (decided !== undefined) return decided;
  const attendance = state.delegations[id]?.attendance;
  if (attendance === 'walkedOut') return 'walkedOut';
  if (attendance === 'boycotting') return 'boycott';
  if (seat === 'projector' || (typeof seat === 'object' && seat.delegation !== id)) return null;
  const stance = state.data.dyn[id]?.stance;
  const lastEdit = state.data.versions.at(-1)?.minute ?? 0;
  return stance !== null && stance !== undefined && stance.minute >= lastEdit ? stance.verdict : null;
}

const refusing = (v: Decision | null): boolean => v === 'refuses' || v === 'walkedOut' || v === 'boycott';

/**
 * Why a delegation stands where it does (issue 13): for each goal the seat knows, its chart's state,
 * the guard that put it there with the clause and wording it read, and its worth. A goal the seat has
 * not learned is never named: when the known goals do not account for a refusal the seat knows of,
 * one untold reason stands for them. Reads the round's state only, so it depends on nothing the seat
 * cannot know but the verdicts the whole room heard.
 */
export function whyOf(
  model: RoundModel,
  state: RoundState,
  id: DelegationId,
  seat: ViewSeat,
  draft?: Draft,
): DelegationWhy {
  const dm = delegationModel(model, id);
  const knows = seatKnows(seat, dm, state);
  const text = draft ?? state.data.outcome?.text ?? state.data.draft;
  const charted = state.delegations[id]?.goals ?? {};
  const seated = seatedIn(state.delegations);
  const reasons: Reason[] = [];
  let untold = 0;
  for (const g of dm.goals) {
    if (!knows(g)) {
      untold += 1;
      continue;
    }
    // The chart's own record when it has heard this text; a hypothetical text is settled as the chart would.
    const record = draft === undefined ? (charted[g.id] ?? settle(g, text, seated)) : settle(g, text, seated);
    reasons.push({
      known: true,
      id: g.id,
      kind: g.kind,
      hard: g.hard,
      public: g.public,
      state: record.state,
      status: statusOf(record.state),
      because: record.because,
      worth: roundTo(goalWorth(g, record.state, text), 1),
      blocks: blocksSignature(g, record.state),
      crossed: crossesRedLine(g, record.state),
    });
  }
  const verdict = knownVerdict(seat, id, state);
  const knownWorth = sumShown(reasons);
  const explained = reasons.some((r) => r.known && r.blocks) || knownWorth < ACCEPTABLE_WORTH;
  if (refusing(verdict) && verdict !== 'boycott' && !explained && untold > 0) reasons.push({ known: false });
  return {
    delegation: id,
    verdict,
    reasons,
    knownWorth,
    untold,
    holdingBack: reasons.flatMap((r) => (r.known && r.blocks ? [r.id] : [])),
  };
}
