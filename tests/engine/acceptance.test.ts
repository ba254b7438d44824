import { describe, expect, it } from 'vitest';
import { RESERVE_BAND, reservationAt, verdictFor } from '../../src/engine/model/acceptance';
import type { Personality } from '../../src/engine/scenario/schema';

const person = (concession: number): Personality => ({
  patience: 50,
  trust: 50,
  volatility: 0.5,
  concession,
  reservation: { min: 0.3, max: 0.7 },
});

/**
 * Golden grid for the reservation level p(t) = Pmin + (Pmax − Pmin)(1 − t^(1/e)) with Pmin 0.3 and
 * Pmax 0.7. A Boulware delegation (e = 0.5) barely moves until late; a conceder (e = 2) gives early.
 * Keys read "e@t"; values rounded to 4 decimals.
 */
const GRID: Record<string, number> = {
  '0.5@0': 0.7,
  '0.5@0.25': 0.675,
  '0.5@0.5': 0.6,
  '0.5@0.75': 0.475,
  '0.5@1': 0.3,
  '1@0.5': 0.5,
  '2@0.25': 0.5,
  '2@0.5': 0.4172,
  '2@1': 0.3,
};

describe('reservation over the clock', () => {
  it.each(Object.entries(GRID))('p(t) for %s is %f', (key, value) => {
    const [e, t] = key.split('@').map(Number) as [number, number];
    expect(Number(reservationAt(person(e), t).toFixed(4))).toBe(value);
  });

  it('is clamped outside the talks', () => {
    expect(reservationAt(person(1), -1)).toBe(0.7);
    expect(reservationAt(person(1), 2)).toBe(0.3);
  });
});

describe('verdicts', () => {
  it.each([
    [0.6, 0.5, false, 'signs'],
    [0.5, 0.5, false, 'signs'],
    [0.5 - RESERVE_BAND / 2, 0.5, false, 'reserves'],
    [0.5 - RESERVE_BAND - 0.01, 0.5, false, 'refuses'],
    [0.99, 0.1, true, 'refuses'],
  ] as const)('a score of %f against %f (blocked: %s) %s', (score, reservation, blocked, verdict) => {
    expect(verdictFor(score, reservation, blocked)).toBe(verdict);
  });
});
