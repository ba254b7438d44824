/**
 * Engine throughput: full greedy rounds of Astana-1 on one core, with the goals, the delegations and
 * the round deciding in their statecharts. Run from the bundle that bench/run.ts builds, so that it
 * measures the code as shipped. `xstateOverhead` is the rounds per second of the same decisions made by
 * plain functions (bench/plain.ts, kept only here: the engine has one implementation) over those of
 * the charts; both are first checked to make the same rounds.
 */
import { readJsonFiles } from '../src/cli/io';
import { botFor, playBot } from '../src/engine/bots';
import { buildScenario } from '../src/engine/scenario/build';
import { loadLibrary } from '../src/engine/scenario/library';
import { plainRound } from './plain';
import { startRound } from '../src/engine/session';
import { median, spread, type Figure } from './figures';

const scenarioDir = process.argv[2] ?? 'scenarios';
const library = loadLibrary(readJsonFiles(scenarioDir));
if (!library.ok) throw new Error('the scenario library does not load: run npm run validate');
const built = buildScenario(library.value, 'astana-01');
if (!built.ok) throw new Error('astana-01 is missing');
const scenario = built;

type Start = typeof startRound;

function greedyRounds(start: Start, seconds: number, seedBase: number): number {
  const until = performance.now() + seconds * 1000;
  let rounds = 0;
  const began = performance.now();
  while (performance.now() < until) {
    const seed = String(seedBase + rounds);
    const round = start(scenario.value, { seed });
    playBot(round, botFor('greedy', seed));
    round.stop();
    rounds += 1;
  }
  return rounds / ((performance.now() - began) / 1000);
}

// The baseline must make the very rounds the charts make, or the ratio means nothing.
for (let i = 0; i < 40; i += 1) {
  const seed = String(7_000_000 + i);
  const [a, b] = [startRound(scenario.value, { seed }), plainRound(scenario.value, { seed })];
  playBot(a, botFor('greedy', seed));
  playBot(b, botFor('greedy', seed));
  const [x, y] = [a.data().outcome, b.data().outcome].map((o) => JSON.stringify([o?.decisions, o?.score.total]));
  if (x !== y) throw new Error(`seed ${seed}: the plain baseline made another round (${x} / ${y})`);
}

// Warm both paths up, then alternate them so that drift on the machine hits both alike.
greedyRounds(startRound, 1, 1_000_000);
greedyRounds(plainRound, 1, 1_000_000);
const machines: number[] = [];
const ratios: number[] = [];
for (let i = 1; i <= 5; i += 1) {
  const withActors = greedyRounds(startRound, 2, i * 100_000);
  const pure = greedyRounds(plainRound, 2, i * 100_000);
  machines.push(withActors);
  ratios.push(pure / withActors);
}
const figures: Figure[] = [
  {
    name: 'engineRoundsPerSec',
    value: median(machines),
    spread: spread(machines),
    unit: 'rounds/s',
    target: '>= 600',
    ok: median(machines) >= 600,
  },
  {
    name: 'xstateOverhead',
    value: median(ratios),
    spread: spread(ratios),
    unit: 'x',
    target: '<= 3',
    ok: median(ratios) <= 3,
  },
];
process.stdout.write(`${JSON.stringify(figures)}\n`);
