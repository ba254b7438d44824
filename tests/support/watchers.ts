import { Client } from '../../src/client/client';
import { directTransport } from '../../src/client/direct';
import type { Host } from '../../src/client/host/host';
import type { Principal } from '../../src/client/protocol';
import type { RoundView, ViewSeat } from '../../src/engine/view';

/** A client of `host` for one principal that keeps every view it was delivered for `seat`, in order. */
export function watcher(host: Host, principal: Principal, seat: ViewSeat): { client: Client; views: RoundView[] } {
  const client = new Client(directTransport(host), principal);
  const views: RoundView[] = [];
  client.watch(seat, (view) => views.push(view));
  return { client, views };
}

/** Lets every queued message through (the direct carrier hands them over on microtasks). */
export async function drain(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
}
