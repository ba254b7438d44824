import { parseArgs } from 'node:util';
import { fidelityOf, fidelityReport, FIDELITY_SEED, type FidelityReport } from '../engine/fidelity';
import { buildScenario } from '../engine/scenario/build';
import { fail, libraryOrExit, printJson } from './io';
import { say } from './text';

const USAGE = say('cli.usage', { syntax: 'npm run -s fidelity [-- --json] [--seed S]' });

const { values } = (() => {
  try {
    return parseArgs({
      options: { json: { type: 'boolean', default: false }, seed: { type: 'string', default: FIDELITY_SEED } },
      strict: true,
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();

const library = libraryOrExit();
const rounds = [...library.rounds.values()]
  .filter((r) => r.history !== undefined)
  .map((r) => r.id)
  .toSorted()
  .map((id) => {
    const built = buildScenario(library, id);
    if (!built.ok) return fail(say('cli.cannotBuild', { id }));
    return fidelityOf(built.value, values.seed);
  });
const report = fidelityReport(rounds);

if (values.json) printJson(report);
else process.stdout.write(table(report));

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
  const decided = r.rounds.flatMap((x) => x.cells).filter((c) => !['observer', 'absent', 'boycott'].includes(c.real));
  const agreed = decided.filter((c) => c.predicted === c.real).length;
  lines.push(
    '',
    say('cli.fidelity.agree', { agree: r.agree, cells: r.cells, rate: r.rate }),
    say('cli.fidelity.decided', { agreed, decided: decided.length }),
    '',
  );
  return lines.join('\n');
}
