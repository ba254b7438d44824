import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { FidelityReport, FidelitySweep } from '../engine/fidelity';
import { BEGIN, END, README, renderFigures, SWEEP_SEEDS, withFigures } from './figures';
import { fail, PROJECT_ROOT } from './io';
import { say } from './text';

/**
 * The README's figures are printed by the tools, never typed (issue 18): this rewrites the block between
 * the markers from what `npm run -s fidelity -- --json` and `-- --seeds 1..20 --json` print, and with
 * `--check` only says whether the README still agrees with them.
 */

const USAGE = say('cli.usage', { syntax: 'npm run -s readme-figures [-- --check]' });

/** What a tool prints as JSON, run the way `npm run -s` runs it. */
function toolJson<T>(tool: string, args: readonly string[]): T {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(PROJECT_ROOT, 'src/cli', `${tool}.ts`), ...args],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as T;
}

function main(): void {
  const { values } = (() => {
    try {
      return parseArgs({ options: { check: { type: 'boolean', default: false } }, strict: true });
    } catch (error) {
      return fail(`${(error as Error).message}\n${USAGE}`);
    }
  })();
  const block = renderFigures(
    toolJson<FidelityReport>('fidelity', ['--json']),
    toolJson<FidelitySweep>('fidelity', ['--json', '--seeds', SWEEP_SEEDS]),
  );
  const readme = readFileSync(README, 'utf8');
  const next = withFigures(readme, block);
  if (next === undefined) fail(say('cli.readmeFigures.noBlock', { begin: BEGIN, end: END }));
  if (values.check) {
    if (next !== readme) fail(say('cli.readmeFigures.differ'));
    process.stdout.write(`${say('cli.readmeFigures.agree')}\n`);
    return;
  }
  if (next !== readme) writeFileSync(README, next);
  process.stdout.write(`${say(next === readme ? 'cli.readmeFigures.unchanged' : 'cli.readmeFigures.rewritten')}\n`);
}

main();
