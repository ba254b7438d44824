import type { DelegationEvent } from '../delegation/events';
import type { RoundModel } from '../model/round-model';
import type { DelegationId } from '../vocabulary';
import type { Discrete, LogEntry, Tone } from './state';
import type { Streams } from './streams';

/** What the pure round functions read besides the data: the static model and this step's streams. */
export interface Ctx {
  readonly model: RoundModel;
  readonly streams: Streams;
}

/** An event for one delegation's chart. */
export interface Send {
  readonly to: DelegationId;
  readonly event: DelegationEvent;
}

export const seatedIn =
  (discrete: Discrete) =>
  (d: DelegationId): boolean =>
    discrete[d]?.attendance === 'seated';

/** Who sits at the table, in the round's order. */
export const seatedList = (model: RoundModel, discrete: Discrete): DelegationId[] =>
  model.delegations.filter(seatedIn(discrete));

export function entry(
  minute: number,
  key: string,
  params: Record<string, string | number>,
  tone: Tone = 'neutral',
  delegation?: DelegationId,
): LogEntry {
  return delegation === undefined
    ? { minute, message: { key, params }, tone }
    : { minute, message: { key, params }, tone, delegation };
}
