import type { Scenario } from '../../engine/scenario/build';
import type { Round } from '../../engine/session';
import { viewFor, type RoundView, type ViewSeat } from '../../engine/view';
import { seatKey } from '../protocol';

/** The round a host holds: at most one at a time, like a classroom room. */
export interface OpenRound {
  readonly round: Round;
  readonly scenario: Scenario;
  /** Which round this is since the host started; views and patches carry it. */
  readonly epoch: number;
  /** The campaign save's text it was started with, for a campaign round. */
  readonly campaign: string | undefined;
}

/**
 * The host's one round and its version. Views are made once per change and seat, whoever watches: the
 * filter is applied at delivery, by `viewFor`, and by nothing else.
 */
export class Room {
  private open: OpenRound | null = null;
  private epochs = 0;
  private changes = 0;
  private made = new Map<string, RoundView>();

  get current(): OpenRound | null {
    return this.open;
  }

  /** Goes up with every accepted move and every round opened. */
  get version(): number {
    return this.changes;
  }

  /** Puts a round in the room, stopping the one before. */
  place(scenario: Scenario, round: Round, campaign: string | undefined): OpenRound {
    this.open?.round.stop();
    this.epochs += 1;
    this.open = { round, scenario, epoch: this.epochs, campaign };
    this.changed();
    return this.open;
  }

  close(): void {
    this.open?.round.stop();
    this.open = null;
    this.changed();
  }

  changed(): void {
    this.changes += 1;
    this.made.clear();
  }

  /** A seat's view now: made once for this version, then shared by every watcher of that seat. */
  view(seat: ViewSeat): RoundView | null {
    if (this.open === null) return null;
    const key = seatKey(seat);
    let view = this.made.get(key);
    if (view === undefined) {
      view = viewFor(this.open.round, seat);
      this.made.set(key, view);
    }
    return view;
  }
}
