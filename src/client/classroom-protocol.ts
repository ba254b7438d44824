import type { Controller } from '../engine/delegation/events';
import type { ViewSeat } from '../engine/view';
import type { DelegationId, Difficulty, RoundId, SomeDelegations } from '../engine/vocabulary';
import type { ReplyMessage, RequestMessage } from './protocol';

/**
 * What a networked classroom's devices and its server say besides views (issue 15). Views travel as the
 * room's Colyseus state, each device's `StateView` holding only the seats it may see; requests and their
 * replies travel as room messages, checked by the server's validators. Plain JSON, shared by both ends.
 */
export const ROOM_NAME = 'classroom';

/** Join codes: five characters a class can read off a projector, with no 0/O or 1/I/L to confuse. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 5;
export const isJoinCode = (text: string): boolean =>
  text.length === CODE_LENGTH && [...text].every((c) => CODE_ALPHABET.includes(c));
/** What a person typed, as a code: upper case, spaces and dashes dropped. */
export const normalCode = (text: string): string => text.toUpperCase().replace(/[\s-]/g, '');

/** The teacher's set-up of a networked lesson, as the classroom form gives it. */
export interface RoomSetup {
  readonly round: RoundId;
  readonly seed: string;
  readonly difficulty: Difficulty;
  readonly controllers: SomeDelegations<Controller>;
  /** The students the teacher put in each seat ("Ana, Ben"): they take it by typing one of these names. */
  readonly names: SomeDelegations<string>;
  readonly mediator: string;
  /** The mediator plays from a student's device; otherwise the teacher's device has the mediator's moves. */
  readonly studentMediator: boolean;
  readonly minutes: number;
}

/** What a device asks to be when it joins. */
export type JoinRole =
  | { readonly role: 'teacher' }
  | { readonly role: 'projector' }
  | { readonly role: 'seat'; readonly seat: DelegationId | 'mediator'; readonly name: string };

export type JoinOptions = JoinRole & { readonly code: string };

/** A room as the join screen shows it: which seats students may take, and whose they are. */
export interface RoomSummary {
  readonly code: string;
  readonly round: RoundId;
  readonly seats: readonly {
    readonly delegation: DelegationId;
    /** Names the teacher assigned (empty: a free seat anyone may take). */
    readonly assigned: readonly string[];
  }[];
  /** The mediator's seat is open to a student (its name, if the teacher typed one). */
  readonly mediator: { readonly open: boolean; readonly name: string };
}

/** The room the teacher created: its code, and the token that alone opens the teacher's console. */
export interface CreatedRoom {
  readonly code: string;
  readonly token: string;
}

/** Whether the page came from the classroom server, and the addresses students can reach it on. */
export interface ServerInfo {
  readonly classroom: true;
  /** `http://ADDRESS:PORT/` on each network the server listens on (Local first). */
  readonly urls: readonly string[];
}

/** Messages a device sends: a request to the host, the seats to watch, the teacher's clock and records. */
export interface RoomMessages {
  request: RequestMessage;
  watch: { readonly seats: readonly ViewSeat[] };
  /** Teacher only: pause or resume the lesson clock, which lives in the room. */
  clock: { readonly paused: boolean };
  /** Teacher only: the room's record, signed by the server. */
  signedRecord: { readonly id: number };
  /** Teacher only: the lesson is over; every device is sent away and the room is not resumed. */
  end: Record<string, never>;
}

/** Messages the server sends to one device. */
export interface ServerMessages {
  reply: ReplyMessage;
  signedRecord: { readonly id: number; readonly text: string };
  /** Why the server would not take a message (malformed, too many, not yours); it is also logged there. */
  refused: { readonly reason: RefusedReason; readonly detail: string };
}

export type RefusedReason = 'malformed' | 'flood' | 'notYours';

/** Close codes the server uses for a device it sends away, beyond Colyseus's own. */
export const CLOSE_REFUSED = 4403;

/** One device in the room, as every device sees the roster (names and seats, nothing of a seat's goals). */
export interface DeviceInfo {
  readonly name: string;
  /** `teacher`, `projector`, `mediator` or `delegation:ID`. */
  readonly seat: string;
  readonly connected: boolean;
}

/** The lesson clock, as the room holds it: the server's count, updated every second while it runs. */
export interface ClockInfo {
  readonly limitMs: number;
  readonly usedMs: number;
  readonly paused: boolean;
}

/** How long a dropped device keeps its seat for it (seconds). */
export const GRACE_SECONDS = 120;
