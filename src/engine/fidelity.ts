import { historyBot } from './bots/history';
import { playBot } from './bots/bot';
import { delegationModel } from './model/round-model';
import type { Scenario } from './scenario/build';
import { resultOf, type RealResult } from './round/results';
import { startRound } from './session';
import { DELEGATIONS, type Decision, type DelegationId, type RoundId } from './vocabulary';

export type { RealResult };

export interface FidelityCell {
  readonly delegation: DelegationId;
  readonly predicted: RealResult;
  readonly real: RealResult;
}

export interface FidelityRound {
  readonly id: RoundId;
  readonly cells: readonly FidelityCell[];
}

/** What `npm run -s fidelity -- --json` prints (an interface: other tools read it). */
export interface FidelityReport {
  readonly rounds: readonly FidelityRound[];
  readonly cells: number;
  readonly agree: number;
  readonly rate: number;
}

/** One seed for every round: the history policy has no chance of its own, the round's events do. */
export const FIDELITY_SEED = 'history';

/** What the model says a delegation did, in the words of the real record (the outcome's `results`). */
export const predictedResult = resultOf;

/**
 * Plays one round with the history policy and sets each recorded result beside the model's. The policy's
 * course is the project's reconstruction (see bots/history.ts); the text it tables is the real one.
 */
export function fidelityOf(scenario: Scenario, seed: string = FIDELITY_SEED): FidelityRound {
  // History is replayed with delegations as their profiles make them: the difficulty's seeded lift on
  // their demands is a game device and must not decide what the record says (issue 18).
  const round = startRound(scenario, { seed, lift: false });
  playBot(round, historyBot());
  const outcome = round.data().outcome;
  const real = scenario.round.history?.results ?? {};
  const cells: FidelityCell[] = [];
  for (const id of DELEGATIONS) {
    const result = real[id];
    if (result === undefined) continue;
    const inRound = scenario.delegations.includes(id);
    const decision: Decision = outcome?.decisions[id] ?? 'absent';
    const role = inRound ? delegationModel(round.model, id).role : undefined;
    cells.push({ delegation: id, predicted: predictedResult(decision, role), real: result });
  }
  round.stop();
  return { id: scenario.id, cells };
}

export function fidelityReport(rounds: readonly FidelityRound[]): FidelityReport {
  const all = rounds.flatMap((r) => r.cells);
  const agree = all.filter((c) => c.predicted === c.real).length;
  return {
    rounds,
    cells: all.length,
    agree,
    rate: all.length === 0 ? 0 : Math.round((agree / all.length) * 1000) / 1000,
  };
}

/** The cells that attendance does not settle: observer, absent and boycott cells agree by construction. */
export const decidedCells = (report: FidelityReport): FidelityCell[] =>
  report.rounds.flatMap((r) => r.cells).filter((c) => !['observer', 'absent', 'boycott'].includes(c.real));

/** One seed's figures in a sweep (`npm run -s fidelity -- --seeds A..B`). */
export interface SeedRate {
  readonly seed: string;
  readonly cells: number;
  readonly agree: number;
  readonly rate: number;
}

/** What `--seeds A..B --json` prints: each seed's rate, then the lowest, the median and the highest. */
export interface FidelitySweep {
  readonly seeds: readonly SeedRate[];
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Plays every round at every seed of `seeds` and sums each seed up. */
export function fidelitySweep(scenarios: readonly Scenario[], seeds: readonly string[]): FidelitySweep {
  const rates = seeds.map((seed): SeedRate => {
    const { cells, agree, rate } = fidelityReport(scenarios.map((s) => fidelityOf(s, seed)));
    return { seed, cells, agree, rate };
  });
  const sorted = rates.map((r) => r.rate).toSorted((a, b) => a - b);
  const mid = sorted.length / 2;
  const median =
    sorted.length === 0
      ? 0
      : sorted.length % 2 === 1
        ? (sorted[Math.floor(mid)] ?? 0)
        : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { seeds: rates, min: sorted[0] ?? 0, median: round3(median), max: sorted.at(-1) ?? 0 };
}

/** "1..20" → the seeds "1" … "20"; undefined for anything else (or more than 1,000 seeds). */
export function seedRange(text: string): string[] | undefined {
  const match = /^(\d{1,6})\.\.(\d{1,6})$/.exec(text);
  if (match === null) return undefined;
  const [from, to] = [Number(match[1]), Number(match[2])];
  if (to < from || to - from >= 1000) return undefined;
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}
