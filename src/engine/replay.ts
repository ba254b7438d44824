import { parseAction } from './actions';
import type { ReplayError, RoundRecord } from './record';
import { err, ok, type Result } from './result';
import type { Scenario } from './scenario/build';
import { startRound, type Round } from './session';

export type PlayError = Extract<ReplayError, { code: 'badAction' | 'refusedAction' }>;

/** Plays actions in notation on a round, stopping at the first one that cannot be read or is refused. */
export function playNotation(round: Round, actions: readonly string[]): Result<Round, PlayError> {
  for (const [index, text] of actions.entries()) {
    const action = parseAction(text);
    if (!action.ok) return err({ code: 'badAction', index, text });
    const result = round.act(action.value);
    if (!result.ok) return err({ code: 'refusedAction', index, text, refusal: result.refusal.code });
  }
  return ok(round);
}

/** Plays a record again. Every action must be accepted, or the record does not belong to this content. */
export function replay(scenario: Scenario, record: RoundRecord): Result<Round, ReplayError> {
  if (record.scenario !== scenario.id)
    return err({ code: 'otherScenario', expected: scenario.id, found: record.scenario });
  if (record.contentHash !== scenario.contentHash)
    return err({ code: 'contentChanged', expected: scenario.contentHash, found: record.contentHash });
  const round = startRound(scenario, {
    seed: record.seed,
    difficulty: record.difficulty,
    ...(record.seats === undefined ? {} : { controllers: record.seats }),
  });
  const played = playNotation(round, record.actions);
  if (!played.ok) round.stop();
  return played;
}
