import { describe, expect, it } from 'vitest';
import { botFor, playBot, POLICIES } from '../../src/engine/bots';
import { lineShares } from '../../src/engine/round/score';
import { startRound } from '../../src/engine/session';
import { scenario } from '../support/library';

const tenths = (n: number): number => Math.round(n * 10);

describe('the score’s lines add up to the part they explain (issue 13)', () => {
  it('gives each signature and each clause its points, summing to the part’s points as shown', () => {
    for (const policy of POLICIES) {
      for (let seed = 1; seed <= 12; seed += 1) {
        const round = startRound(scenario(), { seed: String(seed) });
        playBot(round, botFor(policy, String(seed)));
        const score = round.data().outcome?.score;
        if (score === undefined) continue;
        for (const part of [score.signatures, score.substance]) {
          const lines = part.reasons.filter((m) => typeof m.params?.points === 'number');
          expect(lines.length).toBeGreaterThan(0);
          const sum = lines.reduce((s, m) => s + tenths(Number(m.params?.points)), 0);
          expect(sum, `${policy} ${seed}`).toBe(tenths(part.points));
        }
      }
    }
  });

  it('calls an observer an observer, never a delegation that refuses', () => {
    const round = startRound(scenario(), { seed: '1' });
    playBot(round, botFor('greedy', '1'));
    const lines = round.data().outcome?.score.signatures.reasons ?? [];
    const un = lines.find((m) => m.params?.delegation === 'un');
    expect(un?.key).toMatch(/^score\.signatures\.observer\./);
    expect(un?.params?.result).toBe('observer');
  });

  it('shares out tenths by the largest remainders, whatever floating error leaves', () => {
    expect(lineShares([1 / 3, 1 / 3, 1 / 3], 1)).toEqual([0.4, 0.3, 0.3]);
    expect(lineShares([0, 0, 0], 0)).toEqual([0, 0, 0]);
    expect(lineShares([2.25, 2.25], 4.5)).toEqual([2.3, 2.2]);
    expect(lineShares([0.1 + 0.2, 0.3], 0.6).reduce((a, b) => a + b, 0)).toBeCloseTo(0.6, 10);
    expect(lineShares([1.04, 1.04], 2)).toEqual([1, 1]);
    // A total below the lines' floors (floating error on the other side): the tenth comes off one line.
    expect(lineShares([0.39, 0.39], 0.5).reduce((a, b) => a + b, 0)).toBeCloseTo(0.5, 10);
  });
});
