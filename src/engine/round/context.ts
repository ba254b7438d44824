import type { ArrivalPlan } from '../delegation/arrival';
import type { Controller, DelegationEvent } from '../delegation/events';
import type { Draft } from '../draft';
import { evaluation, type Evaluation } from '../model/evaluation';
import { delegationModel, type RoundModel } from '../model/round-model';
import { createStream, type Stream } from '../rng';
import type { DelegationId, SomeDelegations } from '../vocabulary';
import type { Discrete, LogEntry, RoundData, Tone } from './state';

/** Live random streams of one round; their state is engine state, never part of a view. */
export interface Streams {
  readonly events: Stream;
  delegation(id: DelegationId): Stream;
}

export function createStreams(seed: string): Streams {
  const events = createStream(seed, 'events');
  const byDelegation = new Map<DelegationId, Stream>();
  return {
    events,
    delegation: (id) => {
      let stream = byDelegation.get(id);
      if (stream === undefined) {
        stream = createStream(seed, `delegation:${id}`);
        byDelegation.set(id, stream);
      }
      return stream;
    },
  };
}

/** What the pure round functions read: the static model, the delegations' discrete states, the streams. */
export interface Ctx {
  readonly model: RoundModel;
  readonly discrete: Discrete;
  readonly streams: Streams;
  /** Seats held by students; the rest are the AI's. */
  readonly controllers: SomeDelegations<Controller>;
  /** `seatedKeyOf(discrete)`, worked out once. */
  readonly seatedKey: string;
}

export interface Send {
  readonly to: DelegationId;
  readonly event: DelegationEvent;
}

/** A pure step's result: the new data, the delegations to seat, and the events they must hear. */
export interface Step {
  readonly data: RoundData;
  readonly sends: readonly Send[];
  readonly arrivals?: ReadonlyMap<DelegationId, ArrivalPlan>;
}

export const seatedIn =
  (discrete: Discrete) =>
  (d: DelegationId): boolean =>
    discrete[d]?.attendance === 'seated';

const seatedKeys = new WeakMap<Discrete, string>();

/** Who is seated, as a short key for memoising evaluations. */
export function seatedKeyOf(discrete: Discrete): string {
  let key = seatedKeys.get(discrete);
  if (key === undefined) {
    key = (Object.keys(discrete) as DelegationId[]).filter((d) => discrete[d]?.attendance === 'seated').join(',');
    seatedKeys.set(discrete, key);
  }
  return key;
}

/** A delegation's evaluation of a draft with the round's current seating. */
export function evaluate(ctx: Ctx, id: DelegationId, draft: Draft): Evaluation {
  return evaluation(delegationModel(ctx.model, id), draft, seatedIn(ctx.discrete), ctx.seatedKey);
}

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
