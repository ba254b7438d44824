import type { HostMessage } from './protocol';
import { listeners, type Transport } from './transport';

/**
 * The page's carrier: the host runs in a Web Worker (host/worker.ts), off the main thread, so the DOM and
 * the table scene never wait for the engine. Messages are structured clones of plain JSON.
 */
export function workerTransport(worker: Worker): Transport {
  const messages = listeners<HostMessage>();
  const closes = listeners<string>();
  let open = true;
  const fail = (reason: string): void => {
    if (!open) return;
    open = false;
    worker.terminate();
    closes.emit(reason);
  };
  worker.addEventListener('message', (e: MessageEvent<HostMessage>) => {
    if (open) messages.emit(e.data);
  });
  worker.addEventListener('error', (e) => fail(e.message || 'the engine worker failed'));
  worker.addEventListener('messageerror', () => fail('a message could not be read'));
  return {
    send(message) {
      // A worker's postMessage has no target origin: the rule is for windows.
      // oxlint-disable-next-line unicorn/require-post-message-target-origin
      if (open) worker.postMessage(message);
    },
    onMessage: messages.add,
    onClose: closes.add,
    close: () => fail('closed'),
  };
}

/** The game's own host in a Vite worker module: started at once, loaded while the menu is already usable. */
export const startWorkerHost = (): Transport =>
  workerTransport(new Worker(new URL('./host/worker.ts', import.meta.url), { type: 'module', name: 'astana-host' }));
