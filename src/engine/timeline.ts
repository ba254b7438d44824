import { parseAction } from './actions';
import { trustAt } from './model/trust';
import type { RoundRecord } from './record';
import type { Scenario } from './scenario/build';
import { startRound } from './session';
import type { DelegationId, Mood, SomeDelegations } from './vocabulary';

/** Where every delegation stood after one accepted action: the debrief's chart of trust and moods. */
export interface TimelinePoint {
  readonly stateId: number;
  readonly minute: number;
  readonly action: string;
  readonly trust: SomeDelegations<number>;
  readonly mood: SomeDelegations<Mood>;
}

/**
 * Replays a record, noting trust and mood after each action. Kept out of the round's own data: the hot
 * path never pays for a chart, and a replay of a whole round takes a few milliseconds.
 */
export function timelineOf(scenario: Scenario, record: RoundRecord): TimelinePoint[] {
  // A lesson's record names the students' seats: without them its first answer would be refused and the chart stop.
  const round = startRound(scenario, {
    seed: record.seed,
    difficulty: record.difficulty,
    ...(record.seats === undefined ? {} : { controllers: record.seats }),
  });
  const points: TimelinePoint[] = [];
  const note = (action: string): void => {
    const data = round.data();
    const discrete = round.discrete();
    const trust: SomeDelegations<number> = {};
    const mood: SomeDelegations<Mood> = {};
    for (const id of round.model.delegations as DelegationId[]) {
      const ledger = data.dyn[id]?.trust;
      if (ledger !== undefined) trust[id] = Math.round(trustAt(ledger, data.minute));
      const m = discrete[id]?.mood;
      if (m !== undefined) mood[id] = m;
    }
    points.push({ stateId: data.stateId, minute: data.minute, action, trust, mood });
  };
  note('');
  for (const text of record.actions) {
    const action = parseAction(text);
    if (!action.ok || !round.act(action.value).ok) break;
    note(text);
  }
  round.stop();
  return points;
}
