import { join } from 'node:path';
import type { FidelityReport, FidelitySweep } from '../engine/fidelity';
import { PROJECT_ROOT } from './io';

/** The README's block of figures, rendered from the tools' JSON (issue 18); readme-figures.ts writes it. */

export const README = join(PROJECT_ROOT, 'README.md');
export const BEGIN =
  '<!-- figures:fidelity (written by `npm run -s readme-figures` from the fidelity tool; do not edit) -->';
export const END = '<!-- /figures:fidelity -->';
export const SWEEP_SEEDS = '1..20';

/** The README's block, written from the tools' JSON. */
export function renderFigures(report: FidelityReport, sweep: FidelitySweep): string {
  const cells = report.rounds.flatMap((r) => r.cells.map((c) => ({ round: r.id, ...c })));
  const decided = cells.filter((c) => !['observer', 'absent', 'boycott'].includes(c.real));
  const agreed = decided.filter((c) => c.predicted === c.real).length;
  const misses = cells.filter((c) => c.predicted !== c.real);
  const lines = [
    BEGIN,
    `\`npm run -s fidelity\` (seed \`history\`) agrees on ${report.agree} of ${report.cells} cells ` +
      `(rate ${report.rate}); ${agreed} of the ${decided.length} cells of guarantors and parties agree ` +
      '(the ones attendance does not settle). ' +
      `Over seeds ${SWEEP_SEEDS.replace('..', ' to ')} (\`--seeds ${SWEEP_SEEDS}\`) the rate is min ${sweep.min}, median ` +
      `${sweep.median}, max ${sweep.max}.`,
    '',
    'Cells where the model and the record disagree at seed `history`:',
    '',
    ...misses.map((c) => `- ${c.round}, ${c.delegation}: the model says ${c.predicted}, the record ${c.real}.`),
    END,
  ];
  return lines.join('\n');
}

/** The README with its block replaced; undefined when the markers are missing. */
export function withFigures(readme: string, block: string): string | undefined {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return `${readme.slice(0, start)}${block}${readme.slice(end + END.length)}`;
}
