import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_TYPES, makeAction, parseAction, type Action } from '../../src/engine/actions';
import { makeAgenda, makeDraft, parseDraft } from '../../src/engine/draft';
import { DELEGATIONS } from '../../src/engine/vocabulary';

const agenda = makeAgenda([
  { clause: 'ceasefire', max: 3, weight: 3 },
  { clause: 'us-role', max: 2, weight: 1 },
  { clause: 'sovereignty', max: 2, weight: 2 },
]);

describe('draft notation', () => {
  it('writes present clauses in agenda order and reads them back', () => {
    expect(makeDraft(agenda, [2, 0, 1])).toBe('ceasefire:2 sovereignty:1');
    expect(parseDraft(agenda, 'sovereignty:1  ceasefire:2')).toEqual({ ok: true, value: [2, 0, 1] });
    expect(parseDraft(agenda, '')).toEqual({ ok: true, value: [0, 0, 0] });
  });

  it.each([
    ['ceasefire', 'syntax'],
    ['ceasefire:4', 'badStrength'],
    ['ceasefire:0', 'badStrength'],
    ['truce:1', 'unknownClause'],
    ['ceasefire:1 ceasefire:2', 'duplicate'],
  ])('refuses %s with %s', (text, code) => {
    const parsed = parseDraft(agenda, text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe(code);
  });

  it('round-trips every draft (property)', () => {
    const draft = fc.tuple(
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 0, max: 2 }),
    );
    fc.assert(
      fc.property(draft, (d) => {
        expect(parseDraft(agenda, makeDraft(agenda, d))).toEqual({ ok: true, value: d });
      }),
    );
  });
});

const delegation = fc.constantFrom(...DELEGATIONS);
const clause = fc.constantFrom('ceasefire', 'us-role', 'a1-b2');
const strength = fc.integer({ min: 0, max: 9 });
/** One line of free text as the classroom accepts it: words, inner spacing kept, nothing around. */
const freeText = fc
  .string({ minLength: 1, maxLength: 40 })
  .map((t) => t.replace(/\s/g, ' ').trim())
  .filter((t) => t.length > 0);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constantFrom<Action>({ type: 'start' }, { type: 'proceed' }, { type: 'caucus' }, { type: 'plenary' }),
  fc.record({ type: fc.constantFrom('consult' as const, 'recall' as const), delegation }),
  fc.record({ type: fc.constantFrom('sound' as const, 'assure' as const), delegation, clause, strength }),
  fc.record({ type: fc.constant('shuttle' as const), from: delegation, to: delegation, clause, strength }),
  fc.record({ type: fc.constant('edit' as const), clause, strength }),
  fc.record({
    type: fc.constant('decide' as const),
    delegation,
    decision: fc.constantFrom('signs' as const, 'reserves' as const, 'refuses' as const, 'walkOut' as const),
  }),
  fc.record({
    type: fc.constant('answer' as const),
    delegation,
    reply: fc.constantFrom('accept' as const, 'reject' as const),
  }),
  fc.record({ type: fc.constant('answer' as const), delegation, reply: fc.constant('amend' as const), strength }),
  fc.record({ type: fc.constant('hand' as const), delegation, to: fc.constantFrom('ai' as const, 'human' as const) }),
  fc.record({ type: fc.constant('inject' as const), card: fc.constantFrom('violations-reported', 'a1') }),
  fc.record({ type: fc.constant('news' as const), text: freeText }),
  fc.record({ type: fc.constant('say' as const), delegation, text: freeText }),
  fc.record({ type: fc.constant('extend' as const), minutes: fc.integer({ min: 0, max: 9999 }) }),
);

describe('action notation', () => {
  it.each([
    [{ type: 'consult', delegation: 'iran' }, 'consult iran'],
    [{ type: 'sound', delegation: 'iran', clause: 'us-role', strength: 1 }, 'sound iran us-role:1'],
    [
      { type: 'shuttle', from: 'government', to: 'opposition', clause: 'ceasefire', strength: 2 },
      'shuttle government opposition ceasefire:2',
    ],
    [{ type: 'edit', clause: 'ceasefire', strength: 0 }, 'edit ceasefire:0'],
    [{ type: 'plenary' }, 'plenary'],
    [{ type: 'decide', delegation: 'iran', decision: 'walkOut' }, 'decide iran walkOut'],
    [{ type: 'answer', delegation: 'turkey', reply: 'amend', strength: 2 }, 'answer turkey amend:2'],
    [
      { type: 'say', delegation: 'opposition', text: 'We will not sign  beside Iran.' },
      'say opposition We will not sign  beside Iran.',
    ],
    [{ type: 'news', text: 'Shelling reported near Wadi Barada' }, 'news Shelling reported near Wadi Barada'],
    [{ type: 'extend', minutes: 60 }, 'extend 60'],
  ] as [Action, string][])('writes %j as "%s"', (a, text) => {
    expect(makeAction(a)).toBe(text);
    expect(parseAction(text)).toEqual({ ok: true, value: a });
  });

  it.each([
    '',
    'consult',
    'consult kazakhstan',
    'consult iran now',
    'edit ceasefire',
    'edit ceasefire:x',
    'sound iran',
    'shuttle iran us-role:1',
    'dance',
    'decide iran maybe',
    'answer iran amend:x',
    'hand iran robot',
    'news',
    'say iran',
    'extend soon',
  ])('refuses "%s"', (text) => expect(parseAction(text).ok).toBe(false));

  it('round-trips every action (property)', () => {
    fc.assert(
      fc.property(action, (a) => {
        expect(parseAction(makeAction(a))).toEqual({ ok: true, value: a });
      }),
    );
  });

  it('names every action type', () => {
    expect(new Set(ACTION_TYPES).size).toBe(17);
  });
});
