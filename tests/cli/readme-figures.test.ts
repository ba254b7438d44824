import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BEGIN, END, README, renderFigures, SWEEP_SEEDS, withFigures } from '../../src/cli/figures';
import { runCli } from '../support/cli';

describe("the README's figures (issue 18: claims are printed, not typed)", () => {
  it('equal what the fidelity tool prints, at its default seed and over seeds 1 to 20', {
    timeout: 120_000,
  }, async () => {
    const [report, sweep] = await Promise.all([
      runCli('fidelity', ['--json']),
      runCli('fidelity', ['--json', '--seeds', SWEEP_SEEDS]),
    ]);
    expect(report.code).toBe(0);
    expect(sweep.code).toBe(0);
    const block = renderFigures(JSON.parse(report.stdout), JSON.parse(sweep.stdout));
    const readme = readFileSync(README, 'utf8');
    expect(readme).toContain(BEGIN);
    expect(readme).toContain(END);
    // Rewriting the block with the tools' figures leaves the README as it is.
    expect(withFigures(readme, block)).toBe(readme);
  });

  it('replaces only the marked block, and refuses a README without one', () => {
    const readme = `intro\n${BEGIN}\nold\n${END}\nafter`;
    expect(withFigures(readme, `${BEGIN}\nnew\n${END}`)).toBe(`intro\n${BEGIN}\nnew\n${END}\nafter`);
    expect(withFigures('no block here', 'x')).toBeUndefined();
  });
});
