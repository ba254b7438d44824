/**
 * One fuzzed round, checked through the engine's public face only (startRound, Round.act, phase, data,
 * record, stop, viewFor, replay), so that the checks outlive any rewrite of what is behind it.
 */
import { parseAction } from '../engine/actions';
import { parseRecord, sealRecord } from '../engine/record';
import { replay } from '../engine/replay';
import type { Scenario } from '../engine/scenario/build';
import { startRound, type ActResult, type Round } from '../engine/session';
import { viewFor } from '../engine/view';
import { GUARANTORS } from '../engine/vocabulary';
import { valueOf, type RoundInput } from './inputs';

export interface RoundResult {
  /** Calls to `Round.act`. */
  readonly steps: number;
  readonly threw: boolean;
  /** What was wrong, first problem first (a run stops at its first). */
  readonly problem: string | null;
}

const signed = (d: string | undefined): boolean => d === 'signs' || d === 'reserves';
const notation = (text: string): unknown => {
  const parsed = parseAction(text);
  return parsed.ok ? parsed.value : text;
};

/** What is wrong with the round as it stands, as the mediator's view shows it. */
function invariantProblem(round: Round): string | null {
  const view = viewFor(round, 'mediator');
  for (const d of view.delegations) {
    const away = d.attendance === 'walkedOut' || d.attendance === 'boycotting';
    if (away && (signed(d.decision) || signed(view.outcome?.decisions[d.id])))
      return `${d.id} is ${d.attendance} yet signs (${d.decision}, outcome ${view.outcome?.decisions[d.id]})`;
  }
  const outcome = view.outcome;
  if (outcome?.adopted === true) {
    const missing = GUARANTORS.find((g) => !signed(outcome.decisions[g]));
    if (missing !== undefined) return `adopted without ${missing}'s signature (${outcome.decisions[missing]})`;
  }
  if ((round.phase() === 'outcome') !== (outcome !== null)) return `phase ${round.phase()} with outcome ${outcome}`;
  return null;
}

/** The round's state as bytes, to tell whether a step changed it. */
const bytesOf = (round: Round): string => JSON.stringify([round.phase(), round.data()]);

/** What is wrong with one step's effect: a refusal changes nothing, an acceptance moves stateId by one. */
function stepProblem(result: ActResult, before: string, after: string, stateId: number, round: Round): string | null {
  const data = round.data();
  if (!result.ok) {
    if (typeof result.refusal.code !== 'string' || result.refusal.key !== `refusal.${result.refusal.code}`)
      return `a refusal without its code and message: ${JSON.stringify(result.refusal)}`;
    return after === before ? null : `refused (${result.refusal.code}) but changed`;
  }
  return result.stateId === stateId + 1 && data.stateId === stateId + 1
    ? null
    : `accepted: stateId ${stateId} -> ${data.stateId} (reported ${result.stateId})`;
}

/** Everything of a round its replay must give again, as bytes. */
const allBytes = (r: Round): string =>
  JSON.stringify([r.phase(), r.data(), r.record(), viewFor(r, 'mediator'), viewFor(r, 'projector')]);

/** The same scenario, seed, seats and actions must give the same bytes: replays the sealed record. */
function replayProblem(scenario: Scenario, round: Round): string | null {
  const record = round.record();
  const read = parseRecord(JSON.parse(JSON.stringify(sealRecord(record))));
  if (!read.ok) return `its own record does not read back (${read.error.code})`;
  const again = replay(scenario, read.value);
  if (!again.ok) return `its own record does not replay (${JSON.stringify(again.error)})`;
  const same = allBytes(again.value) === allBytes(round);
  again.value.stop();
  return same ? null : 'replaying its record gives other bytes';
}

export function checkRound(scenarios: readonly Scenario[], input: RoundInput): RoundResult {
  const scenario = scenarios[input.round % scenarios.length];
  if (scenario === undefined) throw new Error('no scenario to fuzz');
  const controllers = Object.fromEntries(input.students.map((d) => [d, 'human' as const]));
  const round = startRound(scenario, { seed: input.seed, difficulty: input.difficulty, controllers });
  let steps = 0;
  const end = (problem: string | null, threw = false): RoundResult => {
    round.stop();
    return { steps, threw, problem };
  };
  // One serialization a step: the state after a step is the state before the next.
  let before = bytesOf(round);
  for (const [i, s] of input.steps.entries()) {
    const value = valueOf(s, round, scenario, input.students, notation);
    const stateId = round.data().stateId;
    let result: ActResult;
    steps += 1;
    try {
      result = round.act(value);
    } catch (error) {
      return end(`step ${i}: act threw ${String(error)}`, true);
    }
    const after = bytesOf(round);
    const problem = stepProblem(result, before, after, stateId, round) ?? invariantProblem(round);
    if (problem !== null) return end(`step ${i}: ${problem}`);
    before = after;
  }
  return end(replayProblem(scenario, round));
}
