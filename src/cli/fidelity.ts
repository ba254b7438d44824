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

const USAGE = `usage: npm run -s fidelity [-- --json] [--seed S | --seeds A..B]
Plays every historical round with the history policy and sets each delegation's result beside the record.
The policy's course (consultations, sound-outs, caucuses) is the project's reconstruction from the agenda
and the outcome, not a record of the real mediator's moves; the text it tables is the real one.
--seeds A..B plays seeds A to B and prints each seed's rate with {min, median, max}.`;

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
if (values.seed !== undefined && values.seeds !== undefined) fail(`--seed and --seeds do not go together\n${USAGE}`);
const range = values.seeds === undefined ? undefined : seedRange(values.seeds);
if (values.seeds !== undefined && range === undefined)
  fail(`--seeds expects a range like 1..20 (at most 1,000 seeds), not "${values.seeds}"\n${USAGE}`);

const library = libraryOrExit();
const scenarios: Scenario[] = [...library.rounds.values()]
  .filter((r) => r.history !== undefined)
  .map((r) => r.id)
  .toSorted()
  .map((id) => {
    const built = buildScenario(library, id);
    return built.ok ? built.value : fail(`cannot build ${id}`);
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
  const lines = ['round      delegation   predicted   real'];
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
    `${r.agree} of ${r.cells} cells agree (rate ${r.rate})`,
    `${agreed} of ${decided.length} cells of guarantors and parties agree (the others follow from attendance)`,
    '',
  );
  return lines.join('\n');
}

function sweepTable(s: FidelitySweep): string {
  const lines = ['seed      agree   cells   rate'];
  for (const r of s.seeds)
    lines.push(`${r.seed.padEnd(9)} ${String(r.agree).padStart(5)}   ${String(r.cells).padStart(5)}   ${r.rate}`);
  lines.push('', `min ${s.min}, median ${s.median}, max ${s.max} over ${s.seeds.length} seeds`, '');
  return lines.join('\n');
}
