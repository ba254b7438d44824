import type { DelegationEvent } from '../delegation/events';
import type { DelegationModel, RoundModel } from '../model/round-model';
import type { DelegationId } from '../vocabulary';
import type { DelegationState, Discrete, LogEntry, Tone } from './state';
import type { Streams } from './streams';

/** How a delegation hears an event: its statecharts (`stepDelegation`); the bench plugs plain functions in here. */
export type Delegate = (model: DelegationModel, state: DelegationState, event: DelegationEvent) => DelegationState;

/**
 * What the pure round functions read besides the data: the static model, this step's streams, the delegations' charts.
 */
export interface Ctx {
  readonly model: RoundModel;
  readonly streams: Streams;
  readonly delegate: Delegate;
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
