/**
 * Lighthouse figures (issue 14): Lighthouse 12 with its default mobile profile (a throttled phone, simulated
 * slow 4G) against the built game, in Debian's Chromium, three runs and their median.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { preview } from 'vite';
import { ensureChromium } from '../tests/support/chromium';
import { median, spread, type Figure } from './figures';

const RUNS = 3;
/** The flags the issue names: headless, no sandbox (root in CI), no GPU. */
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu';

interface Report {
  readonly categories: { readonly performance: { readonly score: number | null } };
  readonly audits: Readonly<Record<string, { readonly numericValue?: number }>>;
  readonly runtimeError?: { readonly code: string; readonly message: string };
}

const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');

async function lighthouse(url: string, chrome: string): Promise<Report> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      cli,
      url,
      '--output=json',
      '--output-path=stdout',
      '--only-categories=performance',
      '--quiet',
      `--chrome-flags=${CHROME_FLAGS}`,
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as Report;
  if (report.runtimeError !== undefined)
    throw new Error(`lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`);
  return report;
}

export async function lighthouseFigures(root: string, outDir: string, say: (line: string) => void): Promise<Figure[]> {
  const chrome = ensureChromium();
  const server = await preview({
    root,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('the preview server gave no URL');
  try {
    const scores: number[] = [];
    const tbt: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const report = await lighthouse(url, chrome);
      scores.push(report.categories.performance.score ?? Number.NaN);
      tbt.push(report.audits['total-blocking-time']?.numericValue ?? Number.NaN);
    }
    say('browser: lighthouse done');
    const perf = median(scores);
    const blocking = median(tbt);
    return [
      {
        name: 'lighthouseMobilePerf',
        value: perf,
        spread: spread(scores),
        unit: '',
        target: '>= 0.95',
        ok: perf >= 0.95,
      },
      {
        name: 'lighthouseTbtMs',
        value: blocking,
        spread: spread(tbt),
        unit: 'ms',
        target: '<= 200',
        ok: blocking <= 200,
      },
    ];
  } finally {
    await server.close();
  }
}
