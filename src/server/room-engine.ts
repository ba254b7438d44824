import type { ViewSeat } from '../engine/view';
import type { RoomSetup } from '../client/classroom-protocol';
import { createHost, type HostConnection } from '../client/host/host';
import {
  PROTOCOL,
  principalKey,
  seatKey,
  type HostMessage,
  type HostRefusal,
  type Principal,
  type ReplyMessage,
  type RequestMessage,
} from '../client/protocol';
import type { Opened, RequestName, Requests } from '../client/requests';
import type { RoomDeps } from './room-deps';
import type { ClassroomState } from './room-state';
import type { StoredEntry } from './room-store';
import { SeatViews } from './seat-views';

interface Connection {
  readonly conn: HostConnection;
  readonly principal: Principal;
  readonly deliver: (message: HostMessage) => void;
  /** The host answers at once; replies wait here until the room has written and sent the change. */
  readonly outbox: HostMessage[];
}

const refusal = (message: RequestMessage, refused: HostRefusal): ReplyMessage =>
  ({ type: 'reply', id: message.id, name: message.name, ok: false, refusal: refused }) as ReplyMessage;

/**
 * The engine side of a room: the host (the same one a page runs in its worker) with one round, an internal
 * watcher of every seat that writes the views into the state, one host connection per device with the
 * principal the server authenticated, and the room's file. A new room writes its set-up first; a resumed
 * one plays its file again, move by move, through the same host.
 */
export class RoomEngine {
  readonly setup: RoomSetup;
  private readonly host;
  private readonly internal: HostConnection;
  private readonly views: SeatViews;
  private readonly connections = new Map<string, Connection>();
  private captured: ReplyMessage | null = null;
  private epoch = 0;
  private seats: readonly ViewSeat[] = [];
  /** Seats some device watches (and the projector's, whose roster the join screen reads): the views kept up. */
  private readonly needed = new Map<string, number>([['projector', 1]]);
  private next = 1;
  /** The seats nobody took have gone to the computer (at the start of the consultations). */
  private handed = false;

  constructor(
    private readonly code: string,
    private readonly state: ClassroomState,
    private readonly deps: RoomDeps,
    fresh: RoomSetup | undefined,
  ) {
    const stored = fresh === undefined ? deps.store.read(code) : null;
    if (fresh === undefined && stored === null) throw new Error(`no room ${code} in ${deps.store.dir}`);
    this.setup = fresh ?? (stored as NonNullable<typeof stored>).setup;
    if (fresh !== undefined) deps.store.create(code, fresh);
    this.views = new SeatViews(state);
    this.host = createHost(deps.library);
    // The internal connection watches nothing: after each change the room asks the host for the views it
    // needs (made once per change and seat, by `viewFor`), so no patch is taken only to be applied again.
    this.internal = this.host.connect((message) => {
      if (message.type === 'reply') this.captured = message;
    });
    this.internal.receive({ type: 'hello', protocol: PROTOCOL, principal: 'teacher' });
    const opened = this.ask('start', {
      round: this.setup.round,
      seed: this.setup.seed,
      difficulty: this.setup.difficulty,
      seats: this.setup.controllers,
    });
    this.epoch = opened.epoch;
    this.seats = ['teacher', 'mediator', 'projector', ...opened.content.delegations.map((d) => ({ delegation: d }))];
    state.clock.limitMs = this.setup.minutes * 60_000;
    for (const entry of stored?.entries ?? []) this.resume(entry);
    this.refresh();
    const phase = this.publicView()?.phase;
    this.handed = phase !== 'briefing' && phase !== 'opening';
  }

  /** One entry of the room's file, again. A move the round refuses now means the file is not this round's. */
  private resume(entry: StoredEntry): void {
    if (entry.kind === 'act') this.ask('act', { action: entry.action });
    else if (entry.kind === 'fork') this.epoch = this.ask('fork', { upTo: entry.upTo }).epoch;
    else if (entry.kind === 'clock') {
      this.state.clock.usedMs = entry.usedMs;
      this.state.clock.paused = entry.paused;
    }
  }

  private ask<K extends RequestName>(name: K, args: Requests[K]['args']): Requests[K]['value'] {
    this.captured = null;
    this.internal.receive({ type: 'request', id: this.next++, name, args } as RequestMessage);
    const reply = this.captured as ReplyMessage | null;
    if (reply === null || !reply.ok)
      throw new Error(`room ${this.code}: ${name} ${JSON.stringify(args)} refused: ${JSON.stringify(reply)}`);
    return reply.value as Requests[K]['value'];
  }

  /** The projector's view: public, enough for who holds which seat and what the round's phase is. */
  publicView() {
    return this.views.view('projector');
  }

  /** The teacher's view now (made for the asking when no device watches it: the signed record). */
  teacherView() {
    if (!this.views.has('teacher')) this.write(['teacher']);
    return this.views.view('teacher');
  }

  /** A device starts or stops watching a seat; a seat's view is made for the first watcher and kept up after. */
  watching(key: string, on: boolean): void {
    const count = (this.needed.get(key) ?? 0) + (on ? 1 : -1);
    if (count > 0) this.needed.set(key, count);
    else this.needed.delete(key);
    if (on && count === 1) this.write(this.seats.filter((s) => seatKey(s) === key));
  }

  /** After a change: every needed seat's view, into the state. */
  refresh(): void {
    this.write(this.seats.filter((s) => this.needed.has(seatKey(s))));
  }

  private write(seats: readonly ViewSeat[]): void {
    if (seats.length === 0) return;
    const views = this.ask('views', { seats });
    seats.forEach((seat, i) => {
      const view = views[i];
      if (view !== undefined) this.views.write(seat, this.epoch, view);
    });
  }

  connect(session: string, principal: Principal, deliver: (message: HostMessage) => void): void {
    const outbox: HostMessage[] = [];
    const conn = this.host.connect((message) => outbox.push(message), { principal });
    conn.receive({ type: 'hello', protocol: PROTOCOL, principal });
    outbox.length = 0;
    this.connections.get(session)?.conn.close();
    this.connections.set(session, { conn, principal, deliver, outbox });
  }

  disconnect(session: string): void {
    this.connections.get(session)?.conn.close();
    this.connections.delete(session);
  }

  /**
   * A device's request, through its own host connection. True when it changed the round: then the move is
   * already in the room's file, and the caller sends the new views before `flush` sends the reply.
   */
  request(session: string, message: RequestMessage, principal: Principal, usedMs: number): boolean {
    const c = this.connections.get(session);
    if (c === undefined) return false;
    c.conn.receive(message);
    const reply = c.outbox.find((m): m is ReplyMessage => m.type === 'reply' && m.id === message.id);
    if (reply?.ok !== true) return false;
    if (message.name === 'act')
      this.store({ kind: 'act', action: message.args.action, by: principalKey(principal), usedMs });
    else if (message.name === 'fork') {
      this.store({ kind: 'fork', upTo: message.args.upTo });
      this.epoch = (reply.value as Opened).epoch;
    } else return false;
    return true;
  }

  /**
   * When the consultations open, a students' seat that no device holds goes to the computer (the same
   * delegation machine as in single play), as a move of the record like any hand-over; the teacher can hand
   * it back. Once a round: a resumed room has already done it if its file is past the opening.
   */
  handEmptySeats(held: ReadonlySet<string>, usedMs: number): boolean {
    if (this.handed) return false;
    const [view] = this.ask('views', { seats: ['projector'] });
    if (view === undefined || view.phase === 'briefing' || view.phase === 'opening') return false;
    this.handed = true;
    for (const d of view.delegations) {
      if (d.controller !== 'human' || held.has(`delegation:${d.id}`)) continue;
      const action = `hand ${d.id} ai`;
      this.captured = null;
      this.internal.receive({ type: 'request', id: this.next++, name: 'act', args: { action } });
      if ((this.captured as ReplyMessage | null)?.ok === true) this.store({ kind: 'act', action, by: 'room', usedMs });
    }
    return true;
  }

  flush(session: string): void {
    const c = this.connections.get(session);
    if (c === undefined) return;
    for (const message of c.outbox.splice(0)) c.deliver(message);
  }

  store(entry: StoredEntry): void {
    this.deps.store.append(this.code, entry);
  }

  notYours(message: RequestMessage, principal: Principal): ReplyMessage {
    return refusal(message, {
      code: 'notYours',
      key: 'refusal.notYours',
      params: { principal: principalKey(principal) },
    });
  }

  paused(message: RequestMessage): ReplyMessage {
    return refusal(message, { code: 'paused', key: 'refusal.paused' });
  }

  dispose(): void {
    for (const c of this.connections.values()) c.conn.close();
    this.connections.clear();
    this.internal.close();
  }
}

export type { Opened };
