import * as fc from 'fast-check';
import type { Scenario } from '../engine/scenario/build';
import { checkRound } from './check';
import { roundInput, type RoundInput } from './inputs';

/** What `npm run -s fuzz` prints: runs, calls to `Round.act`, calls that threw, runs that broke an invariant. */
export interface FuzzTally {
  readonly runs: number;
  readonly steps: number;
  readonly throws: number;
  readonly violations: number;
}

export interface Counterexample {
  readonly problem: string;
  /** The input, shrunk by fast-check to a smallest one that still fails, as fast-check prints it. */
  readonly input: string;
  readonly seed: number;
  readonly path: string | undefined;
}

export interface FuzzOptions {
  readonly scenarios: readonly Scenario[];
  readonly runs: number;
  readonly seed: number;
  readonly maxSteps?: number;
  /** Called every `every` runs with the runs done so far. */
  readonly progress?: (done: number) => void;
  readonly every?: number;
}

const printed = (input: RoundInput): string => {
  try {
    return fc.stringify(input);
  } catch {
    return '(an input that cannot be printed)';
  }
};

/**
 * Plays `runs` fuzzed rounds, counting every throw and every broken invariant (it does not stop at
 * the first), then replays fast-check's sequence up to the first failure to shrink it.
 */
export function fuzz(options: FuzzOptions): { tally: FuzzTally; first: Counterexample | null } {
  const { scenarios, runs, seed, maxSteps = 40, progress, every = 500 } = options;
  const arbitrary = roundInput(scenarios.length, maxSteps);
  let done = 0;
  let steps = 0;
  let throws = 0;
  let violations = 0;
  let firstIndex = -1;
  fc.check(
    fc.property(arbitrary, (input) => {
      const result = checkRound(scenarios, input);
      steps += result.steps;
      if (result.threw) throws += 1;
      else if (result.problem !== null) violations += 1;
      if (result.problem !== null && firstIndex < 0) firstIndex = done;
      done += 1;
      if (progress !== undefined && done % every === 0) progress(done);
      return true;
    }),
    { numRuns: runs, seed },
  );
  const tally = { runs: done, steps, throws, violations };
  if (firstIndex < 0) return { tally, first: null };
  const shrunk = fc.check(
    fc.property(arbitrary, (input) => checkRound(scenarios, input).problem === null),
    { numRuns: firstIndex + 1, seed },
  );
  const input = shrunk.counterexample?.[0];
  return {
    tally,
    first:
      input === undefined
        ? null
        : {
            problem: checkRound(scenarios, input).problem ?? 'it failed once and then passed: not deterministic',
            input: printed(input),
            seed,
            path: shrunk.counterexamplePath ?? undefined,
          },
  };
}
