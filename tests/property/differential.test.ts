import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/engine/actions';
import { botFor, playBot, POLICIES } from '../../src/engine/bots';
import type { Controller } from '../../src/engine/delegation/events';
import { startPureRound } from '../../src/engine/pure/round';
import { startRound, type Round } from '../../src/engine/session';
import type { SomeDelegations } from '../../src/engine/vocabulary';
import { loadScenario, type SeatChanges } from '../support/round';
import { difficulty, moves, resolve, PROPERTY_TIMEOUT, runs, seed, snapshotJson, VARIANTS, variant } from './moves';

const controllers: fc.Arbitrary<SomeDelegations<Controller>> = fc.constantFrom(
  {},
  {},
  { opposition: 'human' },
  { russia: 'human', un: 'human' },
);

/** The machine round, with every action also played on the pure mirror and the two compared. */
function twin(seats: SeatChanges, options: Parameters<typeof startRound>[1]): { round: Round; compared: () => number } {
  const scenario = loadScenario('astana-01', seats);
  const machine = startRound(scenario, options);
  const pure = startPureRound(scenario, options);
  let steps = 0;
  expect(snapshotJson(pure)).toBe(snapshotJson(machine));
  const round: Round = {
    ...machine,
    act(action) {
      const result = machine.act(action);
      expect(pure.act(action), JSON.stringify(action)).toEqual(result);
      const [p, m] = [snapshotJson(pure), snapshotJson(machine)];
      // Compared as strings first: a diff of two whole rounds takes vitest seconds to print.
      if (p !== m) expect(snapshotJson(pure), `after ${machine.data().actions.join(', ')}`).toBe(snapshotJson(machine));
      steps += 1;
      return result;
    },
  };
  return { round, compared: () => steps };
}

describe('the statecharts and their pure mirror make the same round', () => {
  it(
    'for any sequence of actions (accepted or refused), after every action',
    () => {
      fc.assert(
        fc.property(seed, moves(40), difficulty, variant, controllers, (s, ms, level, seats, held) => {
          const { round } = twin(seats, { seed: s, difficulty: level, controllers: held });
          for (const m of [...ms, { kind: 'raw', action: { type: 'plenary' } } as const]) round.act(resolve(round, m));
          round.stop();
        }),
        runs(80),
      );
    },
    PROPERTY_TIMEOUT,
  );

  for (const policy of POLICIES) {
    it(`for the ${policy} bot over 30 seeds and the seat variants`, () => {
      let steps = 0;
      for (let i = 0; i < 30; i += 1) {
        const seats = VARIANTS[i % VARIANTS.length] ?? {};
        const { round, compared } = twin(seats, { seed: `${i * 7919}` });
        playBot(round, botFor(policy, `${i}`));
        expect(round.phase()).toBe('outcome');
        steps += compared();
        round.stop();
      }
      expect(steps).toBeGreaterThanOrEqual(30 * 3);
    });
  }

  it('logs a walk-out before the time-up when both come with the last action', () => {
    // seed 1, astana-01: the opposition's patience is gone by minute 930; monitoring:2 crosses its red
    // line (no-iran-role) with the last 15 minutes, so PATIENCE_GONE and the time-up come together.
    const script: Action[] = [
      { type: 'start' },
      { type: 'proceed' },
      ...Array.from({ length: 15 }, (): Action => ({ type: 'consult', delegation: 'un' })),
    ];
    script.push(
      { type: 'sound', delegation: 'un', clause: 'ceasefire', strength: 1 },
      { type: 'edit', clause: 'ceasefire', strength: 2 },
      { type: 'edit', clause: 'monitoring', strength: 2 },
    );
    const scenario = loadScenario();
    const [machine, pure] = [startRound(scenario, { seed: '1' }), startPureRound(scenario, { seed: '1' })];
    for (const action of script) expect([machine.act(action).ok, pure.act(action).ok]).toEqual([true, true]);
    const keys = (r: Round): string[] =>
      r
        .data()
        .log.map((e) => e.message.key)
        .filter((k) => k === 'log.timeUp' || k === 'log.walkedOut');
    expect(keys(machine)).toEqual(['log.walkedOut', 'log.timeUp']);
    expect(keys(pure)).toEqual(keys(machine));
  });

  it('with a student-held seat, both wait at the plenary for it', () => {
    const { round } = twin({}, { seed: '3', controllers: { turkey: 'human' } });
    for (const action of [
      { type: 'start' },
      { type: 'proceed' },
      { type: 'consult', delegation: 'turkey' },
      { type: 'plenary' },
    ] as const)
      round.act(action);
    expect(round.phase()).toBe('plenary');
    expect(round.discrete().turkey?.decision).toBe('awaitingHuman');
    expect(round.data().awaiting).toEqual(['turkey']);
  });
});
