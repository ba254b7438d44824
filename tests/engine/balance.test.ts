import { describe, expect, it } from 'vitest';
import { balanceReport, figuresOf, sweep } from '../../src/engine/balance';
import { BALANCE_POLICIES, SINGLE_ACTION_POLICIES, type Policy } from '../../src/engine/bots';
import { DIFFICULTIES, type Difficulty } from '../../src/engine/vocabulary';
import { scenario } from '../support/library';

/** Issue 5's balance rules on a few hundred seeds (the 10,000-seed figures go in the note). */
const SEEDS = 300;

describe(`balance of Astana-1 over ${SEEDS} seeds`, () => {
  const reports = Object.fromEntries(
    DIFFICULTIES.map((d) => [d, sweep(scenario(), SEEDS, d, BALANCE_POLICIES)]),
  ) as Record<Difficulty, ReturnType<typeof sweep>>;
  const nash = (d: Difficulty) => reports[d].policies.nash;

  // Issue 13: difficulty moves the margin (signing outright or with reservations, how soon), never a goal's verdict,
  // so it shows in the score rather than in whether the guarantors adopt an informed text.
  it("the Nash mediator's mean score falls strictly from easy to normal to hard, and its adoption never rises", () => {
    expect(nash('easy')?.meanScore).toBeGreaterThan(nash('normal')?.meanScore ?? Infinity);
    expect(nash('normal')?.meanScore).toBeGreaterThan(nash('hard')?.meanScore ?? Infinity);
    expect(nash('easy')?.adoptionRate).toBeGreaterThanOrEqual(nash('normal')?.adoptionRate ?? 1);
    expect(nash('normal')?.adoptionRate).toBeGreaterThanOrEqual(nash('hard')?.adoptionRate ?? 1);
  });

  it.each(DIFFICULTIES)('no single action repeated reaches the Nash median at %s', (d) => {
    expect(reports[d].degenerate).toEqual([]);
    for (const p of SINGLE_ACTION_POLICIES)
      expect(reports[d].policies[p]?.medianScore).toBeLessThan(nash(d)?.medianScore ?? 0);
  });

  it.each(DIFFICULTIES)('the Nash mediator beats the greedy one and the baselines at %s', (d) => {
    const r = reports[d].policies;
    expect(r.nash?.meanScore).toBeGreaterThan(r.greedy?.meanScore ?? Infinity);
    expect(r.nash?.adoptionRate).toBeGreaterThanOrEqual(r.greedy?.adoptionRate ?? Infinity);
    expect(r.nash?.meanScore).toBeGreaterThan(
      Math.max(r.random?.meanScore ?? Infinity, r.passive?.meanScore ?? Infinity),
    );
  });

  it('reports every policy with rates in [0, 1] and medians among the scores', () => {
    for (const d of DIFFICULTIES) {
      expect(Object.keys(reports[d].policies)).toEqual([...BALANCE_POLICIES]);
      for (const f of Object.values(reports[d].policies)) {
        expect(f.adoptionRate).toBeGreaterThanOrEqual(0);
        expect(f.adoptionRate).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('the balance report', () => {
  it('computes median, mean and adoption, and lists exactly the single-action bots that reach the Nash median', () => {
    expect(figuresOf({ rounds: 4, adopted: 1, scores: [10, 40, 20, 30] })).toEqual({
      adoptionRate: 0.25,
      meanScore: 25,
      medianScore: 25,
    });
    const tally = (median: number) => ({ rounds: 3, adopted: 0, scores: [median - 1, median, median + 1] });
    const tallies = new Map<Policy, ReturnType<typeof tally>>([
      ['nash', tally(50)],
      ['only-consult', tally(50)],
      ['only-edit', tally(49.9)],
      ['greedy', tally(80)],
    ]);
    expect(balanceReport('x', 3, 'normal', tallies).degenerate).toEqual(['only-consult']);
  });
});
