import { describe, expect, it } from 'vitest';
import { patienceTerm, reservationAt, trustTerm } from '../../src/engine/model/acceptance';
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

/**
 * Golden grid for what trust and patience add to the margin score (issue 13: they move only the margin
 * between signing outright and with reservations). Keys read "trust/patience".
 */
const TERMS: Record<string, number> = {
  '50/50': 0,
  '90/50': 0.1,
  '10/50': -0.1,
  '50/30': 0,
  '50/15': -0.05,
  '50/0': -0.1,
};

describe('trust and patience in the margin', () => {
  it.each(Object.entries(TERMS))('trust and patience %s add %f', (key, value) => {
    const [trust, patience] = key.split('/').map(Number) as [number, number];
    expect(Number((trustTerm(trust) + patienceTerm(patience)).toFixed(4))).toBe(value);
  });
});
