import { describe, expect, it } from 'vitest';
import { clamp, detExp, detLn, detPow, roundTo } from '../../src/engine/detmath';

/**
 * Golden values for the deterministic functions. They must agree with Math to about 1e-14 (so the
 * model means what it says), and their exact bits are pinned (so a refactor cannot shift replays).
 */
describe('deterministic maths', () => {
  const points = [1e-6, 0.01, 0.1, 0.25, 0.5, 0.75, 0.999, 1, 1.5, 2, Math.E, 10, 1234.5];

  it.each(points)('ln(%f) agrees with Math.log', (x) => {
    expect(Math.abs(detLn(x) - Math.log(x))).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(Math.log(x))));
  });

  it.each([-30, -5, -1, -0.1, 0, 0.1, 1, 5, 30])('exp(%f) agrees with Math.exp', (y) => {
    expect(Math.abs(detExp(y) - Math.exp(y)) / Math.exp(y)).toBeLessThanOrEqual(1e-14);
  });

  it.each([
    [0.5, 1 / 0.5],
    [0.5, 1 / 1.6],
    [0.9, 1 / 0.7],
    [0.25, 2],
  ])('pow(%f, %f) agrees with Math.pow', (b, e) => {
    expect(Math.abs(detPow(b, e) - b ** e)).toBeLessThanOrEqual(1e-14);
  });

  it('pins exact results', () => {
    expect(detLn(2)).toBe(0.6931471805599453);
    // One unit in the last place below Math.E: not correctly rounded, but the same everywhere.
    expect(detExp(1)).toBe(2.7182818284590446);
    expect(detPow(0.5, 2)).toBe(0.25);
    expect(detPow(0, 3)).toBe(0);
    expect(detPow(0, 0)).toBe(1);
    expect(detPow(1, 7.3)).toBe(1);
    expect(detLn(0)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('clamps and rounds', () => {
    expect(clamp(5, 0, 1)).toBe(1);
    expect(clamp(-5, 0, 1)).toBe(0);
    expect(roundTo(12.345, 1)).toBe(12.3);
    expect(roundTo(0.05, 1)).toBe(0.1);
  });
});
