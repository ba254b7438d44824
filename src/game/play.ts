import {
  makeAction,
  MEDIATOR_ACTION_TYPES,
  type Action,
  type ActRefusal,
  type DelegationId,
  type Difficulty,
  type HostRefusal,
  type RoomLink,
  type RoundView,
  type SignatureCheck,
  type ScenarioContent,
} from '../client';
import { isPaused, type Lesson } from './lesson';
import { writeSave, type SavedScreen, type SaveProblem } from './saves';
import type { Shell } from './shell';

/** Where a screen may go next; the navigation (navigation.ts) decides what each step shows. */
export interface Nav {
  table(): void;
  plenary(): void;
  debrief(): void;
  menu(): void;
  /** Back to the campaign screen (a campaign round's debrief). */
  campaign(): void;
  /** The same seed and difficulty, from the briefing. */
  again(seed: string, difficulty: Difficulty): void;
  /** A new round replaying this one's record up to `upTo` actions (the classroom's "what if"). */
  fork(upTo: number): void;
  briefing(): void;
  /** The classroom's hand-over of role cards, at the `at`-th students' seat. */
  handover(at: number): void;
  printCards(back: number): void;
  reports(): void;
  /** A networked lesson's room: its code, QR and devices (the teacher's). */
  room(): void;
}

/** One round being played: what the screens remember between moves. The round itself stays with the host. */
export interface Play {
  readonly shell: Shell;
  readonly content: ScenarioContent;
  /** Which of the host's rounds this is: views of another epoch are not this play's. */
  readonly epoch: number;
  readonly nav: Nav;
  /** A round of a campaign: the debrief records it and leads back to the campaign. */
  readonly campaign: boolean;
  /** Which round of how many, for a campaign round's briefing. */
  readonly campaignPlace: { readonly number: number; readonly total: number } | null;
  selected: DelegationId;
  /** How many log entries the table has already shown. */
  shownLog: number;
  /** Why the last move is not in the browser's storage (full, blocked), or null when it is. */
  unsaved: SaveProblem | null;
  /** The classroom lesson around the round, or null when one player plays alone. */
  readonly lesson: Lesson | null;
  /** A campaign round at its debrief: whether the campaign save took it; null for other rounds. */
  recorded: boolean | null;
  /**
   * A networked lesson (issue 15): the room on the classroom server that holds the round. The server keeps it
   * on disk after every move, so this device saves nothing; its clock and pause live there too.
   */
  readonly network: RoomLink | null;
  /** A record loaded from a file: whether a classroom server signed it, and whether it is as signed. */
  readonly provenance?: SignatureCheck | undefined;
}

/** What Load record says of where a record came from (issue 15); null for a round not loaded from a file. */
export function provenanceKey(play: Play): { key: string; params: Record<string, string> } | null {
  const p = play.provenance;
  if (p === undefined) return null;
  if (p.status === 'valid') return { key: 'ui.record.signed', params: { key: p.publicKey.slice(0, 16) } };
  if (p.status === 'invalid') return { key: 'ui.record.signatureBroken', params: {} };
  return { key: 'ui.record.unsigned', params: {} };
}

/** The mediator's view: the table, the plenary and the debrief draw from it. Held from before the first screen. */
export function mediatorView(play: Play): RoundView {
  const view = play.shell.client.view('mediator');
  if (view === null) throw new Error('the mediator view is not held');
  return view;
}

export type PausedRefusal = { readonly code: 'paused'; readonly key: 'ui.classroom.pausedRefused' };
export type ActReply =
  | { readonly ok: true; readonly stateId: number }
  | { readonly ok: false; readonly refusal: ActRefusal | HostRefusal | PausedRefusal };

/** While the teacher has paused the lesson, neither the mediator nor the students move; the teacher still steers. */
const PAUSED_MOVES: ReadonlySet<Action['type']> = new Set([...MEDIATOR_ACTION_TYPES, 'decide', 'answer', 'say']);

export const blockedByPause = (play: Play, action: Action): boolean =>
  play.lesson !== null && isPaused(play.lesson) && PAUSED_MOVES.has(action.type);

/** Sends a move to the host in notation and saves after every accepted one (the new view is here before the reply). */
export async function act(play: Play, action: Action, screen: SavedScreen): Promise<ActReply> {
  if (blockedByPause(play, action))
    return { ok: false, refusal: { code: 'paused', key: 'ui.classroom.pausedRefused' } };
  const reply = await play.shell.client.request('act', { action: makeAction(action) });
  if (!reply.ok) return reply;
  autosave(play, screen);
  return { ok: true, stateId: reply.value.stateId };
}

/** Writes the round's record (sealed by the host) and where the player is; notes why when it could not. */
export function autosave(play: Play, screen: SavedScreen): void {
  if (play.network !== null) return;
  const record = play.shell.client.view('mediator')?.record;
  if (record !== null && record !== undefined) play.unsaved = writeSave(record, screen, play.selected, play.lesson);
}
