import { Client as ColyseusClient, type Room } from 'colyseus.js';
import type { RoundView, ViewSeat } from '../engine/view';
import {
  CLOSE_REFUSED,
  GRACE_SECONDS,
  type ClockInfo,
  type DeviceInfo,
  type JoinOptions,
  type RefusedReason,
  type RoomMessages,
  type ServerMessages,
} from './classroom-protocol';
import { PROTOCOL, seatKey, type HostMessage, type Principal, type ReplyMessage } from './protocol';
import { listeners, type Transport } from './transport';

/** The room's state as colyseus.js decodes it (by reflection: the page needs none of the server's classes). */
interface SeatState {
  readonly epoch: number;
  readonly version: number;
  readonly head: string;
  readonly log: Iterable<string>;
  readonly versions: Iterable<string>;
}
interface StateMap<T> {
  forEach(fn: (value: T, key: string) => void): void;
}
interface RoomState {
  readonly code: string;
  readonly clock: ClockInfo;
  readonly devices: StateMap<DeviceInfo>;
  readonly views?: StateMap<SeatState>;
}

export type LinkStatus = 'connected' | 'reconnecting' | 'ended' | 'refused' | 'lost';

/** What a networked screen needs besides views: the room's roster, its clock, and the teacher's controls. */
export interface RoomLink {
  readonly code: string;
  readonly principal: Principal;
  /** The name this device joined with ('' for the teacher and the projector). */
  readonly name: string;
  readonly status: LinkStatus;
  devices(): readonly DeviceInfo[];
  clock(): ClockInfo;
  /** Called after each change of the roster, the clock or the connection. */
  onChange(fn: () => void): () => void;
  setPaused(paused: boolean): void;
  /** The room's record signed by the server, as a file's text; null if the room could not say. */
  signedRecord(): Promise<string | null>;
  /** Teacher only: ends the lesson for every device. */
  end(): void;
  /** The last message the server refused from this device, for a status line. */
  readonly refused: { readonly reason: RefusedReason; readonly detail: string } | null;
}

/** A view from its state: the head's JSON with the log and versions put back in their places. */
export function viewOfState(seat: SeatState): RoundView {
  const view = JSON.parse(seat.head) as Record<string, unknown>;
  view.log = [...seat.log].map((line) => JSON.parse(line) as unknown);
  view.versions = [...seat.versions].map((line) => JSON.parse(line) as unknown);
  return view as unknown as RoundView;
}

const seatOfKey = (key: string): ViewSeat =>
  key.startsWith('delegation:') ? ({ delegation: key.slice(11) } as ViewSeat) : (key as ViewSeat);

const principalOf = (options: JoinOptions): Principal =>
  options.role === 'seat' ? (options.seat === 'mediator' ? 'mediator' : { delegation: options.seat }) : options.role;

/**
 * The network's carrier (issue 15): the same `Transport` as the page's worker, over a Colyseus room. Views
 * arrive as the room's state (each seat's `SeatView`, present only when the server has put it in this
 * device's `StateView`) and are handed to the client as whole views; requests go as room messages and
 * replies come back the same way. A dropped connection is taken up again within the grace period (the
 * same seat, the same view); after a server restart, the device joins its room again with the same seat.
 */
export class ColyseusLink implements Transport, RoomLink {
  readonly principal: Principal;
  status: LinkStatus = 'connected';
  refused: RoomLink['refused'] = null;
  private readonly messages = listeners<HostMessage>();
  private readonly closes = listeners<string>();
  private readonly changes = listeners<null>();
  private readonly pending = new Map<number, ReplyMessage['name']>();
  private readonly shown = new Map<string, { epoch: number; version: number }>();
  private readonly signing = new Map<number, (text: string | null) => void>();
  private watched: readonly ViewSeat[] = [];
  private epoch = 0;
  private nextSign = 1;
  private leaving = false;
  private ended = false;

  private constructor(
    private readonly client: ColyseusClient,
    private room: Room<RoomState>,
    private readonly options: JoinOptions,
  ) {
    this.principal = principalOf(options);
    this.bind(room);
  }

  /** Joins the room with the code; the teacher's token goes as the Bearer token Colyseus's `onAuth` reads. */
  static async join(endpoint: string, options: JoinOptions, token?: string): Promise<ColyseusLink> {
    const client = new ColyseusClient(endpoint);
    if (token !== undefined) client.auth.token = token;
    const room = await client.joinById<RoomState>(options.code, options);
    return new ColyseusLink(client, room, options);
  }

  get code(): string {
    return this.options.code;
  }

  get name(): string {
    return this.options.role === 'seat' ? this.options.name.trim() : '';
  }

  private bind(room: Room<RoomState>): void {
    this.room = room;
    room.onStateChange((state) => this.sync(state));
    room.onMessage('reply', (message: ServerMessages['reply']) => {
      this.pending.delete(message.id);
      this.messages.emit(message);
    });
    room.onMessage('signedRecord', ({ id, text }: ServerMessages['signedRecord']) => {
      this.signing.get(id)?.(text);
      this.signing.delete(id);
    });
    room.onMessage('refused', (message: ServerMessages['refused']) => {
      this.refused = message;
      this.changes.emit(null);
    });
    room.onMessage('ended', () => {
      this.ended = true;
    });
    room.onLeave((code) => void this.left(code));
    if (this.watched.length > 0) room.send('watch', { seats: this.watched } satisfies RoomMessages['watch']);
  }

  private sync(state: RoomState): void {
    state.views?.forEach((seat, key) => {
      const was = this.shown.get(key);
      if (was !== undefined && was.epoch === seat.epoch && was.version === seat.version) return;
      if (seat.head === '') return;
      if (seat.epoch > this.epoch) {
        if (this.epoch > 0) this.messages.emit({ type: 'closed', epoch: this.epoch });
        this.epoch = seat.epoch;
      }
      this.shown.set(key, { epoch: seat.epoch, version: seat.version });
      this.messages.emit({
        type: 'view',
        seat: seatOfKey(key),
        epoch: seat.epoch,
        version: seat.version,
        view: viewOfState(seat),
      });
    });
    this.changes.emit(null);
  }

  private async left(code: number): Promise<void> {
    this.failPending('the connection to the classroom was lost');
    if (this.leaving || this.ended || code === CLOSE_REFUSED) {
      this.finish(this.ended ? 'ended' : code === CLOSE_REFUSED ? 'refused' : 'lost');
      return;
    }
    this.status = 'reconnecting';
    this.changes.emit(null);
    const token = this.room.reconnectionToken;
    const until = Date.now() + GRACE_SECONDS * 1000;
    for (let attempt = 0; Date.now() < until && !this.leaving; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 500 * 2 ** Math.min(attempt, 3))));
      try {
        // The same seat with its view, if the room still waits for us; else the same seat again by code
        // (the server was started again and resumed the room from its file).
        const room = await this.client
          .reconnect<RoomState>(token)
          .catch(() => this.client.joinById<RoomState>(this.options.code, this.options));
        this.shown.clear();
        this.status = 'connected';
        this.bind(room);
        this.changes.emit(null);
        return;
      } catch {
        // Not yet: the server may still be starting.
      }
    }
    this.finish('lost');
  }

  private finish(status: LinkStatus): void {
    this.status = status;
    this.changes.emit(null);
    this.closes.emit(status);
  }

  private failPending(detail: string): void {
    for (const [id, name] of this.pending)
      this.messages.emit({
        type: 'reply',
        id,
        name,
        ok: false,
        refusal: { code: 'hostFailed', key: 'refusal.hostFailed', params: { detail } },
      } as ReplyMessage);
    this.pending.clear();
  }

  send(message: Parameters<Transport['send']>[0]): void {
    if (message.type === 'hello') {
      queueMicrotask(() => this.messages.emit({ type: 'welcome', protocol: PROTOCOL, principal: this.principal }));
      return;
    }
    if (message.type === 'watch') {
      this.watched = message.seats;
      this.room.send('watch', { seats: message.seats } satisfies RoomMessages['watch']);
      return;
    }
    if (message.type === 'sync') {
      this.shown.delete(seatKey(message.seat));
      this.sync(this.room.state);
      return;
    }
    if (this.status !== 'connected') {
      this.pending.set(message.id, message.name);
      this.failPending('the classroom is reconnecting');
      return;
    }
    this.pending.set(message.id, message.name);
    this.room.send('request', message);
  }

  onMessage = (fn: (message: HostMessage) => void): (() => void) => this.messages.add(fn);
  onClose = (fn: (reason: string) => void): (() => void) => this.closes.add(fn);
  onChange = (fn: () => void): (() => void) => this.changes.add(() => fn());

  devices(): readonly DeviceInfo[] {
    const out: DeviceInfo[] = [];
    this.room.state.devices?.forEach((d) => out.push({ name: d.name, seat: d.seat, connected: d.connected }));
    return out;
  }

  clock(): ClockInfo {
    const c = this.room.state.clock;
    return { limitMs: c?.limitMs ?? 0, usedMs: c?.usedMs ?? 0, paused: c?.paused ?? false };
  }

  setPaused(paused: boolean): void {
    this.room.send('clock', { paused } satisfies RoomMessages['clock']);
  }

  signedRecord(): Promise<string | null> {
    const id = this.nextSign++;
    return new Promise((resolve) => {
      this.signing.set(id, resolve);
      this.room.send('signedRecord', { id } satisfies RoomMessages['signedRecord']);
      setTimeout(() => {
        if (this.signing.delete(id)) resolve(null);
      }, 10_000);
    });
  }

  end(): void {
    this.room.send('end', {});
  }

  close(): void {
    if (this.leaving) return;
    this.leaving = true;
    void this.room.leave(true).catch(() => undefined);
    this.finish('lost');
    this.messages.clear();
  }
}
