import type { ClientMessage, HostMessage } from '../protocol';
import { bundledLibrary } from './bundled';
import { createHost } from './host';

/** The worker's global, as far as this module uses it (the project's lib is the page's, not WebWorker). */
interface WorkerScope {
  postMessage(message: HostMessage): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ClientMessage>) => void): void;
  addEventListener(type: 'securitypolicyviolation', listener: (e: SecurityPolicyViolationEvent) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
// The worker's script is served under the game's Content-Security-Policy (issue 20), and a violation in it
// is reported to the worker, not to the page: noted here, where the browser tests read it.
const violations: string[] = [];
Reflect.set(globalThis, '__astanaViolations', violations);
scope.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
// One page, one connection: the page is the device that runs the round.
// A worker's postMessage has no target origin: the rule is for windows.
// oxlint-disable-next-line unicorn/require-post-message-target-origin
const connection = createHost(bundledLibrary()).connect((message) => scope.postMessage(message));
scope.addEventListener('message', (e) => connection.receive(e.data));
