import type { Draft } from './draft';
import { expertDebrief, type ExpertDebrief } from './debrief';
import type { Because } from './goals/charts';
import { settle } from './goals/settle';
import { goalWorth, statusOf } from './model/goals';
import type { GoalKind } from './vocabulary';
import { delegationModel, type DelegationModel } from './model/round-model';
import { trustAt, trustBySource, type TrustSource } from './model/trust';
import { objectionsFor, type Objections } from './objections';
import { knownGoal } from './round/reveal';
import { limitOf } from './round/refusal';
import type { LogEntry, Outcome, PromiseRecord, Question, ReplyRecord } from './round/state';
import { sealRecord, type RoundRecord } from './record';
import type { Localized } from './scenario/schema';
import type { Round } from './session';
import { logFor } from './view-log';
import type { Attendance, DelegationId, GoalId, GoalStatus, Mood, Phase, Role, Verdict, ViewSeat } from './vocabulary';
import { whyOf, type DelegationWhy } from './why';

/** A goal as a seat may see it. */
export interface GoalView {
  readonly id: GoalId;
  readonly kind: GoalKind;
  readonly hard: boolean;
  readonly status: GoalStatus;
  /** Public from the briefing, or learned in the talks. */
  readonly public: boolean;
  /** The goal in words: a seat learns a hidden goal's text only with the goal. */
  readonly text: Localized;
  /** The state of its chart (met, crossed, pleased, a campaign's step…): say "not crossed", never "met", of a veto. */
  readonly state: string;
  /** The guard that put it there, and the clause and wording it read. */
  readonly because: Because;
  /** What it adds to the text's worth. */
  readonly worth: number;
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
  /** Why it stands where it does, from its goal charts, as far as this seat may know (issue 13). */
  readonly why: DelegationWhy;
  /** "Why would they refuse?" in the dossier's shape: the mediator's and the teacher's only. */
  readonly explanation: Explanation | null;
}

/** What one seat sees of a round: no hidden goal it has not learned, no random state, no patience figure. */
export interface RoundView {
  readonly scenario: string;
  readonly seat: ViewSeat;
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
  /** Filtered at delivery: public lines for everyone, the lines about a seat for that seat (view-log.ts). */
  readonly log: readonly LogEntry[];
  /** Delegations the plenary still waits for; null until the draft is tabled. */
  readonly awaiting: readonly DelegationId[] | null;
  /** Deck cards not yet drawn, for the teacher to inject; null for every other seat. */
  readonly deck: readonly string[] | null;
  /** Seed and moves so far: the mediator's and the teacher's, to save, download and fork. */
  readonly record: RoundRecord | null;
  readonly outcome: Outcome | null;
  /** Before an edit: who would object to each wording of each clause, and how strongly (known goals only). */
  readonly objections: Objections;
}

/**
 * Who looks: the mediator, one delegation's seat, the projector (public only), or the teacher who runs a
 * lesson and sees every seat's goals, the deck and the record.
 */
export type { ViewSeat } from './vocabulary';

const ownSeat = (seat: ViewSeat, id: DelegationId): boolean => typeof seat === 'object' && seat.delegation === id;
/** The mediator and the teacher hear every reply and line; the teacher also knows every goal. */
const steering = (seat: ViewSeat): boolean => seat === 'mediator' || seat === 'teacher';

function goalText(dm: DelegationModel, id: GoalId): Localized {
  const source = dm.profile.goals.find((g) => g.id === id) ?? dm.profile.hiddenPool.find((g) => g.id === id);
  return source?.text ?? { en: id };
}

export function viewFor(round: Round, seat: ViewSeat): RoundView {
  const state = round.state();
  const data = state.data;
  const discrete = state.delegations;
  const { model } = round;
  const delegations = model.delegations.map((id): DelegationView => {
    const dm = delegationModel(model, id);
    const dyn = data.dyn[id];
    const disc = discrete[id];
    const own = ownSeat(seat, id) || seat === 'teacher';
    const hears = own || seat === 'mediator';
    // Another seat and the projector know only what everyone heard in the briefing; the mediator also what it learned.
    const visible = dm.goals.filter((g) => own || (seat === 'mediator' ? knownGoal(dm, dyn, g.id) : g.public));
    const charted = disc?.goals ?? {};
    const text = data.outcome?.text ?? data.draft;
    const goals = visible.map((g): GoalView => {
      // Before the talks open a goal's chart has not heard the draft: it is shown as it will settle.
      const record = charted[g.id] ?? settle(g, text, (d) => delegationModel(model, d).arrival === 'present');
      return {
        id: g.id,
        kind: g.kind,
        hard: g.hard,
        public: g.public,
        text: goalText(dm, g.id),
        status: statusOf(record.state),
        state: record.state,
        because: record.because,
        worth: Math.round(goalWorth(g, record.state, text) * 10) / 10,
      };
    });
    const ledger = dyn?.trust ?? { base: dm.personality.trust, entries: [] };
    return {
      id,
      role: dm.role,
      attendance: disc?.attendance ?? 'arriving',
      mood: disc?.mood ?? 'wary',
      trust: Math.round(trustAt(ledger, data.minute)),
      trustBySource: hears ? trustBySource(ledger, data.minute) : {},
      decision: disc?.decision ?? 'undecided',
      controller: disc?.control ?? round.controllerOf(id),
      goals,
      unknownGoals: dm.goals.length - goals.length,
      replies: hears ? (dyn?.replies ?? []) : [],
      stance: hears ? (dyn?.stance?.verdict ?? null) : null,
      why: whyOf(model, state, id, seat),
      explanation: steering(seat) ? explainFor(round, id) : null,
    };
  });
  const mine = <T extends { readonly delegation: DelegationId }>(items: readonly T[]): readonly T[] =>
    steering(seat) ? items : items.filter((x) => ownSeat(seat, x.delegation));
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
    promises: mine(data.promises),
    questions: mine(data.questions),
    log: logFor(data.log, steering(seat) ? 'all' : typeof seat === 'object' ? seat.delegation : 'public'),
    awaiting: data.awaiting,
    deck: seat === 'teacher' ? data.deck : null,
    // Sealed (format 2, with its integrity hash): what the page saves and offers as a file is this record.
    record: steering(seat) ? sealRecord(round.record()) : null,
    outcome: data.outcome,
    objections: objectionsFor(model, state, seat),
  };
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
 * The acceptance breakdown limited to what the mediator knows (issue 5), read from the goal charts
 * (`whyOf`): known goals with their signed worth, every unknown goal as an opaque "unknown", and no
 * reservation level or patience. The dossier's shape; the views carry the fuller `why`.
 */
export function explainFor(round: Round, id: DelegationId): Explanation {
  const state = round.state();
  const data = state.data;
  const dm = delegationModel(round.model, id);
  const dyn = data.dyn[id];
  const trust = trustAt(dyn?.trust ?? { base: dm.personality.trust, entries: [] }, data.minute);
  const why = whyOf(round.model, state, id, 'mediator');
  const known = new Map(why.reasons.flatMap((r) => (r.known ? [[r.id, r] as const] : [])));
  const parts = dm.goals.map((g): ExplainedPart => {
    const r = known.get(g.id);
    return r === undefined
      ? { known: false }
      : { known: true, goal: r.id, kind: r.kind, status: r.status, value: r.worth, redLine: r.blocks };
  });
  return {
    delegation: id,
    parts,
    trustTerm: (trust - 50) / 400,
    clockShare: data.minute / limitOf(round.model, data),
    knownRedLines: why.holdingBack,
  };
}

/** The expert's benchmark for a round at its outcome (or now): the one call the debrief needs, on the host. */
export const expertFor = (round: Round): ExpertDebrief => {
  const state = round.state();
  return expertDebrief(round.model, state.data, state.delegations);
};
