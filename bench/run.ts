/**
 * `npm run -s bench [-- --json]`: every figure the project keeps targets for, measured here and now.
 * Engine figures run from a production bundle in a child process; nothing here is a test.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'vite';
import { PROJECT_ROOT, SCENARIO_DIR } from '../src/cli/io';
import { buildWeb, bundleFigures } from './bundle';
import type { Figure } from './figures';
import { browserFigures } from './browser';
import { classroomFigures } from './classroom';
import { lighthouseFigures } from './lighthouse';
import { sweepFigure } from './sweep';

const json = process.argv.includes('--json');
/** `--sweep-runs N`: how many 10,000-seed sweeps to time (each takes most of a minute); 0 skips them. */
const runsAt = process.argv.indexOf('--sweep-runs');
const sweepRuns = runsAt < 0 ? 3 : Number(process.argv[runsAt + 1]);
const outDir = join(PROJECT_ROOT, 'node_modules/.cache/astana-bench');

async function bundle(entry: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'error',
    root: PROJECT_ROOT,
    build: {
      ssr: join(PROJECT_ROOT, entry),
      outDir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { entryFileNames: '[name].mjs' } },
    },
    ssr: { noExternal: true },
  });
  return join(outDir, `${entry.split('/').pop()?.replace(/\.ts$/, '')}.mjs`);
}

function runFigures(file: string, ...args: string[]): Figure[] {
  const out = execFileSync(process.execPath, [file, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '[]') as Figure[];
}

const figures: Figure[] = [];
figures.push(...runFigures(await bundle('bench/engine.ts'), SCENARIO_DIR));
const webDir = join(PROJECT_ROOT, 'node_modules/.cache/astana-web');
await buildWeb(PROJECT_ROOT, webDir);
figures.push(...bundleFigures(webDir).figures);
const say = (line: string): void => void process.stderr.write(`${line}\n`);
figures.push(...(await browserFigures(PROJECT_ROOT, webDir, say)));
figures.push(...(await lighthouseFigures(PROJECT_ROOT, webDir, say)));
figures.push(...(await classroomFigures(say)));
if (sweepRuns > 0) figures.push(sweepFigure(sweepRuns));

if (json) {
  process.stdout.write(
    `${JSON.stringify(
      Object.fromEntries(
        figures.flatMap((f) => [
          [f.name, f.value],
          [`${f.name}Spread`, f.spread],
        ]),
      ),
    )}\n`,
  );
} else {
  const rows = figures.map((f) => [
    f.name,
    `${round(f.value)} ${f.unit}`,
    `${round(f.spread[0])}–${round(f.spread[1])}`,
    f.target,
    f.ok ? 'ok' : 'MISSED',
  ]);
  const header = ['figure', 'median', 'spread', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  for (const row of [header, ...rows])
    process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}\n`);
}

function round(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}
