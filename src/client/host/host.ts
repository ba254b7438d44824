import type { RoundView, ViewSeat } from '../../engine/view';
import { diffView } from '../patch';
import {
  mayView,
  PROTOCOL,
  seatKey,
  type ClientMessage,
  type HostMessage,
  type Principal,
  type RequestMessage,
} from '../protocol';
import type { RequestName } from '../requests';
import type { HostLibrary } from './content';
import { HANDLERS, type HostContext, type Outcome } from './handlers';
import { Room } from './room';

/** One client's end of the host: it takes that client's messages; the host answers through `deliver`. */
export interface HostConnection {
  receive(message: ClientMessage): void;
  close(): void;
}

export interface Host {
  /**
   * A new client. `principal`, when given, is who the carrier has authenticated (a server's seat token)
   * and overrides what the client's hello claims; a page's own worker trusts the page.
   */
  connect(deliver: (message: HostMessage) => void, options?: { readonly principal?: Principal }): HostConnection;
}

interface Watch {
  readonly seat: ViewSeat;
  /** What this client was last sent, to diff against, and in which epoch and version. */
  sent: { readonly view: RoundView; readonly epoch: number; readonly version: number } | null;
}

interface Client {
  principal: Principal | null;
  readonly watches: Map<string, Watch>;
  readonly deliver: (message: HostMessage) => void;
}

/**
 * The side that holds the round (engine ← client ← server): applies intents, makes each seat's view with
 * `viewFor` and delivers it to whoever watches that seat. The same in a page's Web Worker, in process for
 * tests, and later in the classroom server's room.
 */
export function createHost(library: HostLibrary): Host {
  const room = new Room();
  const clients = new Set<Client>();

  const push = (client: Client, watch: Watch, full: boolean): void => {
    const open = room.current;
    const view = room.view(watch.seat);
    if (open === null || view === null) return;
    const { sent } = watch;
    const version = room.version;
    if (!full && sent !== null && sent.epoch === open.epoch && sent.version !== version)
      client.deliver({
        type: 'patch',
        seat: watch.seat,
        epoch: open.epoch,
        base: sent.version,
        version,
        patch: diffView(sent.view, view),
      });
    else if (full || sent === null || sent.epoch !== open.epoch)
      client.deliver({ type: 'view', seat: watch.seat, epoch: open.epoch, version, view });
    watch.sent = { view, epoch: open.epoch, version };
  };

  /** After every change: a round that is gone is said to be closed, then each watcher gets its seat's new view. */
  const broadcast = (): void => {
    const epoch = room.current?.epoch;
    for (const client of clients)
      for (const watch of client.watches.values()) {
        if (watch.sent !== null && watch.sent.epoch !== epoch) {
          client.deliver({ type: 'closed', epoch: watch.sent.epoch });
          watch.sent = null;
        }
        push(client, watch, false);
      }
  };

  const answer = <K extends RequestName>(client: Client, message: Extract<RequestMessage, { name: K }>): void => {
    const ctx: HostContext = { library, room, principal: client.principal ?? 'projector' };
    const before = room.version;
    let outcome: Outcome<K>;
    try {
      outcome = (HANDLERS[message.name] as (c: HostContext, a: unknown) => Outcome<K>)(ctx, message.args);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      outcome = { ok: false, refusal: { code: 'hostFailed', key: 'refusal.hostFailed', params: { detail } } };
    }
    // Views first, then the reply: a client that hears "accepted" already has the view it led to.
    if (room.version !== before) broadcast();
    const reply = outcome.ok
      ? { type: 'reply', id: message.id, name: message.name, ok: true, value: outcome.value }
      : { type: 'reply', id: message.id, name: message.name, ok: false, refusal: outcome.refusal };
    client.deliver(reply as HostMessage);
  };

  return {
    connect(deliver, options = {}) {
      const client: Client = { principal: null, watches: new Map(), deliver };
      clients.add(client);
      return {
        receive(message) {
          if (message.type === 'hello') {
            if (message.protocol !== PROTOCOL) {
              deliver({ type: 'refused', reason: 'protocol', detail: `host speaks ${PROTOCOL}` });
              return;
            }
            client.principal = options.principal ?? message.principal;
            deliver({ type: 'welcome', protocol: PROTOCOL, principal: client.principal });
            return;
          }
          const principal = client.principal;
          if (principal === null) {
            deliver({ type: 'refused', reason: 'notHello', detail: message.type });
            return;
          }
          if (message.type === 'watch') {
            const wanted = new Map(message.seats.filter((s) => mayView(principal, s)).map((s) => [seatKey(s), s]));
            for (const key of client.watches.keys()) if (!wanted.has(key)) client.watches.delete(key);
            for (const [key, seat] of wanted) {
              if (client.watches.has(key)) continue;
              const watch: Watch = { seat, sent: null };
              client.watches.set(key, watch);
              push(client, watch, true);
            }
          } else if (message.type === 'sync') {
            const watch = client.watches.get(seatKey(message.seat));
            if (watch !== undefined) push(client, watch, true);
          } else if (message.type === 'request' && message.name in HANDLERS) answer(client, message);
          else deliver({ type: 'refused', reason: 'badMessage', detail: String((message as { type?: unknown }).type) });
        },
        close: () => void clients.delete(client),
      };
    },
  };
}
