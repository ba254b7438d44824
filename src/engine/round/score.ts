import { roundTo } from '../detmath';
import type { RoundModel } from '../model/round-model';
import { delegationModel } from '../model/round-model';
import { msg, type Message } from '../result';
import type { Decision, DelegationId, Role, SomeDelegations } from '../vocabulary';
import { limitOf } from './refusal';
import { resultOf } from './results';
import type { RoundData, Score, ScorePart } from './state';

/** The score is shown and explained, never a black box (DESIGN §2). These are its weights. */
export const SCORE_MAX = { signatures: 40, substance: 30, credibility: 20, time: 10 } as const;
const SIGNATURE_WEIGHT: Readonly<Record<Role, number>> = { guarantor: 4, party: 10, observer: 2 };
const SIGNATURE_SHARE: Partial<Record<Decision, number>> = { signs: 1, reserves: 0.5 };

export interface ScoreInput {
  readonly data: RoundData;
  readonly decisions: Readonly<Record<DelegationId, Decision>>;
  readonly adopted: boolean;
  readonly kept: number;
  readonly broken: number;
  readonly finalTrust: SomeDelegations<number>;
}

const part = (points: number, max: number, reasons: Message[]): ScorePart => ({
  points: roundTo(points, 1),
  max,
  reasons,
});

export function scoreRound(model: RoundModel, s: ScoreInput): Score {
  const signatures = signaturesPart(model, s);
  const substance = substancePart(model, s);
  const credibility = credibilityPart(model, s);
  const limit = limitOf(model, s.data);
  const left = Math.max(0, limit - s.data.minute);
  const time = s.adopted
    ? part((SCORE_MAX.time * left) / limit, SCORE_MAX.time, [msg('score.time.left', { minutes: left, limit })])
    : part(0, SCORE_MAX.time, [msg('score.time.noText')]);
  const total = roundTo(signatures.points + substance.points + credibility.points + time.points, 1);
  return { total, signatures, substance, credibility, time };
}

/**
 * Each line's share of a part's points, in tenths that add up to the part's points as shown (largest
 * remainders), so the debrief's lines never disagree with their total.
 */
export function lineShares(raw: readonly number[], total: number): number[] {
  const tenths = raw.map((x) => Math.floor(x * 10));
  let left = Math.round(total * 10) - tenths.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => ({ i, rest: x * 10 - (tenths[i] ?? 0) })).toSorted((a, b) => b.rest - a.rest);
  for (let k = 0; left > 0 && order.length > 0; k += 1, left -= 1) {
    const at = order[k % order.length]?.i ?? 0;
    tenths[at] = (tenths[at] ?? 0) + 1;
  }
  // Floating error can leave a tenth over: it comes off the line furthest from its next tenth.
  for (const { i } of order.toReversed()) {
    if (left >= 0) break;
    if ((tenths[i] ?? 0) <= 0) continue;
    tenths[i] = (tenths[i] ?? 0) - 1;
    left += 1;
  }
  return tenths.map((x) => x / 10);
}

function signaturesPart(model: RoundModel, s: ScoreInput): ScorePart {
  let got = 0;
  let possible = 0;
  const lines = model.delegations.map((id) => {
    const role = delegationModel(model, id).role;
    const weight = SIGNATURE_WEIGHT[role];
    const share = SIGNATURE_SHARE[s.decisions[id]] ?? 0;
    possible += weight;
    got += weight * share;
    return { id, role, weight, share };
  });
  const counts = s.adopted && possible > 0;
  const raw = lines.map((l) => (counts ? (SCORE_MAX.signatures * l.weight * l.share) / possible : 0));
  const points = roundTo(counts ? (SCORE_MAX.signatures * got) / possible : 0, 1);
  const shown = lineShares(raw, points);
  const reasons = lines.map((l, i) => {
    const decision = s.decisions[l.id];
    const result = resultOf(decision, l.role);
    // An observer that stayed is an observer (it does not put its name to the text); the line says whether it
    // backed it.
    const key = result === 'observer' ? `score.signatures.observer.${decision}` : 'score.signatures.line';
    return msg(key, { delegation: l.id, decision, result, share: l.share, weight: l.weight, points: shown[i] ?? 0 });
  });
  return part(points, SCORE_MAX.signatures, s.adopted ? reasons : [msg('score.signatures.notAdopted'), ...reasons]);
}

function substancePart(model: RoundModel, s: ScoreInput): ScorePart {
  const { agenda } = model.scenario;
  let got = 0;
  let possible = 0;
  const gains = agenda.ids.map((_, at) => {
    const weight = agenda.weights[at] ?? 0;
    possible += weight;
    const gain = (weight * (s.data.draft[at] ?? 0)) / (agenda.max[at] ?? 1);
    got += gain;
    return gain;
  });
  const counts = s.adopted && possible > 0;
  const raw = gains.map((g) => (counts ? (SCORE_MAX.substance * g) / possible : 0));
  const points = roundTo(counts ? (SCORE_MAX.substance * got) / possible : 0, 1);
  const shown = lineShares(raw, points);
  const reasons = agenda.ids.map((clause, at) =>
    msg('score.substance.line', {
      clause,
      strength: s.data.draft[at] ?? 0,
      max: agenda.max[at] ?? 1,
      weight: agenda.weights[at] ?? 0,
      points: shown[at] ?? 0,
    }),
  );
  return part(points, SCORE_MAX.substance, s.adopted ? reasons : [msg('score.substance.notAdopted'), ...reasons]);
}

function credibilityPart(model: RoundModel, s: ScoreInput): ScorePart {
  const trusts = model.delegations.map((id) => ({ id, trust: s.finalTrust[id] ?? 0 }));
  if (trusts.length === 0) return part(0, SCORE_MAX.credibility, []);
  const mean = trusts.reduce((sum, t) => sum + t.trust, 0) / trusts.length;
  const lowest = trusts.reduce((low, t) => (t.trust < low.trust ? t : low));
  const promises = s.kept + s.broken;
  const promiseShare = promises === 0 ? 1 : s.kept / promises;
  const points = 10 * (mean / 100) + 5 * (lowest.trust / 100) + 5 * promiseShare;
  return part(points, SCORE_MAX.credibility, [
    msg('score.credibility.mean', { trust: roundTo(mean, 0) }),
    msg('score.credibility.lowest', { delegation: lowest.id, trust: roundTo(lowest.trust, 0) }),
    promises === 0
      ? msg('score.credibility.noPromises')
      : msg('score.credibility.promises', { kept: s.kept, broken: s.broken }),
  ]);
}
