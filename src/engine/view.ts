import type { Draft } from './draft';
import { breakdown } from './model/acceptance';
import { evaluateDraft } from './model/evaluation';
import type { GoalKind } from './vocabulary';
import { delegationModel } from './model/round-model';
import { trustAt, trustBySource, type TrustSource } from './model/trust';
import { knownGoal } from './round/reveal';
import { seatedIn } from './round/context';
import { limitOf } from './round/refusal';
import type { LogEntry, Outcome, PromiseRecord, Question, ReplyRecord } from './round/state';
import type { Round } from './session';
import type { Attendance, DelegationId, GoalId, GoalStatus, Mood, Phase, Role, Seat, Verdict } from './vocabulary';

/** A goal as a seat may see it. */
export interface GoalView {
  readonly id: GoalId;
  readonly kind: GoalKind;
  readonly hard: boolean;
  readonly status: GoalStatus;
  /** Public from the briefing, or learned in the talks. */
  readonly public: boolean;
}

export interface DelegationView {
  readonly id: DelegationId;
  readonly role: Role;
  readonly attendance: Attendance;
  readonly mood: Mood;
  readonly trust: number;
  readonly trustBySource: Partial<Record<TrustSource, number>>;
  readonly decision: Verdict | 'undecided' | 'awaitingHuman' | 'walkedOut';
  readonly controller: 'ai' | 'human';
  /** Only the goals this seat knows; the count of the others, never what they are. */
  readonly goals: readonly GoalView[];
  readonly unknownGoals: number;
  readonly replies: readonly ReplyRecord[];
  readonly stance: Verdict | null;
}

/** What one seat sees of a round: no hidden goal it has not learned, no random state, no patience figure. */
export interface RoundView {
  readonly scenario: string;
  readonly seat: Seat;
  readonly phase: Phase;
  readonly stateId: number;
  readonly minute: number;
  readonly limit: number;
  readonly draft: Draft;
  readonly versions: readonly { readonly stateId: number; readonly minute: number; readonly draft: Draft }[];
  readonly delegations: readonly DelegationView[];
  readonly promises: readonly PromiseRecord[];
  /** Questions waiting for students: a seat sees those put to it, the mediator all, the projector none. */
  readonly questions: readonly Question[];
  readonly log: readonly LogEntry[];
  readonly outcome: Outcome | null;
}

const seesAll = (seat: Seat, id: DelegationId): boolean => typeof seat === 'object' && seat.delegation === id;

export function viewFor(round: Round, seat: Seat): RoundView {
  const data = round.data();
  const discrete = round.discrete();
  const { model } = round;
  const delegations = model.delegations.map((id): DelegationView => {
    const dm = delegationModel(model, id);
    const dyn = data.dyn[id];
    const disc = discrete[id];
    const own = seesAll(seat, id);
    // The projector shows only what everyone heard in the briefing; the mediator also what it learned.
    const visible = dm.goals.filter((g) => own || (seat === 'projector' ? g.public : knownGoal(dm, dyn, g.id)));
    const statuses = disc?.goals ?? {};
    const goals = visible.map((g) => ({
      id: g.id,
      kind: g.kind,
      hard: g.hard,
      public: g.public,
      status: statuses[g.id] ?? goalStatusNow(round, id, g.id),
    }));
    const ledger = dyn?.trust ?? { base: dm.personality.trust, entries: [] };
    return {
      id,
      role: dm.role,
      attendance: disc?.attendance ?? 'arriving',
      mood: disc?.mood ?? 'wary',
      trust: Math.round(trustAt(ledger, data.minute)),
      trustBySource: seat === 'projector' ? {} : trustBySource(ledger, data.minute),
      decision: disc?.decision ?? 'undecided',
      controller: disc?.control ?? round.controllerOf(id),
      goals,
      unknownGoals: dm.goals.length - goals.length,
      replies: seat === 'projector' ? [] : (dyn?.replies ?? []),
      stance: seat === 'projector' ? null : (dyn?.stance?.verdict ?? null),
    };
  });
  return {
    scenario: model.scenario.id,
    seat,
    phase: round.phase(),
    stateId: data.stateId,
    minute: data.minute,
    limit: limitOf(model, data),
    draft: data.draft,
    versions: data.versions,
    delegations,
    promises: seat === 'projector' ? [] : data.promises,
    questions: seat === 'mediator' ? data.questions : data.questions.filter((q) => seesAll(seat, q.delegation)),
    log: data.log,
    outcome: data.outcome,
  };
}

/** A goal's status before the delegation has arrived (its statechart does not exist yet). */
function goalStatusNow(round: Round, id: DelegationId, goal: GoalId): GoalStatus {
  const dm = delegationModel(round.model, id);
  return (
    evaluateDraft(dm, round.data().draft, (d) => delegationModel(round.model, d).arrival === 'present').statuses[
      goal
    ] ?? 'unmet'
  );
}

/** One term of "why would they refuse?": a known goal's contribution, or a placeholder for the unknown. */
export type ExplainedPart =
  | {
      readonly known: true;
      readonly goal: GoalId;
      readonly kind: GoalKind;
      readonly status: GoalStatus;
      readonly value: number;
      readonly redLine: boolean;
    }
  | { readonly known: false };

export interface Explanation {
  readonly delegation: DelegationId;
  readonly parts: readonly ExplainedPart[];
  /** Trust's share of the decision, from the visible trust figure. */
  readonly trustTerm: number;
  /** The mediator's estimate of how demanding it is now; its own curve stays hidden. */
  readonly clockShare: number;
  readonly knownRedLines: readonly GoalId[];
}

/**
 * The acceptance breakdown limited to what the mediator knows (issue 5): known goals with their signed
 * contribution, every unknown goal as an opaque "unknown", and no reservation level or patience.
 */
export function explainFor(round: Round, id: DelegationId): Explanation {
  const data = round.data();
  const dm = delegationModel(round.model, id);
  const dyn = data.dyn[id];
  const trust = trustAt(dyn?.trust ?? { base: dm.personality.trust, entries: [] }, data.minute);
  const t = data.minute / limitOf(round.model, data);
  const full = breakdown(dm, {
    draft: data.draft,
    seated: seatedIn(round.discrete()),
    trust,
    patience: dyn?.patience ?? 50,
    t,
  });
  const parts = full.parts.map(
    (p): ExplainedPart =>
      knownGoal(dm, dyn, p.goal)
        ? { known: true, goal: p.goal, kind: p.kind, status: p.status, value: p.value, redLine: p.redLine }
        : { known: false },
  );
  return {
    delegation: id,
    parts,
    trustTerm: (trust - 50) / 400,
    clockShare: t,
    knownRedLines: parts.flatMap((p) => (p.known && p.redLine ? [p.goal] : [])),
  };
}
