import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { botFor, playBot } from '../../src/engine/bots';
import type { Outcome, RoundData } from '../../src/engine/round/state';
import { startRound, type ActResult, type Round } from '../../src/engine/session';
import { loadScenario } from '../support/round';
import { seen, stateProblems, stepProblems } from './checks';
import { difficulty, moves, resolve, PROPERTY_TIMEOUT, runs, seed, variant } from './moves';

/** Plays the moves, checking every step and every state; returns what was wrong, first problem first. */
function problemsPlaying(round: Round, ms: Parameters<typeof resolve>[1][]): string[] {
  const out = stateProblems(round);
  for (const m of ms) {
    const action = resolve(round, m);
    const before = seen(round);
    let result: ActResult;
    try {
      result = round.act(action);
    } catch (error) {
      return [...out, `act(${JSON.stringify(action)}) threw ${String(error)}`];
    }
    out.push(
      ...stepProblems(before, result, round).map((p) => `${JSON.stringify(action)}: ${p}`),
      ...stateProblems(round),
    );
    if (out.length > 0) return out;
  }
  return out;
}

describe('invariants over any sequence of actions, legal or not', () => {
  it(
    'hold after every action',
    () => {
      fc.assert(
        fc.property(seed, moves(40), difficulty, variant, (s, ms, level, seats) => {
          const round = startRound(loadScenario('astana-01', seats), { seed: s, difficulty: level });
          expect(problemsPlaying(round, ms)).toEqual([]);
          round.stop();
        }),
        runs(100),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'hold in rounds that reach the outcome (moves, then the plenary)',
    () => {
      let outcomes = 0;
      fc.assert(
        fc.property(seed, moves(30), difficulty, variant, (s, ms, level, seats) => {
          const round = startRound(loadScenario('astana-01', seats), { seed: s, difficulty: level });
          const ending = [
            { kind: 'raw', action: { type: 'start' } },
            { kind: 'raw', action: { type: 'proceed' } },
            { kind: 'raw', action: { type: 'plenary' } },
          ] as const;
          expect(problemsPlaying(round, [...ms, ...ending])).toEqual([]);
          if (round.phase() === 'outcome') outcomes += 1;
          round.stop();
        }),
        runs(100),
      );
      expect(outcomes).toBeGreaterThan(50);
    },
    PROPERTY_TIMEOUT,
  );

  it('hold for the bots, over many seeds', () => {
    for (const policy of ['passive', 'random', 'greedy'] as const) {
      for (let i = 0; i < 15; i += 1) {
        const round = startRound(loadScenario('astana-01', { opposition: { patience: 20 } }), { seed: `${i}` });
        playBot(round, botFor(policy, `${i}`));
        expect(round.phase()).toBe('outcome');
        expect(stateProblems(round)).toEqual([]);
      }
    }
  });
});

describe('the checks are not tautologies: they catch a corrupted round', () => {
  const finished = (): Round => {
    const round = startRound(loadScenario(), { seed: '7' });
    playBot(round, botFor('greedy', '7'));
    return round;
  };
  const corrupt = (round: Round, change: (data: RoundData, outcome: Outcome) => RoundData): Round => {
    const data = round.data();
    const outcome = data.outcome;
    if (outcome === null) throw new Error('the greedy bot did not finish');
    const bad = change(data, outcome);
    return { ...round, data: () => bad, state: () => ({ ...round.state(), data: bad }) };
  };
  const round = finished();
  const cases: [string, (data: RoundData, outcome: Outcome) => RoundData][] = [
    ['minute past the limit', (d) => ({ ...d, minute: round.model.limit + 1 })],
    [
      'patience above 100',
      (d) => ({
        ...d,
        dyn: { ...d.dyn, iran: { ...(d.dyn.iran as NonNullable<RoundData['dyn']['iran']>), patience: 101 } },
      }),
    ],
    ['a stateId that skips', (d) => ({ ...d, stateId: d.stateId + 1 })],
    [
      'adopted without the guarantors',
      (d, o) => ({ ...d, outcome: { ...o, decisions: { ...o.decisions, turkey: 'refuses' } } }),
    ],
    [
      'a score total that is not the sum',
      (d, o) => ({ ...d, outcome: { ...o, score: { ...o.score, total: o.score.total + 0.2 } } }),
    ],
    [
      'a score part above its maximum',
      (d, o) => ({ ...d, outcome: { ...o, score: { ...o.score, time: { ...o.score.time, points: 10.5 } } } }),
    ],
    [
      'a signature over a red line',
      (d, o) => ({
        ...d,
        draft: d.draft.map((s, i) => (i === 3 ? 3 : s)),
        outcome: { ...o, text: d.draft.map((s, i) => (i === 3 ? 3 : s)) },
      }),
    ],
  ];
  it.each(cases)('%s', (_, change) => {
    expect(stateProblems(round)).toEqual([]);
    expect(stateProblems(corrupt(round, change))).not.toEqual([]);
  });

  it('a refusal that changed something, or an acceptance that skipped a stateId', () => {
    const before = seen(round);
    const moved = corrupt(round, (d) => ({ ...d, log: [] }));
    expect(
      stepProblems(before, { ok: false, refusal: { code: 'noChange', key: 'refusal.noChange' } }, moved),
    ).not.toEqual([]);
    expect(stepProblems(before, { ok: true, stateId: before.stateId }, round)).not.toEqual([]);
  });
});
