import type { Scene } from 'phaser';
import { crowded, labelSteps } from './label-fit';
import { intersects, separate, type Box, type TableGeometry } from './layout';
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
  draw(snap: TableSnapshot, animate: boolean, waiting: ReadonlySet<string> = new Set()): void {
    for (const seat of snap.seats) {
      let view = this.views.get(seat.id);
      if (view === undefined) {
        view = new SeatView(this.scene, this.onTap, seat.id);
        this.views.set(seat.id, view);
      }
      view.await(waiting.has(seat.id));
      const was = view.current;
      const leaving = view;
      if (animate && was !== null && was.present && !seat.present)
        leaving.leave(snap.reduceMotion, () => leaving.draw(seat));
      else view.draw(seat);
    }
  }

  /**
   * Puts the seats round the table and moves labels apart until none overlaps another. Labels grow with the page's
   * text (`big`, 2 at 200 %); where they still would overlap, the heads' names go, then the labels shrink by steps.
   * No label goes on a box of `avoid` (the draft's paper, whose text is longer in some languages).
   */
  place(snap: TableSnapshot, geo: TableGeometry, selected: string | null, big = 1, avoid: readonly Box[] = []): void {
    const views = this.of(snap);
    // Labels may rise into the bubble's band as far as a two-line bubble leaves free.
    const top = geo.phone ? geo.band - 4 : Math.min(geo.band - 4, 58);
    const bounds = { x: 0, y: top, w: geo.w, h: geo.h - geo.bar - top };
    // No label on a seat's figure (its own included).
    const r = 24 * geo.scale;
    const figures = [
      ...[geo.host, ...geo.seats].map((p) => ({ x: p.x - r, y: p.y - r, w: r * 2, h: r * 2 })),
      ...avoid.filter((b) => b.w > 0),
    ];
    for (const step of labelSteps(big, !geo.phone)) {
      snap.seats.forEach((seat, i) => {
        const place = geo.seats[i];
        const width = labelWidth(geo, i);
        if (place !== undefined)
          this.views.get(seat.id)?.placeAt(place, geo.scale, step.heads, width, step.big, step.words);
      });
      separate(
        views.map((v) => v.labelBox()),
        bounds,
        4,
        figures,
      ).forEach((dy, i) => views[i]?.layoutLabel(dy));
      const boxes = views.flatMap((v) => v.labelBoxes());
      const inside = boxes.every((b) => b.y >= bounds.y - 1 && b.y + b.h <= bounds.y + bounds.h + 1);
      // A label may touch the edge of a figure's box, as neighbouring labels touch; it may not lie across its core.
      const core = figures.map((f) => ({ x: f.x + f.w / 4, y: f.y + f.h / 4, w: f.w / 2, h: f.h / 2 }));
      const clear = boxes.every((b) => core.every((f) => !intersects(b, f)));
      if (inside && clear && !crowded(boxes, geo.w, geo.h)) break;
    }
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

/**
 * How wide seat `i`'s label may be: as far as the next seat on either side when they sit at about the same height
 * (at the far and near ends of the table), wider where the neighbours sit above and below (at its sides), and
 * never past the canvas's edge.
 */
function labelWidth(geo: TableGeometry, i: number): number {
  const places = [geo.host, ...geo.seats];
  const me = places[i + 1] as { x: number; y: number };
  const gaps = [places[i], places[(i + 2) % places.length]].flatMap((p) =>
    p !== undefined && Math.abs(p.y - me.y) < 70 ? [Math.abs(p.x - me.x) - 8] : [],
  );
  const edge = 2 * Math.min(me.x, geo.w - me.x) - 8;
  return Math.max(84, Math.min(190, edge, ...gaps));
}
