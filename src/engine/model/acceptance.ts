import { clamp, detPow } from '../detmath';
import type { Draft } from '../draft';
import type { Personality } from '../scenario/schema';
import type { DelegationId, GoalId, GoalKind, GoalStatus, Verdict } from '../vocabulary';
import { blocksSignature, crossesRedLine, goalStatus, goalValue } from './goals';
import type { DelegationModel } from './round-model';
import { WALKOUT_PATIENCE } from './temper';

/** How far below its reservation level a delegation still signs, with reservations. */
export const RESERVE_BAND = 0.1;

/**
 * The reservation level at time t (0 = talks open, 1 = time is up):
 * p(t) = Pmin + (Pmax − Pmin)(1 − t^(1/e)). A small e holds out until late (Boulware), a large e
 * gives early (conceder), so the clock is real pressure.
 */
export function reservationAt(personality: Personality, t: number): number {
  const { min, max } = personality.reservation;
  return min + (max - min) * (1 - detPow(clamp(t, 0, 1), 1 / personality.concession));
}

export const trustTerm = (trust: number): number => (trust - 50) / 400;
export const patienceTerm = (patience: number): number => (patience >= 30 ? 0 : -(30 - patience) / 300);

export interface Part {
  readonly goal: GoalId;
  readonly kind: GoalKind;
  readonly hard: boolean;
  readonly status: GoalStatus;
  readonly value: number;
  readonly redLine: boolean;
}

/** Why a delegation would sign or not: every term, so the debrief and the dossier can show it. */
export interface Breakdown {
  readonly delegation: DelegationId;
  readonly parts: readonly Part[];
  readonly utility: number;
  /** Utility scaled to 0–1 over every draft this delegation could see. */
  readonly normalized: number;
  readonly trust: number;
  readonly patience: number;
  readonly reservation: number;
  readonly score: number;
  readonly verdict: Verdict;
  /** At a plenary: a crossed red line with patience gone means leaving the room, not just refusing. */
  readonly walksOut: boolean;
}

export interface Situation {
  readonly draft: Draft;
  readonly seated: (d: DelegationId) => boolean;
  readonly trust: number;
  readonly patience: number;
  readonly t: number;
}

export function normalize(model: DelegationModel, utility: number): number {
  const [low, high] = model.range;
  return high === low ? 0.5 : (utility - low) / (high - low);
}

/** Utility alone: the inner loop of bots and the expert benchmark, so no allocation. */
export function utilityOf(model: DelegationModel, draft: Draft, seated: (d: DelegationId) => boolean): number {
  let u = 0;
  for (const g of model.goals) u += goalValue(g, draft, goalStatus(g, draft, seated));
  return u;
}

/** True when some red line blocks a signature on this draft. */
export function blocked(model: DelegationModel, draft: Draft, seated: (d: DelegationId) => boolean): boolean {
  for (const g of model.goals) if (blocksSignature(g, goalStatus(g, draft, seated))) return true;
  return false;
}

export function verdictFor(score: number, reservation: number, isBlocked: boolean): Verdict {
  if (isBlocked) return 'refuses';
  if (score >= reservation) return 'signs';
  return score >= reservation - RESERVE_BAND ? 'reserves' : 'refuses';
}

export function breakdown(model: DelegationModel, s: Situation): Breakdown {
  let utility = 0;
  let isBlocked = false;
  let crossed = false;
  const parts = model.goals.map((g): Part => {
    const status = goalStatus(g, s.draft, s.seated);
    const value = goalValue(g, s.draft, status);
    const redLine = blocksSignature(g, status);
    utility += value;
    isBlocked ||= redLine;
    crossed ||= crossesRedLine(g, status);
    return { goal: g.id, kind: g.kind, hard: g.hard, status, value, redLine };
  });
  const normalized = normalize(model, utility);
  const score = normalized + trustTerm(s.trust) + patienceTerm(s.patience);
  const reservation = reservationAt(model.personality, s.t);
  return {
    delegation: model.id,
    parts,
    utility,
    normalized,
    trust: s.trust,
    patience: s.patience,
    reservation,
    score,
    verdict: verdictFor(score, reservation, isBlocked),
    walksOut: crossed && s.patience < WALKOUT_PATIENCE,
  };
}
