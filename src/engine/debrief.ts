import type { Draft } from './draft';
import {
  benchmark,
  BLOCKED_GAIN,
  conditionsOf,
  gainsOf,
  signers,
  type Benchmark,
  type Conditions,
  type Placed,
} from './expert';
import type { RoundModel } from './model/round-model';
import { msg, type Message } from './result';
import type { Discrete, RoundData } from './round/state';
import { isGuarantor, type DelegationId } from './vocabulary';

/** One delegation's line in the expert's comparison: gains are score minus reservation level. */
export interface TableShare {
  readonly delegation: DelegationId;
  readonly player: number;
  readonly nash: number | null;
  /** The most any feasible draft could have given it. */
  readonly best: number | null;
  /** What the Nash draft would have given it beyond the player's text (0 when the player's gave more). */
  readonly leftOnTable: number;
}

/** Numbers for the debrief's chart: one bar group per delegation, in percentage points of gain. */
export interface ExpertChart {
  readonly delegations: readonly DelegationId[];
  readonly player: readonly number[];
  readonly nash: readonly number[];
  readonly best: readonly number[];
  /** At or above this a delegation signs; below it, it signs with reservations; a refusal shows at −100. */
  readonly signLine: number;
}

export interface ExpertDebrief {
  readonly benchmark: Benchmark;
  readonly feasible: boolean;
  readonly onFrontier: boolean;
  /** Wording steps (sum over clauses of the strength difference) and clauses that differ. */
  readonly toNash: { readonly steps: number; readonly clauses: number } | null;
  /** The fewest wording steps to a frontier draft that is at least as good for everyone; 0 on it. */
  readonly toFrontier: number | null;
  readonly shares: readonly TableShare[];
  readonly chart: ExpertChart;
  /** What the debrief says, as messages (keys under `expert.` in the catalogue). */
  readonly messages: readonly Message[];
}

export const steps = (a: Draft, b: Draft): number => a.reduce((s, x, i) => s + Math.abs(x - (b[i] ?? 0)), 0);
export const clausesApart = (a: Draft, b: Draft): number => a.reduce((n, x, i) => n + Number(x !== (b[i] ?? 0)), 0);
/** A gain in points, capped at ±100 (a refusal shows at −100). */
const points = (gain: number): number => Math.max(-100, Math.min(100, Math.round(gain * 100)));
const atLeastAsGood = (a: readonly number[], b: readonly number[]): boolean => a.every((x, i) => x >= (b[i] ?? 0));

/** Places a text against the benchmark: how far from the frontier and the Nash draft, and who got less. */
export function placeDraft(model: RoundModel, conditions: Conditions, bench: Benchmark, draft: Draft): ExpertDebrief {
  const gains = gainsOf(model, conditions, draft);
  const feasible = bench.frontier.length > 0 && gains.every((g, i) => !isGuarantorAt(bench, i) || g > BLOCKED_GAIN);
  const better = bench.frontier.filter(
    (p) => atLeastAsGood(p.gains, gains) && p.gains.some((g, i) => g > (gains[i] ?? 0)),
  );
  const onFrontier = feasible && better.length === 0;
  const nash = bench.nash;
  const shares = bench.delegations.map((delegation, i): TableShare => {
    const player = gains[i] ?? 0;
    const n = nash?.gains[i] ?? null;
    const best = bench.frontier.length === 0 ? null : Math.max(...bench.frontier.map((p) => p.gains[i] ?? 0));
    return { delegation, player, nash: n, best, leftOnTable: n === null ? 0 : Math.max(0, n - player) };
  });
  const toFrontier = onFrontier
    ? 0
    : better.length === 0
      ? null
      : Math.min(...better.map((p) => steps(p.draft, draft)));
  const toNash = nash === null ? null : { steps: steps(nash.draft, draft), clauses: clausesApart(nash.draft, draft) };
  return {
    benchmark: bench,
    feasible,
    onFrontier,
    toNash,
    toFrontier,
    shares,
    chart: {
      delegations: bench.delegations,
      player: shares.map((s) => points(s.player)),
      nash: shares.map((s) => (s.nash === null ? 0 : points(s.nash))),
      best: shares.map((s) => (s.best === null ? 0 : points(s.best))),
      signLine: 0,
    },
    messages: sayings(bench, nash, gains, { feasible, onFrontier, toNash, toFrontier, shares }),
  };
}

const isGuarantorAt = (bench: Benchmark, i: number): boolean => {
  const id = bench.delegations[i];
  return id !== undefined && isGuarantor(id);
};

function sayings(
  bench: Benchmark,
  nash: Placed | null,
  gains: readonly number[],
  p: Pick<ExpertDebrief, 'feasible' | 'onFrontier' | 'toNash' | 'toFrontier' | 'shares'>,
): Message[] {
  if (nash === null || p.toNash === null) return [msg('expert.noFeasible', { drafts: bench.drafts })];
  const out: Message[] = [
    msg('expert.feasibleSet', { feasible: bench.feasible, drafts: bench.drafts, frontier: bench.frontier.length }),
  ];
  if (!p.feasible) out.push(msg('expert.infeasible'));
  else if (p.onFrontier) out.push(msg('expert.onFrontier'));
  else out.push(msg('expert.dominated', { steps: p.toFrontier ?? 0 }));
  out.push(
    p.toNash.steps === 0
      ? msg('expert.isNash')
      : msg('expert.nashDistance', { steps: p.toNash.steps, clauses: p.toNash.clauses }),
  );
  out.push(msg('expert.signers', { player: signers(gains), nash: signers(nash.gains) }));
  for (const s of p.shares) {
    if (s.nash === null) continue;
    const diff = points(s.nash - s.player);
    if (diff > 0) out.push(msg('expert.leftOnTable', { delegation: s.delegation, points: diff }));
    else if (diff < 0) out.push(msg('expert.gainedOver', { delegation: s.delegation, points: -diff }));
  }
  return out;
}

/** The whole comparison for a round at its outcome (or now): the one call the debrief needs. */
export function expertDebrief(model: RoundModel, data: RoundData, discrete: Discrete): ExpertDebrief {
  const conditions = conditionsOf(model, data, discrete);
  return placeDraft(model, conditions, benchmark(model, conditions), data.outcome?.text ?? data.draft);
}
