import { parseArgs } from 'node:util';
import {
  decidedCells,
  fidelityOf,
  fidelityReport,
  fidelitySweep,
  FIDELITY_SEED,
  seedRange,
  type FidelityReport,
  type FidelitySweep,
} from '../engine/fidelity';
import { buildScenario, type Scenario } from '../engine/scenario/build';
import { fail, libraryOrExit, printJson } from './io';
import { say } from './text';

const USAGE = `${say('cli.usage', { syntax: 'npm run -s fidelity [-- --json] [--seed S | --seeds A..B]' })}
${say('cli.fidelity.about')}`;

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        json: { type: 'boolean', default: false },
        seed: { type: 'string' },
        seeds: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (values.seed !== undefined && values.seeds !== undefined) fail(`${say('cli.fidelity.seedAndSeeds')}\n${USAGE}`);
const range = values.seeds === undefined ? undefined : seedRange(values.seeds);
if (values.seeds !== undefined && range === undefined)
  fail(`${say('cli.fidelity.badRange', { value: values.seeds })}\n${USAGE}`);

const library = libraryOrExit();
const scenarios: Scenario[] = [...library.rounds.values()]
  .filter((r) => r.history !== undefined)
  .map((r) => r.id)
  .toSorted()
  .map((id) => {
    const built = buildScenario(library, id);
    return built.ok ? built.value : fail(say('cli.cannotBuild', { id }));
  });

if (range !== undefined) {
  const sweep = fidelitySweep(scenarios, range);
  if (values.json) printJson(sweep);
  else process.stdout.write(sweepTable(sweep));
} else {
  const report = fidelityReport(scenarios.map((s) => fidelityOf(s, values.seed ?? FIDELITY_SEED)));
  if (values.json) printJson(report);
  else process.stdout.write(table(report));
}

/** The readable form: one line per round, a mark on every cell where the model and the record differ. */
function table(r: FidelityReport): string {
  const head = [say('cli.fidelity.round').padEnd(10), say('cli.fidelity.delegation').padEnd(12)];
  const lines = [`${head.join(' ')} ${say('cli.fidelity.predicted').padEnd(11)} ${say('cli.fidelity.real')}`];
  for (const round of r.rounds) {
    for (const c of round.cells) {
      const mark = c.predicted === c.real ? ' ' : '✗';
      lines.push(`${mark} ${round.id.padEnd(9)} ${c.delegation.padEnd(12)} ${c.predicted.padEnd(11)} ${c.real}`);
    }
  }
  // Observer, absent and boycott cells follow from attendance and role, which round files and eras set:
  // they agree by construction, so the figure that tests the model leaves them out.
  const decided = decidedCells(r);
  const agreed = decided.filter((c) => c.predicted === c.real).length;
  lines.push(
    '',
    say('cli.fidelity.agree', { agree: r.agree, cells: r.cells, rate: r.rate }),
    say('cli.fidelity.decided', { agreed, decided: decided.length }),
    '',
  );
  return lines.join('\n');
}

function sweepTable(s: FidelitySweep): string {
  const head = [say('cli.fidelity.seed').padEnd(9), say('cli.fidelity.agreeColumn').padStart(5)];
  const lines = [`${head.join(' ')}   ${say('cli.fidelity.cells').padStart(5)}   ${say('cli.fidelity.rate')}`];
  for (const r of s.seeds)
    lines.push(`${r.seed.padEnd(9)} ${String(r.agree).padStart(5)}   ${String(r.cells).padStart(5)}   ${r.rate}`);
  lines.push('', say('cli.fidelity.spread', { min: s.min, median: s.median, max: s.max, count: s.seeds.length }), '');
  return lines.join('\n');
}
