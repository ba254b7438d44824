import type { ClientMessage, HostMessage } from '../protocol';
import { bundledLibrary } from './bundled';
import { createHost } from './host';

/** The worker's global, as far as this module uses it (the project's lib is the page's, not WebWorker). */
interface WorkerScope {
  postMessage(message: HostMessage): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ClientMessage>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
// One page, one connection: the page is the device that runs the round.
// A worker's postMessage has no target origin: the rule is for windows.
// oxlint-disable-next-line unicorn/require-post-message-target-origin
const connection = createHost(bundledLibrary()).connect((message) => scope.postMessage(message));
scope.addEventListener('message', (e) => connection.receive(e.data));
