import { roundTo } from '../detmath';
import type { RoundModel } from '../model/round-model';
import { delegationModel } from '../model/round-model';
import { msg, type Message } from '../result';
import type { Decision, DelegationId, Role, SomeDelegations } from '../vocabulary';
import { limitOf } from './refusal';
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

function signaturesPart(model: RoundModel, s: ScoreInput): ScorePart {
  let got = 0;
  let possible = 0;
  const reasons: Message[] = [];
  for (const id of model.delegations) {
    const weight = SIGNATURE_WEIGHT[delegationModel(model, id).role];
    const share = SIGNATURE_SHARE[s.decisions[id]] ?? 0;
    possible += weight;
    got += weight * share;
    reasons.push(msg('score.signatures.line', { delegation: id, decision: s.decisions[id], share, weight }));
  }
  if (!s.adopted) return part(0, SCORE_MAX.signatures, [msg('score.signatures.notAdopted'), ...reasons]);
  return part(possible === 0 ? 0 : (SCORE_MAX.signatures * got) / possible, SCORE_MAX.signatures, reasons);
}

function substancePart(model: RoundModel, s: ScoreInput): ScorePart {
  const { agenda } = model.scenario;
  let got = 0;
  let possible = 0;
  const reasons: Message[] = [];
  agenda.ids.forEach((clause, at) => {
    const weight = agenda.weights[at] ?? 0;
    const strength = s.data.draft[at] ?? 0;
    const max = agenda.max[at] ?? 1;
    possible += weight;
    got += (weight * strength) / max;
    reasons.push(msg('score.substance.line', { clause, strength, max, weight }));
  });
  if (!s.adopted) return part(0, SCORE_MAX.substance, [msg('score.substance.notAdopted'), ...reasons]);
  return part(possible === 0 ? 0 : (SCORE_MAX.substance * got) / possible, SCORE_MAX.substance, reasons);
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
