import alea, { type AleaState } from 'seedrandom/lib/alea.js';

/**
 * Named random streams. Every chance in a round comes from one of these, each seeded from the round's
 * seed and its own name, so adding a draw to one concern never shifts another (DESIGN §4). Alea is
 * seedrandom's fastest generator (about 1 µs to create, 11 ns a number).
 */
export type StreamName = 'events' | 'hidden' | 'temper' | `delegation:${string}` | `bot:${string}`;
export type { AleaState };

export interface Stream {
  readonly name: StreamName;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks an index by non-negative weights; -1 when all are zero. */
  weighted(weights: readonly number[]): number;
  /** The generator's state, for persistence; never part of a view. */
  state(): AleaState;
}

export function streamSeed(seed: string, name: StreamName): string {
  return `${seed}/${name}`;
}

export function createStream(seed: string, name: StreamName, saved?: AleaState): Stream {
  const prng = alea(streamSeed(seed, name), { state: saved ?? true });
  const next = (): number => prng();
  return {
    name,
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => (p <= 0 ? false : p >= 1 ? true : next() < p),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error(`pick from an empty list in stream ${name}`);
      return item;
    },
    weighted: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      if (total <= 0) return -1;
      let roll = next() * total;
      for (let i = 0; i < weights.length; i += 1) {
        roll -= weights[i] ?? 0;
        if (roll < 0) return i;
      }
      return weights.length - 1;
    },
    state: () => prng.state(),
  };
}
