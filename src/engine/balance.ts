import { botFor, playBot, SINGLE_ACTION_POLICIES, type Policy } from './bots';
import { startRound } from './session';
import type { Scenario } from './scenario/build';
import type { Difficulty } from './vocabulary';

/**
 * The balance sweep (issue 5): every bot plays the same seeds of one round; a single-action bot whose
 * median score reaches the Nash mediator's is a degenerate strategy.
 */
export interface PolicyTally {
  /** Rounds played, and of those adopted. */
  readonly rounds: number;
  readonly adopted: number;
  /** Every round's total score, in seed order. */
  readonly scores: readonly number[];
}

export interface PolicyFigures {
  readonly adoptionRate: number;
  readonly meanScore: number;
  readonly medianScore: number;
}

export interface BalanceReport {
  readonly scenario: string;
  readonly seeds: number;
  readonly difficulty: Difficulty;
  readonly policies: Readonly<Record<string, PolicyFigures>>;
  readonly degenerate: readonly string[];
}

/** The seeds of a sweep: "1" to "N", as `sim --seed` takes them. */
export const sweepSeed = (index: number): string => String(index + 1);

/**
 * Plays seeds [from, to) of the sweep with every policy, seed by seed (so the bots of one seed share
 * its compiled model).
 */
export function tallySeeds(
  scenario: Scenario,
  policies: readonly Policy[],
  difficulty: Difficulty,
  from: number,
  to: number,
): Map<Policy, PolicyTally> {
  const adopted = policies.map(() => 0);
  const scores: number[][] = policies.map(() => []);
  for (let i = from; i < to; i += 1) {
    const seed = sweepSeed(i);
    policies.forEach((policy, p) => {
      const round = startRound(scenario, { seed, difficulty });
      playBot(round, botFor(policy, seed));
      const outcome = round.data().outcome;
      if (outcome?.adopted === true) adopted[p] = (adopted[p] ?? 0) + 1;
      scores[p]?.push(outcome?.score.total ?? 0);
    });
  }
  return new Map(
    policies.map((policy, p) => [policy, { rounds: to - from, adopted: adopted[p] ?? 0, scores: scores[p] ?? [] }]),
  );
}

/** Plays seeds [from, to) of the sweep with one policy. */
export const tallyPolicy = (
  scenario: Scenario,
  policy: Policy,
  difficulty: Difficulty,
  from: number,
  to: number,
): PolicyTally =>
  tallySeeds(scenario, [policy], difficulty, from, to).get(policy) ?? { rounds: 0, adopted: 0, scores: [] };

export function mergeTallies(parts: readonly PolicyTally[]): PolicyTally {
  return {
    rounds: parts.reduce((n, p) => n + p.rounds, 0),
    adopted: parts.reduce((n, p) => n + p.adopted, 0),
    scores: parts.flatMap((p) => p.scores),
  };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export function figuresOf(tally: PolicyTally): PolicyFigures {
  const sorted = tally.scores.toSorted((a, b) => a - b);
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  const median = n === 0 ? 0 : n % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const mean = n === 0 ? 0 : sorted.reduce((s, x) => s + x, 0) / n;
  // The rate is not rounded: 9,996 adoptions in 10,000 must not print as 1, which says "every seed".
  return { adoptionRate: n === 0 ? 0 : tally.adopted / n, meanScore: round3(mean), medianScore: round3(median) };
}

/** The report, with `degenerate` listing every single-action bot whose median reaches the Nash mediator's. */
export function balanceReport(
  scenario: string,
  seeds: number,
  difficulty: Difficulty,
  tallies: ReadonlyMap<Policy, PolicyTally>,
): BalanceReport {
  const policies: Record<string, PolicyFigures> = {};
  for (const [policy, tally] of tallies) policies[policy] = figuresOf(tally);
  const nash = policies.nash?.medianScore ?? Number.POSITIVE_INFINITY;
  const degenerate = SINGLE_ACTION_POLICIES.filter(
    (p) => (policies[p]?.medianScore ?? Number.NEGATIVE_INFINITY) >= nash,
  );
  return { scenario, seeds, difficulty, policies, degenerate };
}

/** The whole sweep in one thread: for tests and small runs (the CLI spreads it over worker threads). */
export function sweep(
  scenario: Scenario,
  seeds: number,
  difficulty: Difficulty,
  policies: readonly Policy[],
): BalanceReport {
  return balanceReport(scenario.id, seeds, difficulty, tallySeeds(scenario, policies, difficulty, 0, seeds));
}
