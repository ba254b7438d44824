import type { Controller } from '../delegation/events';
import type { Draft } from '../draft';
import type { Goals } from '../model/acceptance';
import type { TrustLedger } from '../model/trust';
import type { Message } from '../result';
import type {
  Attendance,
  ClauseId,
  Decision,
  DelegationId,
  GoalId,
  Mood,
  Phase,
  Reply,
  SomeDelegations,
  Verdict,
} from '../vocabulary';
import type { RealResult } from './results';
import type { RngState } from './streams';

/** What the mediator heard when sounding out or shuttling. */
export interface ReplyRecord {
  readonly minute: number;
  readonly clause: ClauseId;
  readonly strength: number;
  readonly reply: Reply;
  /** The strength the delegation asked for instead, when it answered "amend". */
  readonly suggested: number | null;
  readonly via: 'sound' | 'shuttle';
}

/** A delegation's numbers: plain data, worked on by pure functions. */
export interface DelegationDynamics {
  readonly trust: TrustLedger;
  readonly patience: number;
  /** Hidden goals the mediator has learned, in the order learned. */
  readonly revealed: readonly GoalId[];
  readonly replies: readonly ReplyRecord[];
  /** What it said of the whole draft at the last caucus. */
  readonly stance: { readonly minute: number; readonly verdict: Verdict } | null;
}

/** A sounding-out that waits for the students holding the seat. */
export interface Question {
  readonly delegation: DelegationId;
  readonly clause: ClauseId;
  readonly strength: number;
  readonly minute: number;
  readonly via: ReplyRecord['via'];
}

export interface PromiseRecord {
  readonly delegation: DelegationId;
  readonly clause: ClauseId;
  readonly strength: number;
  readonly minute: number;
}

export type Tone = 'good' | 'bad' | 'neutral';

export interface LogEntry {
  readonly minute: number;
  readonly message: Message;
  readonly delegation?: DelegationId;
  readonly tone: Tone;
}

export interface DraftVersion {
  readonly stateId: number;
  readonly minute: number;
  readonly draft: Draft;
}

export interface ScorePart {
  readonly points: number;
  readonly max: number;
  /** Why it is what it is, in messages the debrief translates. */
  readonly reasons: readonly Message[];
}

export interface Score {
  readonly total: number;
  readonly signatures: ScorePart;
  readonly substance: ScorePart;
  readonly credibility: ScorePart;
  readonly time: ScorePart;
}

export interface Outcome {
  readonly adopted: boolean;
  readonly text: Draft;
  readonly decisions: Readonly<Record<DelegationId, Decision>>;
  /** Each delegation's one line for the screens: its decision, or "observer" for an observer that stayed. */
  readonly results: Readonly<Record<DelegationId, RealResult>>;
  readonly promisesKept: number;
  readonly promisesBroken: number;
  readonly finalTrust: SomeDelegations<number>;
  readonly score: Score;
}

/** A round's changing data. Immutable: every accepted action makes a new one. */
export interface RoundData {
  /** Goes up by one for each accepted action, and only then. */
  readonly stateId: number;
  readonly minute: number;
  /** Extra minutes a teacher granted on top of the scenario's hours. */
  readonly extraMinutes: number;
  readonly draft: Draft;
  readonly versions: readonly DraftVersion[];
  readonly dyn: SomeDelegations<DelegationDynamics>;
  readonly promises: readonly PromiseRecord[];
  /** Questions put to students' seats and not answered yet, oldest first. */
  readonly questions: readonly Question[];
  /** Deck cards not yet drawn. */
  readonly deck: readonly string[];
  /** How many of the round's scripted events have fired. */
  readonly scripted: number;
  readonly log: readonly LogEntry[];
  readonly decisions: SomeDelegations<Decision>;
  /** Delegations the plenary waits for; null until the draft is tabled. */
  readonly awaiting: readonly DelegationId[] | null;
  readonly outcome: Outcome | null;
  /** Accepted actions in notation: with the seed, the whole record. */
  readonly actions: readonly string[];
}

/** What a delegation decided, or where its decision stands. */
export type DecisionState = Verdict | 'undecided' | 'awaitingHuman' | 'walkedOut';

/** A delegation's chart as plain data: the state of each region, who holds the seat, and its goals' states. */
export interface DelegationState {
  readonly attendance: Attendance;
  readonly mood: Mood;
  readonly decision: DecisionState;
  readonly control: Controller;
  readonly goals: Goals;
}
/** @deprecated the old name of DelegationState, kept while the screens move to views. */
export type DelegationDiscrete = DelegationState;

export type Discrete = SomeDelegations<DelegationState>;

/**
 * A whole round as plain data (issue 13): the phase the round chart is in, the changing numbers, every
 * delegation's chart, and the random streams' state. No static scenario data: the compiled model is
 * rebuilt from the scenario and the seed. One step is a pure function of this and an action.
 */
export interface RoundState {
  readonly phase: Phase;
  readonly data: RoundData;
  readonly delegations: Discrete;
  readonly rng: RngState;
}
