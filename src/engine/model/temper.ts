import { clamp } from '../detmath';
import type { Arrival } from '../vocabulary';

/** Mood, patience and walk-outs: how a delegation's temper follows trust and the clock. */

export const WALKOUT_PATIENCE = 25;

/** A delegation whose trust in the mediator starts below this stays away from the round (issue 6). */
export const BOYCOTT_TRUST = 20;

/** How a delegation comes: as the round file forces it, or by its starting trust. */
export const arrivalFor = (forced: Arrival | undefined, trust: number): Arrival =>
  forced ?? (trust < BOYCOTT_TRUST ? 'boycott' : 'present');

/** The mood chart's thresholds (RULES.md MOOD-1): below DISTRUST trust, or WALKOUT_PATIENCE patience, it obstructs. */
export const MOOD_LEVELS = { distrust: 30, warmTrust: 55, calmPatience: 50 } as const;

/**
 * Patience lost over `minutes` of talks. Every delegation tires a little; one whose red line sits in
 * the draft tires fast, more so if it is volatile.
 */
export function patienceLost(minutes: number, volatility: number, redLineCrossed: boolean): number {
  const perHour = 1.5 + (redLineCrossed ? 6 + 6 * volatility : 0);
  return (perHour * minutes) / 60;
}

export const withPatience = (patience: number, delta: number): number => clamp(patience + delta, 0, 100);

/** Chance that a recalled delegation comes back. */
export function recallChance(trust: number, patience: number, redLineCrossed: boolean): number {
  const base = 0.2 + trust / 200 + patience / 400;
  return clamp(redLineCrossed ? base / 3 : base, 0.05, 0.9);
}
