import type { RoundView, ViewSeat } from '../engine/view';
import { seatKey } from '../client/protocol';
import { SeatView, type ClassroomState } from './room-state';

/**
 * The room's copy of each watched seat's view, as the host made it (filtered at delivery by `viewFor`, and by
 * nothing else), written into the state's `views` map. Colyseus sends a seat's changes to the devices whose
 * `StateView` holds that seat, and to no one else. The log and the draft's versions only grow: their new
 * items alone are written, each entry turned into JSON once (the engine keeps an entry's object as it is).
 */
export class SeatViews {
  private readonly held = new Map<string, RoundView>();
  private readonly json = new WeakMap<object, string>();

  constructor(private readonly state: ClassroomState) {}

  view(seat: ViewSeat): RoundView | null {
    return this.held.get(seatKey(seat)) ?? null;
  }

  has(key: string): boolean {
    return this.held.has(key);
  }

  /** A seat's view now; `epoch` is the round's, so that devices can tell a fork from a change. */
  write(seat: ViewSeat, epoch: number, view: RoundView): void {
    const key = seatKey(seat);
    if (this.held.get(key) === view) return;
    this.held.set(key, view);
    let target = this.state.views.get(key);
    if (target === undefined) {
      target = new SeatView();
      target.seat = key;
      this.state.views.set(key, target);
    }
    // The key order the host made: log and versions keep their places in the JSON, as null.
    const head = JSON.stringify({ ...view, log: null, versions: null });
    let changed = target.epoch !== epoch;
    // Another round (a fork): its log is its own, from the first line.
    if (changed) {
      target.log.clear();
      target.versions.clear();
    }
    if (target.head !== head) {
      target.head = head;
      changed = true;
    }
    changed = this.lines(target.log, view.log) || changed;
    changed = this.lines(target.versions, view.versions) || changed;
    target.epoch = epoch;
    if (changed) target.version += 1;
  }

  private text(item: unknown): string {
    if (item === null || typeof item !== 'object') return JSON.stringify(item);
    let text = this.json.get(item);
    if (text === undefined) {
      text = JSON.stringify(item);
      this.json.set(item, text);
    }
    return text;
  }

  /**
   * A list of JSON lines: appended to when it grew, replaced when it did not. Within one round the log and the
   * versions only grow, so a look at the last line held tells which.
   */
  private lines(target: SeatView['log'], items: readonly unknown[]): boolean {
    const was = target.length;
    const grew = items.length >= was && (was === 0 || target.at(was - 1) === this.text(items[was - 1]));
    if (grew) {
      for (let i = was; i < items.length; i += 1) target.push(this.text(items[i]));
      return items.length > was;
    }
    target.clear();
    for (const item of items) target.push(this.text(item));
    return true;
  }
}
