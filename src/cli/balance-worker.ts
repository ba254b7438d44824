/**
 * One worker thread of `npm run balance`: plays a slice of the seeds with every policy and reports
 * back. It reads no files (the main thread sends the scenario's), so it runs the same from source
 * under tsx or bundled.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { mergeTallies, tallySeeds, type PolicyTally } from '../engine/balance';
import type { Policy } from '../engine/bots';
import type { RawFile } from '../engine/scenario/files';
import { buildScenario } from '../engine/scenario/build';
import { loadLibrary } from '../engine/scenario/library';
import type { Difficulty } from '../engine/vocabulary';

export interface WorkerJob {
  readonly files: readonly RawFile[];
  readonly scenario: string;
  readonly difficulty: Difficulty;
  readonly policies: readonly Policy[];
  readonly from: number;
  readonly to: number;
}

export type WorkerMessage =
  | { readonly type: 'progress'; readonly rounds: number }
  | { readonly type: 'done'; readonly tallies: readonly [Policy, PolicyTally][] }
  /** The scenario did not load; the main thread says so in the terminal's language. */
  | { readonly type: 'failed'; readonly scenario: string };

const job = workerData as WorkerJob;
const send = (message: WorkerMessage): void => {
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker_threads port has no origin
  parentPort?.postMessage(message);
};
const CHUNK = 100;

function run(): void {
  const library = loadLibrary([...job.files]);
  const built = library.ok ? buildScenario(library.value, job.scenario) : undefined;
  if (built === undefined || !built.ok) return send({ type: 'failed', scenario: job.scenario });
  const out = new Map<Policy, PolicyTally[]>(job.policies.map((p) => [p, []]));
  for (let from = job.from; from < job.to; from += CHUNK) {
    const to = Math.min(job.to, from + CHUNK);
    for (const [policy, tally] of tallySeeds(built.value, job.policies, job.difficulty, from, to))
      out.get(policy)?.push(tally);
    send({ type: 'progress', rounds: (to - from) * job.policies.length });
  }
  send({
    type: 'done',
    tallies: [...out].map(([policy, parts]): [Policy, PolicyTally] => [policy, mergeTallies(parts)]),
  });
}

run();
