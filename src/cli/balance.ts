/**
 * `npm run -s balance -- --scenario ID --seeds N [--difficulty easy|normal|hard] [--json]`: every bot
 * over the same N seeds, spread over worker threads (one per core), on the pure round (the differential
 * test holds it to the machines). Prints one JSON object, or the same as a table; progress on stderr.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { balanceReport, mergeTallies, type BalanceReport, type PolicyTally } from '../engine/balance';
import { BALANCE_POLICIES, type Policy } from '../engine/bots';
import { DIFFICULTIES, type Difficulty } from '../engine/vocabulary';
import type { WorkerJob, WorkerMessage } from './balance-worker';
import { fail, printJson, scenarioOrExit, scenarioSource } from './io';
import { say } from './text';
import { workerEntry, type WorkerEntry } from './worker-entry';

const USAGE = say('cli.usage', {
  syntax: 'npm run -s balance -- --scenario ID --seeds N [--difficulty easy|normal|hard] [--json] [--threads N]',
});

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        scenario: { type: 'string' },
        seeds: { type: 'string' },
        difficulty: { type: 'string', default: 'normal' },
        json: { type: 'boolean', default: false },
        threads: { type: 'string' },
      },
      strict: true,
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();
if (values.scenario === undefined || values.seeds === undefined) fail(USAGE);
const seeds = Number(values.seeds);
if (!Number.isInteger(seeds) || seeds < 1) fail(say('cli.wholeNumber', { flag: '--seeds', value: values.seeds }));
if (!(DIFFICULTIES as readonly string[]).includes(values.difficulty))
  fail(say('cli.unknownDifficulty', { difficulty: values.difficulty, list: DIFFICULTIES.join(', ') }));
const difficulty = values.difficulty as Difficulty;
const threads = values.threads === undefined ? availableParallelism() : Number(values.threads);
if (!Number.isInteger(threads) || threads < 1)
  fail(say('cli.wholeNumber', { flag: '--threads', value: values.threads }));
// Checks the scenario here, so that a wrong id is one clear message rather than one per worker.
const scenario = scenarioOrExit(values.scenario);

const source = scenarioSource(values.scenario);

const report = await run();
if (values.json) printJson(report);
else printTable(report);

async function run(): Promise<BalanceReport> {
  const total = seeds * BALANCE_POLICIES.length;
  const workers = Math.max(1, Math.min(threads, seeds));
  let done = 0;
  let shown = -1;
  const began = performance.now();
  const progress = (rounds: number): void => {
    done += rounds;
    const percent = Math.floor((100 * done) / total);
    if (percent !== shown && process.stderr.isTTY !== false && seeds >= 1000) {
      shown = percent;
      const seconds = ((performance.now() - began) / 1000).toFixed(1);
      process.stderr.write(`\r${say('cli.progress', { done, total, percent, seconds })}`);
    }
  };
  const entry = await workerEntry(new URL('./balance-worker.ts', import.meta.url));
  const slices = Array.from({ length: workers }, (_, i) => {
    const job: WorkerJob = {
      files: source.files,
      scenario: source.id,
      difficulty,
      policies: BALANCE_POLICIES,
      from: Math.floor((i * seeds) / workers),
      to: Math.floor(((i + 1) * seeds) / workers),
    };
    return runWorker(entry.start, job, progress);
  });
  const results = await Promise.all(slices).finally(entry.cleanUp);
  if (shown >= 0)
    process.stderr.write(
      `\r${say('cli.progressDone', { total, seconds: ((performance.now() - began) / 1000).toFixed(1) })}${' '.repeat(20)}\n`,
    );
  const tallies = new Map<Policy, PolicyTally>(
    BALANCE_POLICIES.map((p) => [
      p,
      mergeTallies(results.map((r) => r.get(p) ?? { rounds: 0, adopted: 0, scores: [] })),
    ]),
  );
  return balanceReport(scenario.id, seeds, difficulty, tallies);
}

function runWorker(
  start: WorkerEntry['start'],
  job: WorkerJob,
  progress: (rounds: number) => void,
): Promise<Map<Policy, PolicyTally>> {
  return new Promise((resolve, reject) => {
    const worker = start(job);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') progress(message.rounds);
      else if (message.type === 'failed') reject(new Error(say('cli.doesNotLoad', { id: message.scenario })));
      else resolve(new Map(message.tallies));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(say('cli.workerStopped', { code })));
    });
  });
}

function printTable(r: BalanceReport): void {
  const rows = Object.entries(r.policies).map(([policy, f]) => [
    policy,
    `${(100 * f.adoptionRate).toFixed(1)} %`,
    f.meanScore.toFixed(1),
    f.medianScore.toFixed(1),
    r.degenerate.includes(policy) ? say('cli.balance.degenerateMark') : '',
  ]);
  const header = ['policy', 'adopted', 'mean', 'median'].map((k) => say(`cli.balance.${k}`)).concat('');
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  process.stdout.write(
    `${say('cli.balance.heading', { scenario: r.scenario, seeds: r.seeds, difficulty: r.difficulty })}\n`,
  );
  for (const row of [header, ...rows])
    process.stdout.write(
      `${row
        .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd()}\n`,
    );
  const degenerate = r.degenerate.length === 0;
  process.stdout.write(
    `${degenerate ? say('cli.balance.degenerateNone') : say('cli.balance.degenerate', { list: r.degenerate.join(', ') })}\n`,
  );
}
