/** One worker thread of `npm run fuzz`: its share of the runs, with its own fast-check seed. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../engine/scenario/build';
import { buildScenario } from '../engine/scenario/build';
import type { RawFile } from '../engine/scenario/files';
import { loadLibrary } from '../engine/scenario/library';
import { fuzz, type Counterexample, type FuzzTally } from '../fuzz/run';

export interface FuzzJob {
  readonly files: readonly RawFile[];
  readonly runs: number;
  readonly seed: number;
  readonly maxSteps: number;
}
export type FuzzMessage =
  | { readonly type: 'progress'; readonly runs: number }
  | { readonly type: 'done'; readonly tally: FuzzTally; readonly first: Counterexample | null }
  | { readonly type: 'failed'; readonly message: string };

const job = workerData as FuzzJob;
const send = (message: FuzzMessage): void => {
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker_threads port has no origin
  parentPort?.postMessage(message);
};

const library = loadLibrary([...job.files]);
if (!library.ok) send({ type: 'failed', message: 'the scenario library does not load' });
else {
  const scenarios = [...library.value.rounds.keys()].toSorted().flatMap((id): Scenario[] => {
    const built = buildScenario(library.value, id);
    return built.ok ? [built.value] : [];
  });
  const every = 200;
  const result = fuzz({
    scenarios,
    runs: job.runs,
    seed: job.seed,
    maxSteps: job.maxSteps,
    every,
    progress: () => send({ type: 'progress', runs: every }),
  });
  send({ type: 'done', ...result });
}
