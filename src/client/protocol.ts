import type { RoundView, ViewSeat } from '../engine/view';
import type { DelegationId } from '../engine/vocabulary';
import type { RequestName, Requests } from './requests';
import type { ViewPatch } from './patch';

/**
 * The messages between a client and the host that holds the round, the same over every carrier (an
 * in-process call, a Web Worker, later a Colyseus room): plain JSON, so a carrier only moves them.
 * Bump PROTOCOL when a message changes meaning; a host answers a client of another protocol with `refused`.
 */
export const PROTOCOL = 1;

/**
 * Who a connection is. The teacher sees and does everything; the mediator makes the mediator's moves
 * and sees the mediator's and the projector's views; a delegation's seat answers for itself and sees its
 * own view and the projector's; the projector only watches.
 */
export type Principal = 'teacher' | 'mediator' | 'projector' | { readonly delegation: DelegationId };

export type ClientMessage =
  | { readonly type: 'hello'; readonly protocol: number; readonly principal: Principal }
  /** The seats whose views this client wants pushed after every change (full views first, patches after). */
  | { readonly type: 'watch'; readonly seats: readonly ViewSeat[] }
  /** A full view again: after a patch whose base was not the client's, or on reconnecting. */
  | { readonly type: 'sync'; readonly seat: ViewSeat }
  | RequestMessage;

export type RequestMessage = {
  [K in RequestName]: {
    readonly type: 'request';
    readonly id: number;
    readonly name: K;
    readonly args: Requests[K]['args'];
  };
}[RequestName];

export type HostMessage =
  | { readonly type: 'welcome'; readonly protocol: number; readonly principal: Principal }
  | { readonly type: 'refused'; readonly reason: 'protocol' | 'notHello' | 'badMessage'; readonly detail: string }
  /** A whole view: on watching, on a new round (a new epoch), and when asked to sync. */
  | {
      readonly type: 'view';
      readonly seat: ViewSeat;
      readonly epoch: number;
      readonly version: number;
      readonly view: RoundView;
    }
  /** The change since `base`: applied only by a client whose view of that seat is at `base` in this epoch. */
  | {
      readonly type: 'patch';
      readonly seat: ViewSeat;
      readonly epoch: number;
      readonly base: number;
      readonly version: number;
      readonly patch: ViewPatch;
    }
  /** The round this client watched is closed (the teacher went back to the menu, or opened another). */
  | { readonly type: 'closed'; readonly epoch: number }
  | ReplyMessage;

export type ReplyMessage = {
  [K in RequestName]:
    | {
        readonly type: 'reply';
        readonly id: number;
        readonly name: K;
        readonly ok: true;
        readonly value: Requests[K]['value'];
      }
    | {
        readonly type: 'reply';
        readonly id: number;
        readonly name: K;
        readonly ok: false;
        readonly refusal: Requests[K]['refusal'] | HostRefusal;
      };
}[RequestName];

/** Why the host did not do what a request asked, whatever the request; each has a `refusal.CODE` message. */
export type HostRefusal =
  | { readonly code: 'noRound'; readonly key: 'refusal.noRound' }
  | { readonly code: 'notYours'; readonly key: 'refusal.notYours'; readonly params: { readonly principal: string } }
  | { readonly code: 'badRequest'; readonly key: 'refusal.badRequest'; readonly params: { readonly detail: string } }
  | { readonly code: 'hostFailed'; readonly key: 'refusal.hostFailed'; readonly params: { readonly detail: string } }
  /** A networked lesson the teacher has paused: the room takes no moves but the teacher's. */
  | { readonly code: 'paused'; readonly key: 'refusal.paused' };

/** One string per seat, to key maps by seat. */
export const seatKey = (seat: ViewSeat): string => (typeof seat === 'object' ? `delegation:${seat.delegation}` : seat);

export const principalKey = (principal: Principal): string =>
  typeof principal === 'object' ? `delegation:${principal.delegation}` : principal;

/** Which views a principal may watch: the projector's is everyone's; a seat's only its own. */
export function mayView(principal: Principal, seat: ViewSeat): boolean {
  if (principal === 'teacher' || seat === 'projector') return true;
  if (principal === 'mediator') return seat === 'mediator';
  if (typeof principal === 'object') return typeof seat === 'object' && seat.delegation === principal.delegation;
  return false;
}
