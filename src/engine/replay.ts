import { parseAction } from './actions';
import type { ReplayError, RoundRecord } from './record';
import { err, ok, type Result } from './result';
import type { Scenario } from './scenario/build';
import { startRound, type Round } from './session';

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
  for (const [index, text] of record.actions.entries()) {
    const action = parseAction(text);
    if (!action.ok) {
      round.stop();
      return err({ code: 'badAction', index, text });
    }
    const result = round.act(action.value);
    if (!result.ok) {
      round.stop();
      return err({ code: 'refusedAction', index, text, refusal: result.refusal.code });
    }
  }
  return ok(round);
}
