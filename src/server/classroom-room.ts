import { Room, type AuthContext, type Client, type ClientPrivate } from '@colyseus/core';
import { StateView } from '@colyseus/schema';
import {
  CLOSE_REFUSED,
  GRACE_SECONDS,
  type JoinOptions,
  type RefusedReason,
  type RoomMessages,
  type RoomSetup,
} from '../client/classroom-protocol';
import { signRecord } from '../client/host/signature';
import { mayView, principalKey, seatKey, type HostMessage, type Principal } from '../client/protocol';
import { tokenCode } from './keys';
import { FloodGate } from './flood';
import { RoomEngine } from './room-engine';
import { mayRequest, principalFor, summaryOf } from './room-rules';
import { ClassroomState, Device } from './room-state';
import { roomDeps } from './room-deps';
import { joinOptions, validators } from './validators';

interface Holder {
  readonly principal: Principal;
  readonly name: string;
  readonly gate: FloodGate;
  readonly watching: Set<string>;
  /** Sent away (flooding, malformed): no seat is kept for it. */
  refused: boolean;
}

type Auth = { readonly teacherOf: string | null };
type Created = { readonly code: string; readonly setup?: RoomSetup };

/**
 * A classroom on the network (issue 15): one round, run by the engine on the server, and the devices around
 * it. The room id is the join code, so a server started again after a kill resumes each room under the same
 * id from its file in the data folder.
 */
export class ClassroomRoom extends Room<ClassroomState, unknown, Holder, Auth> {
  private engine!: RoomEngine;
  private tickAt = 0;
  private sinceClockLine = 0;
  private dirty = false;
  private settling = false;
  /** Devices whose replies wait for the views of the change they made. */
  private readonly waiting = new Set<string>();
  /** The device whose message is being read, so that a validator's refusal names it and sends it away for good. */
  private sender: Client<Holder, Auth> | null = null;

  static override async onAuth(token: string, options: unknown, _context: AuthContext): Promise<Auth> {
    const asked = joinOptions.safeParse(options);
    if (asked.success && asked.data.role === 'teacher') {
      const code = tokenCode(roomDeps().keys, token);
      // A falsy answer is Colyseus's AUTH_FAILED: the join is refused before it reaches a room.
      if (code !== asked.data.code) throw new Error("this device does not have the teacher's token for this room");
      return { teacherOf: code };
    }
    return { teacherOf: null };
  }

  override onCreate(options: Created): void {
    const deps = roomDeps();
    this.roomId = options.code;
    this.autoDispose = false;
    this.state = new ClassroomState();
    this.state.code = options.code;
    this.engine = new RoomEngine(options.code, this.state, deps, options.setup);
    this.state.round = this.engine.setup.round;
    void this.setMetadata(summaryOf(options.code, this.engine.setup, this.engine.teacherView()));
    const v = validators((line) => {
      const holder = this.sender?.userData;
      if (holder !== undefined) holder.refused = true;
      this.log(`${holder === undefined ? 'a device' : `${principalKey(holder.principal)} (${holder.name})`} ${line}`);
    });
    this.onMessage('request', (client, m) => this.guarded(client, () => this.request(client, m)), v.request);
    this.onMessage('watch', (client, m) => this.guarded(client, () => this.watch(client, m)), v.watch);
    this.onMessage('clock', (client, m) => this.guarded(client, () => this.setClock(client, m)), v.clock);
    this.onMessage('signedRecord', (client, m) => this.guarded(client, () => this.signed(client, m)), v.signedRecord);
    this.onMessage('end', (client) => this.guarded(client, () => this.end(client)), v.end);
    this.onMessage('*', (client, type) =>
      this.guarded(client, () => this.refuse(client, 'malformed', `no message '${String(type)}'`)),
    );
    this.tickAt = Date.now();
    this.clock.setInterval(() => this.tick(), 1000);
  }

  // Colyseus's own name for the hook that reads every message; overridden only to know who sent it.
  // oxlint-disable-next-line no-underscore-dangle
  protected override _onMessage(client: Client<Holder, Auth> & ClientPrivate, buffer: Buffer): void {
    this.sender = client;
    try {
      // oxlint-disable-next-line no-underscore-dangle
      super._onMessage(client, buffer);
    } finally {
      this.sender = null;
    }
  }

  override onJoin(client: Client<Holder, Auth>, options: JoinOptions, auth: Auth): void {
    const parsed = joinOptions.safeParse(options);
    if (!parsed.success) throw new Error('malformed join options');
    const { principal, name } = principalFor(
      parsed.data,
      auth.teacherOf,
      summaryOf(this.state.code, this.engine.setup, this.engine.publicView()),
    );
    client.userData = { principal, name, gate: new FloodGate(), watching: new Set(), refused: false };
    client.view = new StateView();
    // A message over the size limit closes the socket with an error before any handler reads it.
    client.ref.on('error', (error: Error) => {
      (client.userData as Holder).refused = true;
      this.log(`refused ${principalKey(principal)} (${name}): ${error.message}`);
    });
    this.engine.connect(client.sessionId, principal, (message) => this.deliver(client, message));
    const device = new Device();
    device.name = name;
    device.seat = principalKey(principal);
    this.state.devices.set(client.sessionId, device);
    this.log(`${name} joined as ${principalKey(principal)}`);
  }

  override async onLeave(client: Client<Holder, Auth>, consented: boolean): Promise<void> {
    const device = this.state.devices.get(client.sessionId);
    if (device !== undefined) device.connected = false;
    const holder = client.userData;
    if (!consented && holder?.refused !== true) {
      try {
        // STYLE (b) 2: the seat, the view and the auth wait for the same device for the grace period.
        const back = await this.allowReconnection(client, GRACE_SECONDS);
        // The seats' views are given again on the device's next watch, to a view of its own: a carried-over
        // StateView's seats reach a reconnected decoder only in part (schema 3.0), and it then fails on them.
        back.view = new StateView();
        if (holder !== undefined) this.unwatchAll(holder);
        if (device !== undefined) device.connected = true;
        this.log(`${holder?.name ?? '?'} came back`);
        return;
      } catch {
        this.log(`${holder?.name ?? '?'} did not come back within ${GRACE_SECONDS} s`);
      }
    }
    this.state.devices.delete(client.sessionId);
    if (holder !== undefined) this.unwatchAll(holder);
    this.engine.disconnect(client.sessionId);
  }

  private unwatchAll(holder: Holder): void {
    for (const key of holder.watching) this.engine.watching(key, false);
    holder.watching.clear();
  }

  override onDispose(): void {
    this.engine.dispose();
  }

  private log(line: string): void {
    roomDeps().log(`room ${this.state.code}: ${line}`);
  }

  /** Every message counts against the device's flood gate first; a device past it is sent away. */
  private guarded(client: Client<Holder, Auth>, fn: () => void): void {
    const holder = client.userData;
    if (holder === undefined || holder.refused) return;
    if (!holder.gate.take(Date.now())) {
      this.refuse(client, 'flood', 'too many messages');
      holder.refused = true;
      client.leave(CLOSE_REFUSED);
      return;
    }
    fn();
  }

  private refuse(client: Client<Holder, Auth>, reason: RefusedReason, detail: string): void {
    const who = client.userData === undefined ? client.sessionId : principalKey(client.userData.principal);
    this.log(`refused ${who} (${client.userData?.name ?? '?'}): ${reason}, ${detail}`);
    client.send('refused', { reason, detail });
  }

  private deliver(client: Client<Holder, Auth>, message: HostMessage): void {
    // Views go through the state; a device's own host connection only answers its requests.
    if (message.type === 'reply') client.send('reply', message);
  }

  private request(client: Client<Holder, Auth>, message: RoomMessages['request']): void {
    const { principal } = client.userData as Holder;
    if (!mayRequest(principal, message.name)) {
      this.refuse(client, 'notYours', message.name);
      client.send('reply', this.engine.notYours(message, principal));
      return;
    }
    if (message.name === 'act' && this.state.clock.paused && principal !== 'teacher') {
      client.send('reply', this.engine.paused(message));
      return;
    }
    const accepted = this.engine.request(client.sessionId, message, principal, this.state.clock.usedMs);
    if (accepted) {
      const held = new Set([...this.state.devices.values()].map((d) => d.seat));
      this.engine.handEmptySeats(held, this.state.clock.usedMs);
      this.dirty = true;
    }
    this.waiting.add(client.sessionId);
    if (!this.settling) {
      this.settling = true;
      setImmediate(() => this.settle());
    }
  }

  /**
   * Once the messages that came together are handled: the views of every watched seat made once for all
   * of them, sent, and then the replies. The moves are on disk already; a device that hears "accepted" has
   * the view its move led to.
   */
  private settle(): void {
    this.settling = false;
    if (this.dirty) {
      this.dirty = false;
      this.engine.refresh();
      this.broadcastPatch();
      void this.setMetadata(summaryOf(this.state.code, this.engine.setup, this.engine.publicView()));
    }
    for (const session of this.waiting) this.engine.flush(session);
    this.waiting.clear();
  }

  private watch(client: Client<Holder, Auth>, message: RoomMessages['watch']): void {
    const holder = client.userData as Holder;
    const view = client.view as StateView;
    const wanted = new Set(message.seats.filter((s) => mayView(holder.principal, s)).map(seatKey));
    for (const key of holder.watching)
      if (!wanted.has(key)) {
        const seat = this.state.views.get(key);
        if (seat !== undefined) view.remove(seat);
        holder.watching.delete(key);
        this.engine.watching(key, false);
      }
    for (const key of wanted) {
      if (holder.watching.has(key)) continue;
      this.engine.watching(key, true);
      const seat = this.state.views.get(key);
      if (seat === undefined) continue;
      view.add(seat);
      holder.watching.add(key);
    }
  }

  private teacherOnly(client: Client<Holder, Auth>, what: string): boolean {
    if (client.userData?.principal === 'teacher') return true;
    this.refuse(client, 'notYours', what);
    return false;
  }

  private setClock(client: Client<Holder, Auth>, { paused }: RoomMessages['clock']): void {
    if (!this.teacherOnly(client, 'clock')) return;
    this.tick();
    this.state.clock.paused = paused;
    this.engine.store({ kind: 'clock', paused, usedMs: this.state.clock.usedMs });
    this.broadcastPatch();
  }

  private signed(client: Client<Holder, Auth>, { id }: RoomMessages['signedRecord']): void {
    if (!this.teacherOnly(client, 'signedRecord')) return;
    const record = this.engine.teacherView()?.record;
    if (record === null || record === undefined) return;
    const text = `${JSON.stringify(signRecord(record, roomDeps().keys.secretKey), null, 2)}\n`;
    client.send('signedRecord', { id, text });
  }

  private end(client: Client<Holder, Auth>): void {
    if (!this.teacherOnly(client, 'end')) return;
    this.tick();
    this.engine.store({ kind: 'clock', paused: this.state.clock.paused, usedMs: this.state.clock.usedMs });
    this.engine.store({ kind: 'closed' });
    this.log('the teacher ended the lesson');
    this.broadcast('ended', {});
    void this.disconnect();
  }

  /** The lesson clock counts on the server; a line a minute keeps it on disk too. */
  private tick(): void {
    const now = Date.now();
    const elapsed = now - this.tickAt;
    this.tickAt = now;
    const { clock } = this.state;
    if (clock.paused) return;
    clock.usedMs = Math.min(0xffffffff, clock.usedMs + elapsed);
    this.sinceClockLine += elapsed;
    if (this.sinceClockLine >= 60_000) {
      this.sinceClockLine = 0;
      this.engine.store({ kind: 'clock', paused: false, usedMs: clock.usedMs });
    }
  }
}
