import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/io';
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

  it('is what the README says it is', () => {
    const report = fidelityReport([...library().rounds.keys()].toSorted().map((id) => fidelityOf(scenario(id))));
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`agrees on ${report.agree} of ${report.cells} cells (${report.rate})`);
  });

  it('refuses an unknown flag with its usage', async () => {
    const out = await runCli('fidelity', ['--jsn']);
    expect(out.code).not.toBe(0);
    expect(out.stderr).toMatch(/usage: npm run -s fidelity/);
  });
});
