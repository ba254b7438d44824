/** One worker thread of `npm run balance`: plays a slice of the seeds with every policy and reports back. */
import { parentPort, workerData } from 'node:worker_threads';
import { mergeTallies, tallySeeds, type PolicyTally } from '../engine/balance';
import type { Policy } from '../engine/bots';
import type { Difficulty } from '../engine/vocabulary';
import { scenarioOrExit } from './io';

export interface WorkerJob {
  readonly scenario: string;
  readonly difficulty: Difficulty;
  readonly policies: readonly Policy[];
  readonly from: number;
  readonly to: number;
}

export type WorkerMessage = { readonly type: 'progress'; readonly rounds: number } | { readonly type: 'done'; readonly tallies: readonly [Policy, PolicyTally][] };

const job = workerData as WorkerJob;
const send = (message: WorkerMessage): void => {
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker_threads port has no origin
  parentPort?.postMessage(message);
};
const scenario = scenarioOrExit(job.scenario);
const CHUNK = 250;
const out = new Map<Policy, PolicyTally[]>(job.policies.map((p) => [p, []]));
for (let from = job.from; from < job.to; from += CHUNK) {
  const to = Math.min(job.to, from + CHUNK);
  for (const [policy, tally] of tallySeeds(scenario, job.policies, job.difficulty, from, to)) out.get(policy)?.push(tally);
  send({ type: 'progress', rounds: (to - from) * job.policies.length });
}
const tallies = [...out].map(([policy, parts]): [Policy, PolicyTally] => [policy, mergeTallies(parts)]);
send({ type: 'done', tallies });
