import { createStream, type AleaState, type Stream, type StreamName } from '../rng';
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

/**
 * The stream a saved state was taken from, kept so that the next step need not build it again (building
 * one hashes its seed). Used only while the stream still stands exactly at the saved state: a state
 * stepped from twice gets a fresh stream the second time, so a step stays a function of its state.
 */
const kept = new WeakMap<AleaState, Stream>();

const same = (a: AleaState, b: AleaState): boolean => a.c === b.c && a.s0 === b.s0 && a.s1 === b.s1 && a.s2 === b.s2;

function reopen(seed: string, name: StreamName, saved: AleaState | undefined): Stream {
  if (saved !== undefined) {
    const stream = kept.get(saved);
    if (stream !== undefined && same(stream.state(), saved)) return stream;
  }
  return createStream(seed, name, saved);
}

function closed(stream: Stream): AleaState {
  const state = stream.state();
  kept.set(state, stream);
  return state;
}

export function openStreams(seed: string, saved: RngState): Streams {
  let events: Stream | undefined;
  const byDelegation = new Map<DelegationId, Stream>();
  return {
    get events() {
      events ??= reopen(seed, 'events', saved.events ?? undefined);
      return events;
    },
    delegation(id) {
      let stream = byDelegation.get(id);
      if (stream === undefined) {
        stream = reopen(seed, `delegation:${id}`, saved.delegations[id]);
        byDelegation.set(id, stream);
      }
      return stream;
    },
    close() {
      if (events === undefined && byDelegation.size === 0) return saved;
      const delegations = { ...saved.delegations };
      for (const [id, stream] of byDelegation) delegations[id] = closed(stream);
      return { events: events === undefined ? saved.events : closed(events), delegations };
    },
  };
}
