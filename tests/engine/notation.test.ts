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
    const draft = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }));
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
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constantFrom<Action>({ type: 'start' }, { type: 'proceed' }, { type: 'caucus' }, { type: 'plenary' }),
  fc.record({ type: fc.constantFrom('consult' as const, 'recall' as const), delegation }),
  fc.record({ type: fc.constantFrom('sound' as const, 'assure' as const), delegation, clause, strength }),
  fc.record({ type: fc.constant('shuttle' as const), from: delegation, to: delegation, clause, strength }),
  fc.record({ type: fc.constant('edit' as const), clause, strength }),
);

describe('action notation', () => {
  it.each([
    [{ type: 'consult', delegation: 'iran' }, 'consult iran'],
    [{ type: 'sound', delegation: 'iran', clause: 'us-role', strength: 1 }, 'sound iran us-role:1'],
    [{ type: 'shuttle', from: 'government', to: 'opposition', clause: 'ceasefire', strength: 2 }, 'shuttle government opposition ceasefire:2'],
    [{ type: 'edit', clause: 'ceasefire', strength: 0 }, 'edit ceasefire:0'],
    [{ type: 'plenary' }, 'plenary'],
  ] as [Action, string][])('writes %j as "%s"', (a, text) => {
    expect(makeAction(a)).toBe(text);
    expect(parseAction(text)).toEqual({ ok: true, value: a });
  });

  it.each(['', 'consult', 'consult kazakhstan', 'consult iran now', 'edit ceasefire', 'edit ceasefire:x', 'sound iran', 'shuttle iran us-role:1', 'dance'])(
    'refuses "%s"',
    (text) => expect(parseAction(text).ok).toBe(false),
  );

  it('round-trips every action (property)', () => {
    fc.assert(
      fc.property(action, (a) => {
        expect(parseAction(makeAction(a))).toEqual({ ok: true, value: a });
      }),
    );
  });

  it('names every action type', () => {
    expect(new Set(ACTION_TYPES).size).toBe(10);
  });
});
