import { describe, expect, it } from 'vitest';
import { botFor, playBot, POLICIES, type Policy } from '../../src/engine/bots';
import { startRound } from '../../src/engine/session';
import { scenario } from '../support/library';

const SEEDS = 200;

function meanScore(policy: Policy): number {
  let total = 0;
  for (let s = 1; s <= SEEDS; s += 1) {
    const seed = String(s);
    const round = startRound(scenario(), { seed });
    playBot(round, botFor(policy, seed));
    total += round.data().outcome?.score.total ?? 0;
    round.stop();
  }
  return total / SEEDS;
}

describe(`the bots over ${SEEDS} seeds of Astana-1`, () => {
  const means = Object.fromEntries(POLICIES.map((p) => [p, meanScore(p)])) as Record<Policy, number>;

  it('rank greedy above random above passive', () => {
    expect(means.greedy).toBeGreaterThan(means.random);
    expect(means.random).toBeGreaterThan(means.passive);
  });

  it('always reach an outcome', () => {
    for (const policy of POLICIES) {
      const round = startRound(scenario(), { seed: '77' });
      playBot(round, botFor(policy, '77'));
      expect(round.phase()).toBe('outcome');
    }
  });
});
