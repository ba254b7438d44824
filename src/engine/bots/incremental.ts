import { withStrength, type Draft } from '../draft';
import { settle } from '../goals/settle';
import { blocksSignature, goalRange, goalWorth, type CompiledGoal } from '../model/goals';
import type { DelegationId } from '../vocabulary';

interface Touching {
  readonly goal: CompiledGoal;
  /** Its value and whether it blocks, in the current draft. */
  readonly value: number;
  readonly blocks: boolean;
}

/** What a mediator's known goals of one delegation make of the current draft. */
export interface KnownSeat {
  readonly low: number;
  readonly high: number;
  readonly known: number;
  /** Known goals touching each agenda position. */
  readonly byAt: readonly (readonly Touching[])[];
  readonly utility: number;
  readonly blocked: number;
}

export function knownSeat(
  goals: readonly CompiledGoal[],
  draft: Draft,
  positions: number,
  seated: (d: DelegationId) => boolean,
): KnownSeat {
  let low = 0;
  let high = 0;
  let utility = 0;
  let blocked = 0;
  const byAt: Touching[][] = Array.from({ length: positions }, () => []);
  for (const g of goals) {
    const [a, b] = goalRange(g);
    low += a;
    high += b;
    const { state } = settle(g, draft, seated);
    const value = goalWorth(g, state, draft);
    const blocks = blocksSignature(g, state);
    utility += value;
    if (blocks) blocked += 1;
    for (const at of g.touches) byAt[at]?.push({ goal: g, value, blocks });
  }
  return { low, high, known: goals.length, byAt, utility, blocked };
}

/** The share of its known range a utility reaches; one half when the range says nothing. */
export const shareOf = (s: KnownSeat, utility: number): number =>
  s.known === 0 || s.high === s.low ? 0.5 : (utility - s.low) / (s.high - s.low);

export interface Incremental {
  readonly value: number;
  valueWith(at: number, strength: number): number;
}

/**
 * A draft's value as a sum over seats plus each clause's substance, and the value of a one-clause
 * change worked out from the goals that clause touches only: shared by the greedy and Nash mediators,
 * which differ in how they value a seat.
 */
export function incremental<S extends KnownSeat>(
  draft: Draft,
  seats: readonly S[],
  seatValue: (s: S, utility: number, blocked: number) => number,
  substance: (at: number, strength: number) => number,
  seated: (d: DelegationId) => boolean,
): Incremental {
  let value = 0;
  for (const s of seats) value += seatValue(s, s.utility, s.blocked);
  draft.forEach((strength, at) => {
    value += substance(at, strength);
  });
  return {
    value,
    valueWith(at, strength) {
      const next = withStrength(draft, at, strength);
      let total = value - substance(at, draft[at] ?? 0) + substance(at, strength);
      for (const s of seats) {
        const touching = s.byAt[at] ?? [];
        if (touching.length === 0) continue;
        let utility = s.utility;
        let blocked = s.blocked;
        for (const t of touching) {
          const after = settle(t.goal, next, seated).state;
          utility += goalWorth(t.goal, after, next) - t.value;
          blocked += Number(blocksSignature(t.goal, after)) - Number(t.blocks);
        }
        total += seatValue(s, utility, blocked) - seatValue(s, s.utility, s.blocked);
      }
      return total;
    },
  };
}
