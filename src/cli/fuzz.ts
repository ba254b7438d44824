/**
 * `npm run -s fuzz -- [--runs N] [--seed S] [--threads T] [--steps M]` (issue 20): N fuzzed rounds
 * (100,000 unless told) over every round of the library, seeds, difficulties and students' seats, each
 * with up to M steps (40) of legal and illegal, typed and untyped actions. Checks that Round.act never
 * throws, a refused action changes nothing, a walked-out delegation never signs, nothing is adopted
 * without every guarantor, and the record replays to the same bytes. Prints `{runs, steps, throws,
 * violations}`; on any throw or violation exits 1 with the first counterexample, shrunk, on stderr.
 */
import { randomInt } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { Counterexample, FuzzTally } from '../fuzz/run';
import type { FuzzJob, FuzzMessage } from './fuzz-worker';
import { fail, libraryFiles, printJson } from './io';
import { say } from './text';
import { workerEntry } from './worker-entry';

const USAGE = say('cli.usage', { syntax: 'npm run -s fuzz -- [--runs N] [--seed S] [--threads T] [--steps M]' });
const { values } = (() => {
  try {
    return parseArgs({
      options: {
        runs: { type: 'string', default: '100000' },
        seed: { type: 'string' },
        threads: { type: 'string' },
        steps: { type: 'string', default: '40' },
      },
      strict: true,
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();
const whole = (name: string, value: string | undefined, min: number): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) fail(say('cli.atLeast', { flag: `--${name}`, min, value: value ?? '' }));
  return n;
};
const runs = whole('runs', values.runs, 1);
const steps = whole('steps', values.steps, 0);
const threads = Math.min(
  runs,
  values.threads === undefined ? availableParallelism() : whole('threads', values.threads, 1),
);
// A new seed each time unless told, printed so that any run can be played again.
const seed = values.seed === undefined ? randomInt(2 ** 31 - 1) : whole('seed', values.seed, 0);

const began = performance.now();
const seconds = (): string => ((performance.now() - began) / 1000).toFixed(1);
let done = 0;
let shown = -1;
const progress = (n: number): void => {
  done += n;
  const percent = Math.floor((100 * done) / runs);
  if (percent === shown || process.stderr.isTTY !== true) return;
  shown = percent;
  process.stderr.write(`\r${say('cli.fuzz.progress', { done, runs, percent, seconds: seconds() })}`);
};

const { files } = libraryFiles();
const entry = await workerEntry(new URL('./fuzz-worker.ts', import.meta.url));
const results = await Promise.all(
  Array.from({ length: threads }, (_, i) => {
    const job: FuzzJob = {
      files,
      runs: Math.floor(((i + 1) * runs) / threads) - Math.floor((i * runs) / threads),
      seed: seed + i,
      maxSteps: steps,
    };
    return new Promise<{ tally: FuzzTally; first: Counterexample | null }>((resolve, reject) => {
      const worker = entry.start(job);
      worker.on('message', (m: FuzzMessage) => {
        if (m.type === 'progress') progress(m.runs);
        else if (m.type === 'failed') reject(new Error(m.message));
        else resolve(m);
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0) reject(new Error(say('cli.fuzz.workerStopped', { code })));
      });
    });
  }),
)
  .catch((error: unknown) => fail(`fuzz: ${(error as Error).message}`))
  .finally(entry.cleanUp);

const tally: FuzzTally = {
  runs: results.reduce((s, r) => s + r.tally.runs, 0),
  steps: results.reduce((s, r) => s + r.tally.steps, 0),
  throws: results.reduce((s, r) => s + r.tally.throws, 0),
  violations: results.reduce((s, r) => s + r.tally.violations, 0),
};
const time = (performance.now() - began) / 1000;
if (shown >= 0) process.stderr.write('\n');
const rate = Math.round(tally.runs / time);
process.stderr.write(
  `${say('cli.fuzz.summary', { runs: tally.runs, steps: tally.steps, seconds: time.toFixed(1), threads, rate, seed })}\n`,
);
printJson(tally);
const first = results.find((r) => r.first !== null)?.first;
if (first !== undefined && first !== null) {
  const { problem, path, input } = first;
  process.stderr.write(`${say('cli.fuzz.counterexample', { problem, seed: first.seed, path, input })}\n`);
  process.exit(1);
}
if (tally.throws + tally.violations > 0) process.exit(1);
