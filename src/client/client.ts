import type { RoundView, ViewSeat } from '../engine/view';
import { applyPatch } from './patch';
import { PROTOCOL, seatKey, type HostMessage, type HostRefusal, type Principal } from './protocol';
import type { RequestName, Requests } from './requests';
import { listeners, type Transport } from './transport';

export type Reply<K extends RequestName> =
  | { readonly ok: true; readonly value: Requests[K]['value'] }
  | { readonly ok: false; readonly refusal: Requests[K]['refusal'] | HostRefusal };

interface Held {
  readonly epoch: number;
  readonly version: number;
  readonly view: RoundView;
}

/**
 * The one API screens use (DESIGN §5): intents out as requests, views in per seat. Views are gated on
 * version: a patch whose base is not the view held is dropped and the whole view asked for again.
 */
export class Client {
  private next = 1;
  private readonly pending = new Map<number, (reply: Reply<RequestName>) => void>();
  private readonly held = new Map<string, Held>();
  private readonly watchers = new Map<string, { seat: ViewSeat; fns: Set<(view: RoundView) => void> }>();
  private readonly closed = listeners<number>();
  private readonly off: (() => void)[];
  private failure: string | null = null;

  constructor(
    private readonly transport: Transport,
    readonly principal: Principal,
  ) {
    this.off = [transport.onMessage((m) => this.receive(m)), transport.onClose((reason) => this.fail(reason))];
    transport.send({ type: 'hello', protocol: PROTOCOL, principal });
  }

  /** Some request has no answer yet (tests and the bench wait for this to be false before they look). */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** Asks the host; never rejects: a refusal, or `hostFailed` when the carrier is gone. */
  request<K extends RequestName>(name: K, args: Requests[K]['args']): Promise<Reply<K>> {
    if (this.failure !== null) return Promise.resolve(this.failed(this.failure));
    const id = this.next++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve as (reply: Reply<RequestName>) => void);
      this.transport.send({ type: 'request', id, name, args } as never);
    });
  }

  /** Calls `fn` with the seat's view now (if held) and after every change, until the returned function is called. */
  watch(seat: ViewSeat, fn: (view: RoundView) => void): () => void {
    const key = seatKey(seat);
    let entry = this.watchers.get(key);
    if (entry === undefined) {
      entry = { seat, fns: new Set() };
      this.watchers.set(key, entry);
      this.sendWatch();
    }
    entry.fns.add(fn);
    const held = this.held.get(key);
    if (held !== undefined) fn(held.view);
    return () => {
      const e = this.watchers.get(key);
      if (e === undefined) return;
      e.fns.delete(fn);
      if (e.fns.size > 0) return;
      this.watchers.delete(key);
      this.held.delete(key);
      this.sendWatch();
    };
  }

  /** The last view of a watched seat, or null before it arrives. */
  view(seat: ViewSeat): RoundView | null {
    return this.held.get(seatKey(seat))?.view ?? null;
  }

  /** Resolves with a watched seat's view of `epoch` once it is here (at once when it already is). */
  viewOf(seat: ViewSeat, epoch: number): Promise<RoundView> {
    return new Promise((resolve) => {
      const stop = this.watch(seat, (view) => {
        if ((this.held.get(seatKey(seat))?.epoch ?? -1) < epoch) return;
        queueMicrotask(() => stop());
        resolve(view);
      });
    });
  }

  /** The host closed a round (another opened, or it went back to the menu). */
  onClosed(fn: (epoch: number) => void): () => void {
    return this.closed.add(fn);
  }

  close(): void {
    for (const off of this.off) off();
    this.transport.close();
    this.fail('closed');
  }

  private sendWatch(): void {
    this.transport.send({ type: 'watch', seats: [...this.watchers.values()].map((w) => w.seat) });
  }

  private receive(message: HostMessage): void {
    switch (message.type) {
      case 'reply': {
        const resolve = this.pending.get(message.id);
        this.pending.delete(message.id);
        resolve?.(message.ok ? { ok: true, value: message.value } : { ok: false, refusal: message.refusal });
        return;
      }
      case 'view':
        this.hold(message.seat, { epoch: message.epoch, version: message.version, view: message.view });
        return;
      case 'patch': {
        const held = this.held.get(seatKey(message.seat));
        if (held === undefined || held.epoch !== message.epoch || held.version !== message.base) {
          this.transport.send({ type: 'sync', seat: message.seat });
          return;
        }
        const view = applyPatch(held.view, message.patch);
        this.hold(message.seat, { epoch: message.epoch, version: message.version, view });
        return;
      }
      case 'closed':
        for (const [key, held] of this.held) if (held.epoch === message.epoch) this.held.delete(key);
        this.closed.emit(message.epoch);
        return;
      case 'refused':
        this.fail(`the host refused: ${message.reason} (${message.detail})`);
        return;
      case 'welcome':
        return;
    }
  }

  private hold(seat: ViewSeat, held: Held): void {
    const key = seatKey(seat);
    const entry = this.watchers.get(key);
    if (entry === undefined) return;
    this.held.set(key, held);
    // A copy: a listener may stop watching while it is called.
    for (const fn of Array.from(entry.fns)) fn(held.view);
  }

  private failed(detail: string): Reply<never> {
    return { ok: false, refusal: { code: 'hostFailed', key: 'refusal.hostFailed', params: { detail } } };
  }

  private fail(reason: string): void {
    if (this.failure !== null) return;
    this.failure = reason;
    for (const resolve of this.pending.values()) resolve(this.failed(reason));
    this.pending.clear();
  }
}
