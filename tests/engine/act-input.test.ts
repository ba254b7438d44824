import { describe, expect, it } from 'vitest';
import { startRound, type Round } from '../../src/engine/session';
import { loadScenario } from '../support/round';

/** A round in the consultations, where every kind of action is at least considered. */
function talking(): Round {
  const round = startRound(loadScenario(), { seed: '3', controllers: { opposition: 'human' } });
  round.act({ type: 'start' });
  round.act({ type: 'proceed' });
  return round;
}

/** Inputs a page, a socket or a hand-edited file could send instead of an action. */
const NOT_ACTIONS: readonly [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['a number', 42],
  ['a string in notation', 'consult iran'],
  ['an array', ['consult', 'iran']],
  ['an object with no type', {}],
  ['a type from Object.prototype', { type: 'constructor' }],
  ['a type from Object.prototype (toString)', { type: 'toString' }],
  ['a delegation named __proto__', { type: 'hand', delegation: '__proto__', to: 'human' }],
  ['a delegation named constructor', { type: 'consult', delegation: 'constructor' }],
  ['a delegation that is not a string', { type: 'consult', delegation: { toString: () => 'iran' } }],
  ['a strength that is a string', { type: 'edit', clause: 'ceasefire', strength: '2' }],
  ['a clause that is a number', { type: 'edit', clause: 7, strength: 2 }],
  ['a text that is not a string', { type: 'news', text: ['x'] }],
  ['a control that is neither ai nor human', { type: 'hand', delegation: 'iran', to: 'robot' }],
  ['an extra key', { type: 'caucus', delegation: 'iran' }],
  ['an own __proto__ key', JSON.parse('{"type":"caucus","__proto__":{"type":"plenary"}}')],
  ['a getter that throws', Object.defineProperty({ type: 'consult' }, 'delegation', { get: () => assert() })],
  [
    'a proxy that throws',
    new Proxy(
      {},
      {
        get: () => assert(),
        ownKeys: () => assert(),
        getPrototypeOf: () => assert(),
      },
    ),
  ],
];

function assert(): never {
  throw new Error('a hostile input ran code');
}

describe('Round.act never throws on any input (issue 20): the action is parsed at the boundary', () => {
  it.each(NOT_ACTIONS)('refuses %s as not an action, and changes nothing', (_what, input) => {
    const round = talking();
    const before = JSON.stringify([round.phase(), round.data()]);
    const result = round.act(input);
    expect(result).toMatchObject({ ok: false, refusal: { code: 'notAnAction' } });
    expect(JSON.stringify([round.phase(), round.data()])).toBe(before);
    round.stop();
  });

  it('still accepts an action given as plain data (as a worker or a socket would pass it)', () => {
    const round = talking();
    expect(round.act(JSON.parse('{"type":"consult","delegation":"iran"}'))).toMatchObject({ ok: true });
    expect(round.record().actions.at(-1)).toBe('consult iran');
    round.stop();
  });

  it('reads an action once: a value that changes between reads cannot slip past the checks', () => {
    const round = talking();
    let reads = 0;
    const shifty = {
      type: 'consult',
      get delegation() {
        reads += 1;
        return reads === 1 ? 'iran' : '__proto__';
      },
    };
    expect(round.act(shifty)).toMatchObject({ ok: true });
    expect(round.record().actions.at(-1)).toBe('consult iran');
    round.stop();
  });
});

describe('a round takes at most MAX_ACTIONS actions (issue 20), so that its record stays readable', () => {
  it('refuses the next action once the record is full, and the full record replays', async () => {
    const { MAX_ACTIONS } = await import('../../src/engine/actions');
    const { replay } = await import('../../src/engine/replay');
    const round = talking();
    while (round.record().actions.length < MAX_ACTIONS)
      expect(round.act({ type: 'say', delegation: 'opposition', text: 'Again.' })).toMatchObject({ ok: true });
    expect(round.act({ type: 'say', delegation: 'opposition', text: 'Once more.' })).toMatchObject({
      ok: false,
      refusal: { code: 'recordFull' },
    });
    expect(replay(loadScenario(), round.record()).ok).toBe(true);
    round.stop();
  });
});
