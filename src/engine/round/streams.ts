import { createStream, type AleaState, type Stream } from '../rng';
import type { DelegationId, SomeDelegations } from '../vocabulary';

/**
 * The random streams' state, as plain data in the round's state (STYLE 2): a stream not drawn from
 * yet has no entry and starts from the round's seed. Never part of a view.
 */
export interface RngState {
  readonly events: AleaState | null;
  readonly delegations: SomeDelegations<AleaState>;
}

export const FRESH_RNG: RngState = { events: null, delegations: {} };

/** Live streams for one step: opened from the saved state, closed into the next one. */
export interface Streams {
  readonly events: Stream;
  delegation(id: DelegationId): Stream;
  /** The streams' state after this step's draws; the same object when nothing was drawn. */
  close(): RngState;
}

export function openStreams(seed: string, saved: RngState): Streams {
  let events: Stream | undefined;
  const byDelegation = new Map<DelegationId, Stream>();
  return {
    get events() {
      events ??= createStream(seed, 'events', saved.events ?? undefined);
      return events;
    },
    delegation(id) {
      let stream = byDelegation.get(id);
      if (stream === undefined) {
        stream = createStream(seed, `delegation:${id}`, saved.delegations[id]);
        byDelegation.set(id, stream);
      }
      return stream;
    },
    close() {
      if (events === undefined && byDelegation.size === 0) return saved;
      const delegations = { ...saved.delegations };
      for (const [id, stream] of byDelegation) delegations[id] = stream.state();
      return { events: events === undefined ? saved.events : events.state(), delegations };
    },
  };
}
