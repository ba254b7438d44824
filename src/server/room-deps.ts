import type { HostLibrary } from '../client/host/content';
import type { ServerKeys } from './keys';
import type { RoomStore } from './room-store';

/** What every room of this process shares: the scenario files, the data folder, the key and the log. */
export interface RoomDeps {
  readonly library: HostLibrary;
  readonly store: RoomStore;
  readonly keys: ServerKeys;
  readonly log: (line: string) => void;
}

let deps: RoomDeps | null = null;

/**
 * Rooms are made by Colyseus's matchmaker, perhaps at another process's request (Redis), with options that
 * must be plain JSON: what is not JSON reaches them here, set once when the process starts.
 */
export function configureRooms(value: RoomDeps): void {
  deps = value;
}

export function roomDeps(): RoomDeps {
  if (deps === null) throw new Error('configureRooms was not called before a room was made');
  return deps;
}
