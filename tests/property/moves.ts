import fc from 'fast-check';
import type { Action } from '../../src/engine/actions';
import { candidateActions, legalActions, legalClassroomActions } from '../../src/engine/legal';
import type { ActResult, Round } from '../../src/engine/session';
import { DELEGATIONS } from '../../src/engine/vocabulary';
import type { SeatChanges } from '../support/round';

/**
 * A move is resolved against the round it is played in, so that shrinking keeps it meaningful:
 * - `legal`: one of the actions the round would accept now, by action type then by index (no plenary);
 * - `candidate`: one of `candidateActions` by index, legal or not (no time left, no change…);
 * - `raw`: any action at all: wrong phase, clauses not on the agenda, bad strengths, absent delegations.
 */
export type Move =
  | { readonly kind: 'legal'; readonly type: number; readonly n: number }
  | { readonly kind: 'candidate'; readonly n: number }
  | { readonly kind: 'raw'; readonly action: Action }
  | { readonly kind: 'classroom'; readonly n: number };

const delegation = fc.constantFrom(...DELEGATIONS);
/** Agenda clauses of astana-01, a clause from no agenda, and a misspelling. */
const clause = fc.constantFrom(
  'ceasefire',
  'monitoring',
  'terrorism',
  'political',
  'sovereignty',
  'detainees',
  'militias',
  'us-role',
  'constitution',
  'kurds',
  'nowhere',
  'Ceasefire',
);
/** Whole strengths in and out of range, and a few that are not whole wordings at all. */
const strength = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: -1, max: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom(0.5, 1.5, Number.NaN, Number.POSITIVE_INFINITY) },
);

export const anyAction: fc.Arbitrary<Action> = fc.oneof(
  fc.constantFrom<Action>({ type: 'start' }, { type: 'proceed' }, { type: 'caucus' }, { type: 'plenary' }),
  fc
    .tuple(fc.constantFrom('consult' as const, 'recall' as const), delegation)
    .map(([type, d]): Action => ({ type, delegation: d })),
  fc
    .tuple(fc.constantFrom('sound' as const, 'assure' as const), delegation, clause, strength)
    .map(([type, d, c, s]): Action => ({ type, delegation: d, clause: c, strength: s })),
  fc
    .tuple(delegation, delegation, clause, strength)
    .map(([from, to, c, s]): Action => ({ type: 'shuttle', from, to, clause: c, strength: s })),
  fc.tuple(clause, strength).map(([c, s]): Action => ({ type: 'edit', clause: c, strength: s })),
  fc
    .tuple(delegation, fc.constantFrom('signs' as const, 'refuses' as const, 'walkOut' as const))
    .map(([d, decision]): Action => ({ type: 'decide', delegation: d, decision })),
  fc
    .tuple(delegation, fc.constantFrom('accept' as const, 'amend' as const), fc.option(strength, { nil: undefined }))
    .map(
      ([d, reply, s]): Action =>
        s === undefined
          ? { type: 'answer', delegation: d, reply }
          : { type: 'answer', delegation: d, reply, strength: s },
    ),
  fc
    .tuple(delegation, fc.constantFrom('ai' as const, 'human' as const))
    .map(([d, to]): Action => ({ type: 'hand', delegation: d, to })),
  fc.constantFrom<Action>(
    { type: 'inject', card: 'nowhere' },
    { type: 'news', text: '' },
    { type: 'news', text: ' padded ' },
    { type: 'extend', minutes: 7 },
    { type: 'extend', minutes: 9000 },
  ),
);

export const move: fc.Arbitrary<Move> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('legal' as const), type: fc.nat(20), n: fc.nat(2000) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('candidate' as const), n: fc.nat(2000) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('raw' as const), action: anyAction }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('classroom' as const), n: fc.nat(2000) }) },
);

export const moves = (maxLength = 40): fc.Arbitrary<Move[]> => fc.array(move, { maxLength, size: 'max' });
export const seed: fc.Arbitrary<string> = fc.stringMatching(/^[0-9]{1,9}$/);

export function resolve(round: Round, m: Move): Action {
  const phase = round.phase();
  if (m.kind === 'raw') return m.action;
  if (m.kind === 'classroom') {
    const all = legalClassroomActions(round.model, round.data(), round.discrete(), phase);
    return all[m.n % Math.max(1, all.length)] ?? { type: 'plenary' };
  }
  if (m.kind === 'candidate') {
    const all = candidateActions(round.model, phase);
    return all[m.n % Math.max(1, all.length)] ?? { type: 'plenary' };
  }
  const legal = legalActions(round.model, round.data(), round.discrete(), phase);
  // The plenary ends the round: left to raw and candidate moves (and the clock), so rounds run long.
  const types = [...new Set(legal.map((a) => a.type))].filter((t) => t !== 'plenary' || legal.length === 1);
  const type = types[m.type % Math.max(1, types.length)];
  const ofType = legal.filter((a) => a.type === type);
  return ofType[m.n % Math.max(1, ofType.length)] ?? { type: 'plenary' };
}

/** Plays the moves; `each` sees every action and its result, with the round's JSON from before it. */
export function play(
  round: Round,
  ms: readonly Move[],
  each?: (action: Action, result: ActResult, before: string) => void,
): Action[] {
  const tried: Action[] = [];
  for (const m of ms) {
    const action = resolve(round, m);
    const before = snapshotJson(round);
    const result = round.act(action);
    tried.push(action);
    each?.(action, result, before);
  }
  return tried;
}

/** The whole round, random streams' state included, as bytes. */
export const snapshotJson = (round: Round): string => JSON.stringify(round.state());

/** Seat changes that reach states astana-01 as written does not: a boycott to recall, tempers that snap. */
export const VARIANTS: readonly SeatChanges[] = [
  {},
  { opposition: { arrival: 'boycott' } },
  { government: { patience: 22 }, opposition: { patience: 20 } },
  { iran: { arrival: 'boycott', trust: 20 }, russia: { patience: 26 } },
];
export const variant: fc.Arbitrary<SeatChanges> = fc.constantFrom(...VARIANTS);
export const difficulty = fc.constantFrom('easy' as const, 'normal' as const, 'hard' as const);

/** fast-check options: `PROPERTY_SCALE=20 npx vitest run tests/property` runs every property 20 times as often. */
export const runs = (numRuns: number): { numRuns: number } => ({
  numRuns: Math.max(1, Math.round(numRuns * Number(process.env.PROPERTY_SCALE ?? '1'))),
});
/** Generous, for slow machines and scaled runs: a property takes about 1–2 s here. */
export const PROPERTY_TIMEOUT = 120_000;
