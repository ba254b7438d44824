/**
 * sweep10kSeconds (issue 8): wall time of `npm run balance` over 10,000 seeds of Astana-1, run as the
 * user runs it (tsx, one worker thread per core), including start-up. Several runs, median and spread.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/cli/io';
import { median, spread, type Figure } from './figures';

export const SWEEP_SEEDS = 10_000;

export function sweepFigure(runs: number): Figure {
  const seconds: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const began = performance.now();
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(PROJECT_ROOT, 'src/cli/balance.ts'),
        '--scenario',
        'astana-01',
        '--seeds',
        String(SWEEP_SEEDS),
        '--json',
      ],
      {
        cwd: PROJECT_ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    seconds.push((performance.now() - began) / 1000);
  }
  const value = median(seconds);
  return {
    name: 'sweep10kSeconds',
    value,
    spread: spread(seconds),
    unit: `s (${runs} run${runs === 1 ? '' : 's'})`,
    target: '< 60',
    ok: value < 60,
  };
}
