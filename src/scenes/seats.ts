import type { Scene } from 'phaser';
import { separate, type TableGeometry } from './layout';
import { SeatView } from './seat-view';
import type { TableEvent, TableSnapshot } from './snapshot';

/** Every delegation's seat: made as they first appear, redrawn from each snapshot, placed so labels never overlap. */
export class Seats {
  private readonly views = new Map<string, SeatView>();

  constructor(
    private readonly scene: Scene,
    private readonly onTap: (id: string) => void,
  ) {}

  get(id: string): SeatView | undefined {
    return this.views.get(id);
  }

  /** The seats of `snap`, in its order. */
  of(snap: TableSnapshot | null): SeatView[] {
    return (snap?.seats ?? []).flatMap((s) => this.views.get(s.id) ?? []);
  }

  entries(): IterableIterator<[string, SeatView]> {
    return this.views.entries();
  }

  /** Draws each seat; one whose delegation has just left the table walks out first (unless motion is reduced). */
  draw(snap: TableSnapshot, animate: boolean): void {
    for (const seat of snap.seats) {
      let view = this.views.get(seat.id);
      if (view === undefined) {
        view = new SeatView(this.scene, this.onTap, seat.id);
        this.views.set(seat.id, view);
      }
      const was = view.current;
      const leaving = view;
      if (animate && was !== null && was.present && !seat.present)
        leaving.leave(snap.reduceMotion, () => leaving.draw(seat));
      else view.draw(seat);
    }
  }

  /** Puts the seats round the table and moves labels apart until none overlaps another. */
  place(snap: TableSnapshot, geo: TableGeometry, selected: string | null): void {
    const labelWidth = Math.max(84, Math.min(170, (geo.w / (snap.seats.length + 1)) * 1.3));
    snap.seats.forEach((seat, i) => {
      const place = geo.seats[i];
      if (place !== undefined) this.views.get(seat.id)?.placeAt(place, geo.scale, !geo.phone, labelWidth);
    });
    const views = this.of(snap);
    const bounds = { x: 0, y: geo.band - 4, w: geo.w, h: geo.h - geo.band - geo.bar + 4 };
    separate(
      views.map((v) => v.labelBox()),
      bounds,
    ).forEach((dy, i) => views[i]?.layoutLabel(dy));
    for (const v of views) v.choose(v.id === selected);
  }

  /** Nods and frowns at what was said. */
  react(events: readonly TableEvent[], reduceMotion: boolean): void {
    for (const event of events) {
      const view = event.seat === null ? undefined : this.views.get(event.seat);
      if (event.tone === 'good') view?.nod(reduceMotion);
      if (event.tone === 'bad') view?.frown(reduceMotion);
    }
  }
}
