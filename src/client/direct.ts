import type { Host } from './host/host';
import type { HostMessage } from './protocol';
import { listeners, type Transport } from './transport';

/** Through JSON, as over a socket: what a carrier moves must survive it. */
const overTheWire = <T>(message: T): T => JSON.parse(JSON.stringify(message)) as T;

/**
 * The in-process carrier: the host runs in the same thread (tests, tools). Each message is copied through
 * JSON and handed over on a later microtask, in order, so that nothing depends on a shared object or on a
 * reply arriving synchronously.
 */
export function directTransport(host: Host): Transport {
  const messages = listeners<HostMessage>();
  const closes = listeners<string>();
  let open = true;
  const connection = host.connect((message) => {
    const copy = overTheWire(message);
    queueMicrotask(() => {
      if (open) messages.emit(copy);
    });
  });
  return {
    send(message) {
      const copy = overTheWire(message);
      queueMicrotask(() => {
        if (open) connection.receive(copy);
      });
    },
    onMessage: messages.add,
    onClose: closes.add,
    close() {
      if (!open) return;
      open = false;
      connection.close();
      closes.emit('closed');
      messages.clear();
      closes.clear();
    },
  };
}
