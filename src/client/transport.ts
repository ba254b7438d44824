import type { ClientMessage, HostMessage } from './protocol';

/**
 * One contract, several carriers (STYLE (a) 1): the client holds a transport and never knows whether the
 * host is in the same thread, in a Web Worker or across the room. Messages arrive in the order sent.
 */
export interface Transport {
  send(message: ClientMessage): void;
  onMessage(listener: (message: HostMessage) => void): () => void;
  /** The carrier is gone (the worker failed, the socket closed): pending requests get `hostFailed`. */
  onClose(listener: (reason: string) => void): () => void;
  close(): void;
}

/** The listener bookkeeping every carrier needs. */
export function listeners<T>(): { add(fn: (value: T) => void): () => void; emit(value: T): void; clear(): void } {
  const set = new Set<(value: T) => void>();
  return {
    add(fn) {
      set.add(fn);
      return () => void set.delete(fn);
    },
    emit(value) {
      for (const fn of Array.from(set)) fn(value);
    },
    clear: () => set.clear(),
  };
}
