import { clamp, detPow } from '../detmath';
import type { Draft } from '../draft';
import type { GoalRecord } from '../goals/charts';
import { settle } from '../goals/settle';
import type { Personality } from '../scenario/schema';
import type { DelegationId, GoalId } from '../vocabulary';
import { blocksSignature, crossesRedLine, goalWorth } from './goals';
import type { DelegationModel } from './round-model';

/**
 * The arithmetic the delegation chart's guards call (DESIGN §7): a text's worth from the goals' states,
 * and the margin between signing and signing with reservations. Pure; no guard reads anything else.
 */

/** The least worth of an acceptable text: what its goals gain at least matches what they lose (RULES.md ACCEPT-1). */
export const ACCEPTABLE_WORTH = 0;

/**
 * The reservation level at time t (0 = talks open, 1 = time is up):
 * p(t) = Pmin + (Pmax − Pmin)(1 − t^(1/e)). A small e holds out until late (Boulware), a large e
 * gives early (conceder). It decides only the margin: signing, or signing with reservations (RULES.md MARGIN-1).
 */
export function reservationAt(personality: Personality, t: number): number {
  const { min, max } = personality.reservation;
  return min + (max - min) * (1 - detPow(clamp(t, 0, 1), 1 / personality.concession));
}

export const trustTerm = (trust: number): number => (trust - 50) / 400;
export const patienceTerm = (patience: number): number => (patience >= 30 ? 0 : -(30 - patience) / 300);

export type Goals = Readonly<Record<GoalId, GoalRecord>>;

/** The last worth worked out for each set of goal states (the decision's guards ask it several times). */
const lastWorth = new WeakMap<
  Goals,
  { readonly model: DelegationModel; readonly draft: Draft; readonly worth: number }
>();

/** The text's worth to a delegation: the sum of what each goal in its state adds (RULES.md WORTH-1). */
export function worthOf(model: DelegationModel, goals: Goals, draft: Draft): number {
  const last = lastWorth.get(goals);
  if (last?.draft === draft && last.model === model) return last.worth;
  let worth = 0;
  for (const g of model.goals) {
    const record = goals[g.id];
    if (record !== undefined) worth += goalWorth(g, record.state, draft);
  }
  lastWorth.set(goals, { model, draft, worth });
  return worth;
}

/** Goal states are replaced, never changed: what was read of one set of them is kept with it. */
const read = new WeakMap<Goals, { readonly model: DelegationModel; blocks?: boolean; crossed?: boolean }>();
function readingOf(model: DelegationModel, goals: Goals): { blocks?: boolean; crossed?: boolean } {
  let r = read.get(goals);
  if (r?.model !== model) {
    r = { model };
    read.set(goals, r);
  }
  return r;
}

/** Some goal's state blocks a signature: a veto crossed, or a red line not honoured. */
export function anyBlocks(model: DelegationModel, goals: Goals): boolean {
  const r = readingOf(model, goals);
  if (r.blocks === undefined) r.blocks = model.goals.some((g) => blocksSignature(g, goals[g.id]?.state ?? ''));
  return r.blocks;
}

/** Some red line is actively crossed (what wears patience, and walks a delegation out). */
export function anyCrossed(model: DelegationModel, goals: Goals): boolean {
  const r = readingOf(model, goals);
  if (r.crossed === undefined) r.crossed = model.goals.some((g) => crossesRedLine(g, goals[g.id]?.state ?? ''));
  return r.crossed;
}

/** Worth scaled to 0–1 over every text this delegation could see in this round. */
export function normalize(model: DelegationModel, worth: number): number {
  const [low, high] = model.range;
  return high === low ? 0.5 : (worth - low) / (high - low);
}

/** What the margin compares with the reservation level: scaled worth, trust and patience (RULES.md MARGIN-1). */
export const marginScore = (model: DelegationModel, worth: number, trust: number, patience: number): number =>
  normalize(model, worth) + trustTerm(trust) + patienceTerm(patience);

/** Every goal settled on a hypothetical draft (bots, the expert, the answers to sounding-out). */
export function settledGoals(model: DelegationModel, draft: Draft, seated: (d: DelegationId) => boolean): Goals {
  const out: Record<GoalId, GoalRecord> = {};
  for (const g of model.goals) out[g.id] = settle(g, draft, seated);
  return out;
}

/** Worth alone, on a hypothetical draft: the inner loop of bots and the expert benchmark, so no allocation. */
export function worthOn(model: DelegationModel, draft: Draft, seated: (d: DelegationId) => boolean): number {
  let worth = 0;
  for (const g of model.goals) worth += goalWorth(g, settle(g, draft, seated).state, draft);
  return worth;
}

/** True when some goal, settled on this hypothetical draft, blocks a signature. */
export function blockedOn(model: DelegationModel, draft: Draft, seated: (d: DelegationId) => boolean): boolean {
  for (const g of model.goals) if (blocksSignature(g, settle(g, draft, seated).state)) return true;
  return false;
}

/** The delegation would endorse this text (sign, with or without reservations): no block, and acceptable. */
export const endorsesOn = (model: DelegationModel, draft: Draft, seated: (d: DelegationId) => boolean): boolean =>
  !blockedOn(model, draft, seated) && worthOn(model, draft, seated) >= ACCEPTABLE_WORTH;
