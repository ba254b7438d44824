/**
 * What the fuzzer feeds a round (issue 20): any round of the library, any seed a record may carry, any
 * difficulty and any seats held by students, then a list of steps, each turned into a value for
 * `Round.act` against the round as it stands, so that shrinking keeps a counterexample meaningful.
 */
import * as fc from 'fast-check';
import type { Action } from '../engine/actions';
import { MAX_TEXT } from '../engine/actions';
import type { Scenario } from '../engine/scenario/build';
import type { Round } from '../engine/session';
import { DELEGATIONS, DIFFICULTIES, REPLIES, VERDICTS, type Difficulty } from '../engine/vocabulary';

export type Step =
  /** An action the round could well take now: the phase's own, or one built from the scenario's content. */
  | { readonly kind: 'pick'; readonly n: number }
  /** A well-typed action with any ids and numbers: wrong phase, absent delegation, clause off the agenda. */
  | { readonly kind: 'typed'; readonly action: Action }
  /** Anything at all: not an object, wrong field types, extra or prototype keys. */
  | { readonly kind: 'untyped'; readonly value: unknown }
  /** Text in (or near) the record's notation, parsed as a record's line is. */
  | { readonly kind: 'notation'; readonly text: string }
  | { readonly kind: 'plenary' };

export interface RoundInput {
  readonly round: number;
  readonly seed: string;
  readonly difficulty: Difficulty;
  readonly students: readonly (typeof DELEGATIONS)[number][];
  readonly steps: readonly Step[];
}

const throwing = (): never => {
  throw new Error('a hostile value ran code');
};

const delegation = fc.constantFrom(...DELEGATIONS, '__proto__', 'constructor', 'Iran', '');
const clause = fc.oneof(
  fc.constantFrom('ceasefire', 'monitoring', 'political', 'detainees', 'kurds', 'constitution', 'us-role'),
  fc.string({ maxLength: 12 }),
);
const strength = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -1, max: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(0.5, Number.NaN, Number.POSITIVE_INFINITY, -0, 1e300) },
);
const text = fc.oneof(
  fc.constantFrom('We came to stop the bombing.', '', ' padded ', 'x'.repeat(MAX_TEXT), 'x'.repeat(MAX_TEXT + 1)),
  fc.string({ maxLength: 40, unit: 'binary' }),
);

/** Typed actions, with ids that may not exist; cast where the arbitrary's own types are wider on purpose. */
const typedAction: fc.Arbitrary<Action> = fc.oneof(
  fc.constantFrom('start', 'proceed', 'caucus', 'plenary').map((type) => ({ type }) as Action),
  fc.tuple(fc.constantFrom('consult', 'recall'), delegation).map(([type, d]) => ({ type, delegation: d }) as Action),
  fc
    .tuple(fc.constantFrom('sound', 'assure'), delegation, clause, strength)
    .map(([type, d, c, s]) => ({ type, delegation: d, clause: c, strength: s }) as Action),
  fc
    .tuple(delegation, delegation, clause, strength)
    .map(([from, to, c, s]) => ({ type: 'shuttle', from, to, clause: c, strength: s }) as Action),
  fc.tuple(clause, strength).map(([c, s]) => ({ type: 'edit', clause: c, strength: s }) as Action),
  fc
    .tuple(delegation, fc.constantFrom(...VERDICTS, 'walkOut'))
    .map(([d, decision]) => ({ type: 'decide', delegation: d, decision }) as Action),
  fc
    .tuple(delegation, fc.constantFrom(...REPLIES), fc.option(strength, { nil: undefined }))
    .map(
      ([d, reply, s]) =>
        (s === undefined
          ? { type: 'answer', delegation: d, reply }
          : { type: 'answer', delegation: d, reply, strength: s }) as Action,
    ),
  fc
    .tuple(delegation, fc.constantFrom('ai', 'human'))
    .map(([d, to]) => ({ type: 'hand', delegation: d, to }) as Action),
  fc.tuple(delegation, text).map(([d, t]) => ({ type: 'say', delegation: d, text: t }) as Action),
  fc
    .oneof(fc.constantFrom('draft-leaked', 'nowhere'), fc.string({ maxLength: 8 }))
    .map((card) => ({ type: 'inject', card }) as Action),
  text.map((t) => ({ type: 'news', text: t }) as Action),
  fc
    .oneof(fc.constantFrom(15, 30, 60, 480, 495), fc.integer())
    .map((minutes) => ({ type: 'extend', minutes }) as Action),
);

/** Values that are not actions: JSON-like junk, near misses, prototype keys, and objects that fight back. */
const untyped: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ maxDepth: 2, withObjectString: true, withNullPrototype: true }) },
  {
    weight: 3,
    // A computed key makes an own property, even `__proto__`, as JSON.parse does.
    arbitrary: fc
      .tuple(
        typedAction,
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'type'),
        fc.anything({ maxDepth: 1 }),
      )
      .map(([action, key, value]): unknown => ({ ...action, [key]: value })),
  },
  { weight: 1, arbitrary: fc.constantFrom(...hostile()) },
);

function hostile(): unknown[] {
  return [
    JSON.parse('{"type":"hand","delegation":"__proto__","to":"human"}'),
    JSON.parse('{"__proto__":{"type":"plenary"}}'),
    { type: 'toString' },
    { type: 'constructor' },
    Object.defineProperty({ type: 'consult' }, 'delegation', { get: throwing, enumerable: true }),
    new Proxy({}, { get: throwing, ownKeys: throwing, getPrototypeOf: throwing }),
    Object.assign(Object.create({ type: 'caucus' }) as object, {}),
    'consult iran',
    ['consult', 'iran'],
  ];
}

const notation = fc.oneof(
  fc.constantFrom('start', 'proceed', 'plenary', 'caucus', 'consult iran', 'say opposition Hello', 'extend 30'),
  fc.string({ maxLength: 30 }),
  fc
    .tuple(
      fc.constantFrom('consult', 'sound', 'edit', 'hand', 'decide', 'answer', 'say', 'news'),
      fc.string({ maxLength: 20 }),
    )
    .map(([v, r]) => `${v} ${r}`),
);

export const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 12, arbitrary: fc.nat(100_000).map((n): Step => ({ kind: 'pick', n })) },
  { weight: 3, arbitrary: typedAction.map((action): Step => ({ kind: 'typed', action })) },
  { weight: 2, arbitrary: untyped.map((value): Step => ({ kind: 'untyped', value })) },
  { weight: 2, arbitrary: notation.map((t): Step => ({ kind: 'notation', text: t })) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'plenary' }) },
);

/** A seed as a record may carry one: digits most often, else any text up to its 64 characters. */
const seed = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[0-9]{1,9}$/) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 64, unit: 'binary' }) },
);

export const roundInput = (rounds: number, maxSteps = 40): fc.Arbitrary<RoundInput> =>
  fc.record({
    round: fc.nat(rounds - 1),
    seed,
    difficulty: fc.constantFrom(...DIFFICULTIES),
    students: fc.subarray([...DELEGATIONS]),
    steps: fc.array(step, { maxLength: maxSteps, size: 'max' }),
  });

/** The phase's own actions first, then what the scenario's content allows: its seats, clauses and cards. */
function picks(round: Round, scenario: Scenario, students: readonly string[]): readonly Action[] {
  const phase = round.phase();
  if (phase === 'briefing') return [{ type: 'start' }];
  if (phase === 'opening') return [{ type: 'proceed' }];
  const ds = scenario.delegations;
  if (phase === 'plenary')
    return ds.flatMap((d): Action[] => [
      ...VERDICTS.map((decision): Action => ({ type: 'decide', delegation: d, decision })),
      { type: 'hand', delegation: d, to: students.includes(d) ? 'ai' : 'human' },
    ]);
  const wordings = scenario.agenda.ids.flatMap((c, at) =>
    Array.from({ length: (scenario.agenda.max[at] ?? 0) + 1 }, (_, s) => ({ clause: c, strength: s })),
  );
  const out: Action[] = [
    { type: 'caucus' },
    { type: 'extend', minutes: 30 },
    { type: 'news', text: 'A convoy reaches Wadi Barada.' },
  ];
  for (const d of ds) {
    out.push(
      { type: 'consult', delegation: d },
      { type: 'recall', delegation: d },
      { type: 'say', delegation: d, text: 'We have heard the proposal.' },
      { type: 'decide', delegation: d, decision: 'walkOut' },
      { type: 'answer', delegation: d, reply: 'accept' },
      { type: 'answer', delegation: d, reply: 'reject' },
      { type: 'hand', delegation: d, to: 'human' },
      { type: 'hand', delegation: d, to: 'ai' },
    );
    const other = ds[(ds.indexOf(d) + 1) % ds.length] ?? d;
    for (const w of wordings) {
      out.push({ type: 'sound', delegation: d, ...w }, { type: 'assure', delegation: d, ...w });
      out.push(
        { type: 'shuttle', from: d, to: other, ...w },
        { type: 'answer', delegation: d, reply: 'amend', strength: w.strength },
      );
    }
  }
  for (const w of wordings) out.push({ type: 'edit', ...w });
  for (const c of scenario.deck.cards) out.push({ type: 'inject', card: c.id });
  return out;
}

/** The value a step hands to `Round.act` in the round as it stands. */
export function valueOf(
  s: Step,
  round: Round,
  scenario: Scenario,
  students: readonly string[],
  parse: (t: string) => unknown,
): unknown {
  switch (s.kind) {
    case 'pick': {
      const all = picks(round, scenario, students);
      return all[s.n % all.length];
    }
    case 'typed':
      return s.action;
    case 'untyped':
      return s.value;
    case 'notation':
      return parse(s.text);
    case 'plenary':
      return { type: 'plenary' };
  }
}
