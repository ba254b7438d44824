import { describe, expect, it } from 'vitest';
import { buildScenario, type Scenario } from '../../src/engine/scenario/build';
import { fuzz } from '../../src/fuzz/run';
import { runCli } from '../support/cli';
import { library } from '../support/library';

/**
 * Issue 20: the slice of `npm run -s fuzz` that every `npm test` runs: 2,000 rounds over every round of
 * the library, with random seeds, difficulties and students' seats, and legal and illegal, typed and
 * untyped actions. No throw, no broken invariant, every record replays to the same bytes.
 */
const RUNS = Math.round(2000 * Number(process.env.PROPERTY_SCALE ?? '1'));

describe('the fuzzer', () => {
  it(`plays ${RUNS} fuzzed rounds without a throw or a broken invariant`, () => {
    const lib = library();
    const scenarios = [...lib.rounds.keys()].toSorted().flatMap((id): Scenario[] => {
      const built = buildScenario(lib, id);
      return built.ok ? [built.value] : [];
    });
    expect(scenarios.length).toBeGreaterThan(10);
    const { tally, first } = fuzz({ scenarios, runs: RUNS, seed: 20 });
    expect(first).toBeNull();
    expect(tally).toMatchObject({ runs: RUNS, throws: 0, violations: 0 });
    // Long enough rounds to reach the plenary and the outcome, not just the briefing.
    expect(tally.steps).toBeGreaterThan(RUNS * 10);
  }, 600_000);

  it('prints exactly {runs, steps, throws, violations} and its speed, and refuses bad arguments', async () => {
    const run = await runCli('fuzz', ['--runs', '40', '--seed', '3', '--threads', '1']);
    expect(run.code).toBe(0);
    expect(Object.keys(JSON.parse(run.stdout))).toEqual(['runs', 'steps', 'throws', 'violations']);
    expect(JSON.parse(run.stdout)).toMatchObject({ runs: 40, throws: 0, violations: 0 });
    expect(run.stderr).toMatch(/fuzz: 40 runs, \d+ steps in [\d.]+ s on 1 thread\(s\): \d+ runs\/s; seed 3/);
    const bad = await runCli('fuzz', ['--runs', 'many']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--runs must be a whole number of at least 1, found "many"/);
  }, 120_000);
});
