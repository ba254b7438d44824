import type { RoundView, ViewSeat } from '../engine/view';
import { applyPatch } from '../client/patch';
import { seatKey, type HostMessage } from '../client/protocol';
import { SeatView, type ClassroomState } from './room-state';

const sameLines = (was: readonly string[], now: readonly string[]): boolean =>
  was.length <= now.length && was.every((line, i) => line === now[i]);

/** A list of JSON lines in the state: appended to when it only grew, replaced when it changed. */
function writeLines(target: SeatView['log'], items: readonly unknown[]): void {
  const lines = items.map((item) => JSON.stringify(item));
  const was = [...target];
  if (sameLines(was, lines)) {
    for (const line of lines.slice(was.length)) target.push(line);
    return;
  }
  target.clear();
  for (const line of lines) target.push(line);
}

/**
 * The room's copy of every seat's view, as the host made it (filtered at delivery by `viewFor`, and by
 * nothing else), written into the state's `views` map. The host pushes whole views and patches to one
 * internal watcher of every seat; each change lands in that seat's `SeatView`, and Colyseus sends it to
 * the devices whose `StateView` holds that seat, and to no one else.
 */
export class SeatViews {
  private readonly held = new Map<string, { epoch: number; version: number; view: RoundView }>();

  constructor(private readonly state: ClassroomState) {}

  /** The host's message to the internal watcher. */
  receive(message: HostMessage): void {
    if (message.type === 'view') this.write(message.seat, message.epoch, message.version, message.view);
    else if (message.type === 'patch') {
      const held = this.held.get(seatKey(message.seat));
      // The internal watcher is never behind: a patch on another base would be a host bug, so it is loud.
      if (held === undefined || held.epoch !== message.epoch || held.version !== message.base)
        throw new Error(`the room's view of ${seatKey(message.seat)} is not at ${message.base}`);
      this.write(message.seat, message.epoch, message.version, applyPatch(held.view, message.patch));
    }
  }

  view(seat: ViewSeat): RoundView | null {
    return this.held.get(seatKey(seat))?.view ?? null;
  }

  private write(seat: ViewSeat, epoch: number, version: number, view: RoundView): void {
    const key = seatKey(seat);
    this.held.set(key, { epoch, version, view });
    let target = this.state.views.get(key);
    if (target === undefined) {
      target = new SeatView();
      target.seat = key;
      this.state.views.set(key, target);
    }
    // The key order the host made: log and versions keep their places in the JSON, as null.
    const head = JSON.stringify({ ...view, log: null, versions: null });
    if (target.head !== head) target.head = head;
    writeLines(target.log, view.log);
    writeLines(target.versions, view.versions);
    target.epoch = epoch;
    target.version = version;
  }
}
