import { parseAction } from './actions';
import { trustAt } from './model/trust';
import { moveMessage } from './moves';
import type { Message } from './result';
import type { RoundRecord } from './record';
import type { Scenario } from './scenario/build';
import { startRound } from './session';
import type { DelegationId, Mood, SomeDelegations } from './vocabulary';

/** Where every delegation stood after one accepted action: the debrief's chart of trust and moods. */
export interface TimelinePoint {
  readonly stateId: number;
  readonly minute: number;
  /** The move in notation ('' before the first), and in words for the screens. */
  readonly action: string;
  readonly move: Message | null;
  readonly trust: SomeDelegations<number>;
  /** Moods of the delegations that have come: before the talks open nobody has one yet. */
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
  const note = (action: string, move: Message | null): void => {
    const data = round.data();
    const discrete = round.discrete();
    const trust: SomeDelegations<number> = {};
    const mood: SomeDelegations<Mood> = {};
    for (const id of round.model.delegations as DelegationId[]) {
      const ledger = data.dyn[id]?.trust;
      if (ledger !== undefined) trust[id] = Math.round(trustAt(ledger, data.minute));
      const d = discrete[id];
      if (d !== undefined && d.attendance !== 'arriving') mood[id] = d.mood;
    }
    points.push({ stateId: data.stateId, minute: data.minute, action, move, trust, mood });
  };
  note('', null);
  for (const text of record.actions) {
    const action = parseAction(text);
    if (!action.ok || !round.act(action.value).ok) break;
    note(text, moveMessage(action.value));
  }
  round.stop();
  return points;
}
