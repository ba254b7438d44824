import type { Controller, Statuses } from '../delegation/events';
import type { Draft } from '../draft';
import type { TrustLedger } from '../model/trust';
import type { Message } from '../result';
import type {
  Attendance,
  ClauseId,
  Decision,
  DelegationId,
  GoalId,
  Mood,
  Reply,
  SomeDelegations,
  Verdict,
} from '../vocabulary';

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

/** The discrete part of each delegation, as its statechart holds it. */
export interface DelegationDiscrete {
  readonly attendance: Attendance;
  readonly mood: Mood;
  readonly control: Controller;
  readonly decision: Verdict | 'undecided' | 'awaitingHuman' | 'walkedOut';
  readonly goals: Statuses;
}

export type Discrete = SomeDelegations<DelegationDiscrete>;
