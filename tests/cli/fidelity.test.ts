import { describe, expect, it } from 'vitest';
import { fidelityOf, fidelityReport } from '../../src/engine/fidelity';
import { REAL_RESULTS } from '../../src/engine/scenario/schema';
import { DELEGATIONS } from '../../src/engine/vocabulary';
import { runCli } from '../support/cli';
import { library, scenario } from '../support/library';

describe('fidelity', () => {
  it('prints one JSON object: rounds of cells, then cells, agree and rate, the same bytes every time', async () => {
    const a = await runCli('fidelity', ['--json']);
    expect(a.code).toBe(0);
    // The same bytes as the engine gives in this process: nothing in it depends on the run.
    const here = fidelityReport([...library().rounds.keys()].toSorted().map((id) => fidelityOf(scenario(id))));
    expect(a.stdout).toBe(`${JSON.stringify(here)}\n`);
    expect(a.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(a.stdout);
    expect(Object.keys(out)).toEqual(['rounds', 'cells', 'agree', 'rate']);
    for (const round of out.rounds) {
      expect(Object.keys(round)).toEqual(['id', 'cells']);
      expect(round.id).toMatch(/^astana-\d{2}$/);
      for (const cell of round.cells) {
        expect(Object.keys(cell)).toEqual(['delegation', 'predicted', 'real']);
        expect(DELEGATIONS).toContain(cell.delegation);
        expect(REAL_RESULTS).toContain(cell.predicted);
        expect(REAL_RESULTS).toContain(cell.real);
      }
    }
    expect(out.rate).toBeGreaterThanOrEqual(0.9);
    expect(out.agree).toBeLessThanOrEqual(out.cells);
  });

  it('without --json prints a readable table with a mark on each disagreement', async () => {
    const out = await runCli('fidelity', []);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^round\s+delegation\s+predicted\s+real/);
    expect(out.stdout).toMatch(/\d+ of \d+ cells agree \(rate 0\.\d+\)/);
  });

  it('with --seeds A..B prints each seed with its rate, then min, median and max (issue 18)', async () => {
    const out = await runCli('fidelity', ['--json', '--seeds', '3..6']);
    expect(out.code).toBe(0);
    const sweep = JSON.parse(out.stdout);
    expect(Object.keys(sweep)).toEqual(['seeds', 'min', 'median', 'max']);
    expect(sweep.seeds.map((s: { seed: string }) => s.seed)).toEqual(['3', '4', '5', '6']);
    for (const s of sweep.seeds) expect(Object.keys(s)).toEqual(['seed', 'cells', 'agree', 'rate']);
    const rates = sweep.seeds.map((s: { rate: number }) => s.rate).toSorted((a: number, b: number) => a - b);
    expect([sweep.min, sweep.max]).toEqual([rates[0], rates.at(-1)]);
    expect(sweep.median).toBe(Math.round(((rates[1] + rates[2]) / 2) * 1000) / 1000);
    const table = await runCli('fidelity', ['--seeds', '3..4']);
    expect(table.stdout).toMatch(/^seed\s+agree\s+cells\s+rate/);
    expect(table.stdout).toMatch(/min 0\.\d+, median 0\.\d+, max 0\.\d+ over 2 seeds/);
  });

  it('refuses a bad range, and --seed with --seeds, with its usage', async () => {
    for (const args of [
      ['--seeds', '5..2'],
      ['--seeds', '1-20'],
      ['--seed', '1', '--seeds', '1..2'],
    ]) {
      const out = await runCli('fidelity', args);
      expect(out.code, args.join(' ')).not.toBe(0);
      expect(out.stderr).toMatch(/usage: npm run -s fidelity/);
    }
  });

  it('says in its help that the course is a reconstruction, not a record', async () => {
    const out = await runCli('fidelity', ['--help']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/reconstruction/);
  });

  it('refuses an unknown flag with its usage', async () => {
    const out = await runCli('fidelity', ['--jsn']);
    expect(out.code).not.toBe(0);
    expect(out.stderr).toMatch(/usage: npm run -s fidelity/);
  });
});
