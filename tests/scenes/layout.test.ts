import { describe, expect, it } from 'vitest';
import { intersects, separate, shortOf, tableGeometry, type Box } from '../../src/scenes/layout';

const moved = (boxes: readonly Box[], shifts: readonly number[]): Box[] =>
  boxes.map((b, i) => ({ ...b, y: b.y + (shifts[i] ?? 0) }));

describe('the table layout (issue 17)', () => {
  it('puts every seat inside the canvas and below the bubble’s band, for phones to projectors and 6 to 10 seats', () => {
    for (const [w, h] of [
      [390, 560],
      [800, 672],
      [1440, 1000],
    ] as const)
      for (let n = 6; n <= 10; n += 1) {
        const geo = tableGeometry(w, h, n, 60);
        expect(geo.seats).toHaveLength(n);
        for (const seat of [...geo.seats, geo.host]) {
          expect(seat.x).toBeGreaterThan(20);
          expect(seat.x).toBeLessThan(w - 20);
          expect(seat.y).toBeGreaterThan(geo.band + 40);
          expect(seat.y).toBeLessThan(h - geo.bar - 20);
        }
      }
  });

  it('moves overlapping labels apart, off the seats and inside the bounds', () => {
    const labels: Box[] = [
      { x: 0, y: 100, w: 100, h: 40 },
      { x: 50, y: 110, w: 100, h: 40 },
      { x: 60, y: 120, w: 100, h: 40 },
      { x: 400, y: 100, w: 100, h: 40 },
    ];
    const seat: Box = { x: 420, y: 120, w: 40, h: 40 };
    const bounds = { x: 0, y: 0, w: 600, h: 600 };
    const out = moved(labels, separate(labels, bounds, 4, [seat]));
    for (let i = 0; i < out.length; i += 1) {
      const a = out[i] as Box;
      expect(intersects(a, seat)).toBe(false);
      expect(a.y).toBeGreaterThanOrEqual(0);
      for (const b of out.slice(i + 1)) expect(intersects(a, b)).toBe(false);
    }
    // A label nobody overlaps stays where it was.
    const alone = [{ x: 0, y: 0, w: 10, h: 10 }];
    expect(separate(alone, bounds)).toEqual([0]);
  });

  it('stops a bubble’s tail short of the seat it points at', () => {
    const tip = shortOf({ x: 0, y: 0 }, { x: 0, y: 100 }, 20);
    expect(tip).toEqual({ x: 0, y: 80 });
  });
});
