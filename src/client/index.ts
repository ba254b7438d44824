/**
 * The client API: what screens, scenes and the game's navigation may use of the round. View and content
 * types, the request and message contract, the session (Client) and its carriers. Nothing here gives a
 * live round: the round stays with the host (./host, in a Web Worker on the page).
 */
export { Client, type Reply } from './client';
export type {
  Attendee,
  Catalogue,
  ClauseContent,
  FlagContent,
  ProfileContent,
  PublicGoal,
  RoundSummary,
  ScenarioContent,
  SeatContent,
} from './content';
export { applyPatch, diffView, type ViewPatch } from './patch';
export {
  mayView,
  PROTOCOL,
  seatKey,
  type ClientMessage,
  type HostMessage,
  type HostRefusal,
  type Principal,
} from './protocol';
export type {
  ActRefusal,
  CampaignState,
  DebriefData,
  ExpertView,
  Opened,
  RecordCheck,
  RecordRefusal,
  RequestName,
  Requests,
  RoleCardView,
  SavedUi,
  SaveCheck,
  SaveSummary,
  SeatReportView,
} from './requests';
export { SAVE_VERSION, SAVED_SCREENS, type SavedScreen } from './save-format';
export type { Transport } from './transport';
export { startWorkerHost, workerTransport } from './worker-transport';

// The engine's vocabulary and notation: plain constants and pure functions, no round.
export { makeAction, MEDIATOR_ACTION_TYPES, type Action } from '../engine/actions';
export {
  DELEGATIONS,
  DIFFICULTIES,
  isDelegationId,
  VERDICTS,
  type Attendance,
  type DelegationId,
  type Difficulty,
  type Mood,
  type Phase,
  type RoundId,
  type SomeDelegations,
  type Verdict,
} from '../engine/vocabulary';
// The one reader for JSON from outside (a size and depth limit, no prototype keys): the page reads its
// settings and its own storage through it; files and saves go to the host, which reads them the same way.
export { MAX_FILE_BYTES, megabytes, parseJson, type JsonProblem } from '../engine/safe-json';
export type { CampaignSave, TrajectoryPoint } from '../engine/campaign';
export type { Comparison } from '../engine/compare';
export type { Controller } from '../engine/delegation/events';
export type { RoundRecord, ReplayError } from '../engine/record';
export type { Message } from '../engine/result';
export type { LogEntry } from '../engine/round/state';
export type { Localized } from '../engine/scenario/schema';
export type { TimelinePoint } from '../engine/timeline';
export type { DelegationView, ExplainedPart, Explanation, GoalView, RoundView, ViewSeat } from '../engine/view';
export {
  classroomServer,
  createClassroom,
  joinClassroom,
  roomSummary,
  type Created,
  type Joined,
} from './classroom';
export {
  CODE_LENGTH,
  GRACE_SECONDS,
  isJoinCode,
  normalCode,
  type ClockInfo,
  type CreatedRoom,
  type DeviceInfo,
  type JoinOptions,
  type RoomSetup,
  type RoomSummary,
  type ServerInfo,
} from './classroom-protocol';
export type { LinkStatus, RoomLink } from './colyseus-transport';
export type { SignatureCheck } from './host/signature';
