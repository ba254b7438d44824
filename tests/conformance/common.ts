import type { DelegationId, Decision } from '../../src/engine/vocabulary';
import { whyOf, type KnownReason } from '../../src/engine/why';
import { playCase, type Case } from './support';

/** What several cases share: seeds, the real Astana-1 text, the least the guarantors always signed. */
export const SEEDS = ['1', '2', '3'];
export const REAL_01 = 'ceasefire:2 monitoring:2 terrorism:2 political:2 sovereignty:2';
export const MINIMAL = 'terrorism:1 sovereignty:1';
export const REFUSAL = ['refuses', 'walkedOut'] as const;
export const ENDORSES = ['signs', 'reserves'] as const;
/** Ten hours of sounding out the UN: time passing, and nothing else for anyone else. */
export const WAIT = Array.from({ length: 20 }, () => 'sound un ceasefire:1');
export const ORDER: Readonly<Record<string, number>> = { signs: 3, reserves: 2, refuses: 1, walkedOut: 0 };
/** A case played otherwise, to compare with: nothing about it but its round is checked. */
export const BASE = { rule: '', quote: '', id: '', expect: {} } as const;

/** The same case played otherwise: its decisions. */
export function decisionsOf(c: Case, seed = '1'): Readonly<Record<DelegationId, Decision>> {
  const { round } = playCase(c, seed);
  const out = round.data().outcome;
  if (out === null) throw new Error(`${c.id}: no outcome`);
  return out.decisions;
}

/** A goal's reason as the delegation itself knows it. */
export function reasonOf(round: Parameters<NonNullable<Case['expect']['check']>>[0], d: DelegationId, goal: string) {
  const r = whyOf(round.model, round.state(), d, { delegation: d }).reasons.find((x) => x.known && x.id === goal);
  if (r === undefined || !r.known) throw new Error(`${d} has no goal ${goal} here`);
  return r as KnownReason;
}
