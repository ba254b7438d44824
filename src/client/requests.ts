import type { CampaignSave, TrajectoryPoint } from '../engine/campaign';
import type { Comparison } from '../engine/compare';
import type { JsonProblem } from '../engine/safe-json';
import type { ExpertChart, TableShare } from '../engine/debrief';
import type { Controller } from '../engine/delegation/events';
import type { ReplayError, RoundRecord } from '../engine/record';
import type { Message } from '../engine/result';
import type { RoleCard, RoleCardGoal } from '../engine/role-card';
import type { Refusal } from '../engine/round/refusal';
import type { Localized } from '../engine/scenario/schema';
import type { SeatGoalResult, SeatReport } from '../engine/seat-report';
import type { TimelinePoint } from '../engine/timeline';
import type { RoundView, ViewSeat } from '../engine/view';
import type { DelegationId, Difficulty, Phase, RoundId, SomeDelegations } from '../engine/vocabulary';
import type { Catalogue, ScenarioContent } from './content';
import type { SignatureCheck } from './host/signature';

type None = Record<string, never>;

/** A round the host has opened: its content, once, and where it stands. */
export interface Opened {
  /** Goes up with every round the host opens; views and patches carry it. */
  readonly epoch: number;
  readonly round: RoundId;
  readonly phase: Phase;
  readonly content: ScenarioContent;
  /** A campaign round: which of how many. */
  readonly campaign: { readonly number: number; readonly total: number } | null;
  /** A replayed record's signature by a classroom server: signed by it, edited since, or none. */
  readonly signature?: SignatureCheck;
}

/** What a save is, once the host has checked it and replayed its record. */
export interface SavedUi {
  readonly screen: 'table' | 'plenary' | 'debrief';
  readonly selected?: string | undefined;
  readonly lesson?:
    | {
        readonly names: Partial<Record<DelegationId, string>>;
        readonly mediator: string;
        readonly limitMs: number;
        readonly usedMs: number;
      }
    | undefined;
  readonly campaign?: boolean | undefined;
}

export type SaveCheck =
  | {
      readonly ok: true;
      readonly record: RoundRecord;
      readonly ui: SavedUi;
      readonly title: Localized;
      readonly phase: Phase;
    }
  | { readonly ok: false; readonly problem: 'corrupt' | 'stale' | { readonly newer: number } };

export type CampaignState =
  | {
      readonly ok: true;
      readonly save: CampaignSave;
      /** The save as it is to be stored. */
      readonly text: string;
      readonly points: readonly TrajectoryPoint[];
      /** The round to play next and its seed, or null when the campaign is over. */
      readonly next: { readonly round: RoundId; readonly seed: string } | null;
    }
  | { readonly ok: false; readonly problem: null | 'corrupt' };

export interface DebriefData {
  readonly timeline: readonly TimelinePoint[];
  /** The player's communiqué beside the real one; null for a round without history or before the outcome. */
  readonly comparison: Comparison | null;
}

export interface ExpertView {
  readonly messages: readonly Message[];
  readonly chart: ExpertChart;
  readonly shares: readonly TableShare[];
  /** A gain at or below this is a red line crossed, not a figure. */
  readonly blockedGain: number;
}

export interface RoleCardView extends RoleCard {
  readonly goals: readonly (RoleCardGoal & { readonly text: Localized })[];
}

export interface SeatReportView extends SeatReport {
  readonly got: readonly (SeatGoalResult & { readonly text: Localized })[];
  readonly gaveUp: readonly (SeatGoalResult & { readonly text: Localized })[];
}

/** Why a record could not be opened. */
export type RecordRefusal =
  | { readonly code: 'record'; readonly key: 'refusal.record'; readonly error: ReplayError }
  /** The file is not JSON the game reads (too large, too deep, a prototype key, not JSON at all). */
  | { readonly code: 'file'; readonly key: 'refusal.file'; readonly problem: JsonProblem }
  | {
      readonly code: 'unknownRound';
      readonly key: 'refusal.unknownRound';
      readonly params: { readonly round: string };
    };

/** A record file the host has read, checked against its hash and replayed, before anything is replaced. */
export interface RecordCheck {
  /** The record as read: what `replay` is then asked to open. */
  readonly record: RoundRecord;
  /** False for a record of an older format, which has no integrity hash: the player is asked first. */
  readonly verified: boolean;
  readonly title: Localized;
  readonly phase: Phase;
  /** Whether a classroom server signed the record and it is as signed (issue 15). */
  readonly signature: SignatureCheck;
}

/** What a save holds, told without replaying it (to name a round before it is put aside). */
export interface SaveSummary {
  readonly round: string;
  /** The round's title, or null for a round this game does not have. */
  readonly title: Localized | null;
  readonly seed: string;
  readonly moves: number;
  /** It reached the debrief: nothing is lost by putting it aside. */
  readonly finished: boolean;
  /** Its record, as a file Load record reads. */
  readonly record: RoundRecord;
}

/** A move the host would not make: the engine's refusal, or a move this principal may not make. */
export type ActRefusal =
  | Refusal
  | { readonly code: 'syntax'; readonly key: 'refusal.syntax'; readonly params: { readonly text: string } };

/** Every request a client can make: its arguments, its value, and its own refusals (besides HostRefusal). */
export interface Requests {
  catalogue: { args: None; value: Catalogue; refusal: never };
  content: { args: { readonly round: RoundId }; value: ScenarioContent; refusal: RecordRefusal };
  start: {
    args: {
      readonly round: RoundId;
      readonly seed: string;
      readonly difficulty: Difficulty;
      readonly seats?: SomeDelegations<Controller>;
      /** A campaign round: the campaign save's text, whose trust the round carries. */
      readonly campaign?: string;
    };
    value: Opened;
    refusal: RecordRefusal;
  };
  /** Plays a record again (Load record, Continue, a fork): every move must be accepted. */
  replay: { args: { readonly record: unknown; readonly campaign?: string }; value: Opened; refusal: RecordRefusal };
  /** Reads a record file's text (the page only reads the file): its record, checked and replayed, or why not. */
  checkRecord: { args: { readonly text: string }; value: RecordCheck; refusal: RecordRefusal };
  /** The open round again, up to `upTo` of its moves. */
  fork: { args: { readonly upTo: number }; value: Opened; refusal: RecordRefusal };
  close: { args: None; value: null; refusal: never };
  /** One move in the record's notation; accepted ones push new views before this reply. */
  act: { args: { readonly action: string }; value: { readonly stateId: number }; refusal: ActRefusal };
  /** Checks a save's text and replays its record; the campaign save's text for a campaign round. */
  checkSave: { args: { readonly text: string; readonly campaign: string | null }; value: SaveCheck; refusal: never };
  /** What each save's text holds (null for one that cannot be read), for the questions and the kept list. */
  describeSaves: {
    args: { readonly texts: readonly string[] };
    value: readonly (SaveSummary | null)[];
    refusal: never;
  };
  campaign: { args: { readonly text: string | null }; value: CampaignState; refusal: never };
  newCampaign: { args: { readonly seed: string }; value: CampaignState; refusal: never };
  /** The campaign save with the open round recorded in it (unchanged if not its next round or not over). */
  recordCampaign: {
    args: { readonly text: string };
    value: { readonly text: string | null; readonly changed: boolean };
    refusal: never;
  };
  debrief: { args: None; value: DebriefData; refusal: never };
  expert: { args: None; value: ExpertView; refusal: never };
  seatReports: {
    args: { readonly delegations: readonly DelegationId[] };
    value: readonly SeatReportView[];
    refusal: never;
  };
  roleCard: { args: { readonly delegation: DelegationId }; value: RoleCardView; refusal: never };
  /** The views of some seats now, as their watchers get them (tests and tools). */
  views: { args: { readonly seats: readonly ViewSeat[] }; value: readonly RoundView[]; refusal: never };
}

export type RequestName = keyof Requests;
