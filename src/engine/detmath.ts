/**
 * Deterministic real functions. Math.pow/exp/log are "implementation-approximated" in ECMAScript, so
 * two browsers may disagree in the last bit, and a value that is later compared or floored could then
 * make a replay diverge. These use only + − × ÷, which IEEE 754 rounds the same everywhere.
 */

const LN2 = 0.6931471805599453;
const SQRT2 = 1.4142135623730951;

/** Natural logarithm for x > 0. */
export function detLn(x: number): number {
  if (!(x > 0)) return Number.NEGATIVE_INFINITY;
  let m = x;
  let k = 0;
  while (m >= SQRT2) {
    m /= 2;
    k += 1;
  }
  while (m < SQRT2 / 2) {
    m *= 2;
    k -= 1;
  }
  // ln m = 2·atanh(z), z = (m−1)/(m+1), |z| ≤ 0.172: the series converges in a few terms.
  const z = (m - 1) / (m + 1);
  const z2 = z * z;
  let term = z;
  let sum = 0;
  for (let n = 1; n < 60; n += 2) {
    const next = sum + term / n;
    if (next === sum) break;
    sum = next;
    term *= z2;
  }
  return k * LN2 + 2 * sum;
}

/** e^y. */
export function detExp(y: number): number {
  if (y === Number.NEGATIVE_INFINITY) return 0;
  const k = Math.round(y / LN2);
  const r = y - k * LN2;
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 40; n += 1) {
    term = (term * r) / n;
    const next = sum + term;
    if (next === sum) break;
    sum = next;
  }
  let scale = 1;
  for (let i = 0; i < Math.abs(k); i += 1) scale *= 2;
  return k >= 0 ? sum * scale : sum / scale;
}

/** base^exponent for base ≥ 0. */
export function detPow(base: number, exponent: number): number {
  if (base === 0) return exponent === 0 ? 1 : 0;
  if (base === 1 || exponent === 0) return 1;
  return detExp(exponent * detLn(base));
}

export const clamp = (value: number, low: number, high: number): number =>
  value < low ? low : value > high ? high : value;

/** Rounds to a fixed number of decimals for display and JSON; deterministic. */
export function roundTo(value: number, decimals: number): number {
  let scale = 1;
  for (let i = 0; i < decimals; i += 1) scale *= 10;
  return Math.round(value * scale) / scale;
}
