import { describe, expect, it } from 'vitest';
import { botFor, playBot } from '../../src/engine/bots';
import { expertDebrief, placeDraft, steps } from '../../src/engine/debrief';
import {
  allDrafts,
  benchmark,
  betterBargain,
  BLOCKED_GAIN,
  conditionsOf,
  gainsOf,
  signers,
} from '../../src/engine/expert';
import { startRound, type Round } from '../../src/engine/session';
import { createI18n } from '../../src/i18n';
import { translate } from '../../src/i18n/content';
import { contentFor } from '../support/client';
import { scenario } from '../support/library';

function played(seed: string, policy: 'nash' | 'passive' = 'nash'): Round {
  const round = startRound(scenario(), { seed });
  playBot(round, botFor(policy, seed));
  return round;
}

const dominates = (a: readonly number[], b: readonly number[]): boolean =>
  a.every((x, i) => x >= (b[i] ?? 0)) && a.some((x, i) => x > (b[i] ?? 0));

describe('the expert benchmark (issue 5)', () => {
  const round = played('1');
  const conditions = conditionsOf(round.model, round.data(), round.discrete());
  const bench = benchmark(round.model, conditions);
  const guarantorAt = bench.delegations.flatMap((d, i) => (['russia', 'turkey', 'iran'].includes(d) ? [i] : []));

  it('enumerates every draft of the agenda and finds a non-empty feasible set', () => {
    expect(bench.drafts).toBe(round.model.scenario.agenda.max.reduce((n, m) => n * (m + 1), 1));
    expect([...allDrafts([1, 2])]).toHaveLength(6);
    expect(bench.feasible).toBeGreaterThan(0);
    expect(bench.frontier.length).toBeGreaterThan(0);
    expect(bench.frontier.length).toBeLessThanOrEqual(bench.feasible);
  });

  it('keeps on the frontier only feasible drafts that no other frontier draft dominates', () => {
    for (const p of bench.frontier) {
      for (const i of guarantorAt) expect(p.gains[i]).toBeGreaterThan(BLOCKED_GAIN);
      expect(bench.frontier.some((q) => dominates(q.gains, p.gains))).toBe(false);
      expect(gainsOf(round.model, conditions, p.draft)).toEqual(p.gains);
    }
  });

  it('puts the Nash draft in the feasible set and on the Pareto frontier, best by its own measure', () => {
    const nash = bench.nash;
    expect(nash).not.toBeNull();
    if (nash === null) return;
    for (const i of guarantorAt) expect(nash.gains[i]).toBeGreaterThan(BLOCKED_GAIN);
    expect(bench.frontier).toContain(nash);
    expect(bench.frontier.some((q) => betterBargain(q.gains, nash.gains))).toBe(false);
    // No feasible draft at all dominates it: checked against every draft, not just the frontier.
    let checked = 0;
    for (const draft of allDrafts(round.model.scenario.agenda.max)) {
      if (checked >= 20_000) break;
      checked += 1;
      const g = gainsOf(round.model, conditions, draft);
      if (guarantorAt.every((i) => (g[i] ?? -9) > BLOCKED_GAIN)) expect(dominates(g, nash.gains)).toBe(false);
    }
  });

  it('places the Nash draft itself at distance zero, on the frontier, with nothing left on the table', () => {
    const nash = bench.nash;
    if (nash === null) throw new Error('no Nash draft');
    const placed = placeDraft(round.model, conditions, bench, nash.draft);
    expect(placed.onFrontier).toBe(true);
    expect(placed.toNash).toEqual({ steps: 0, clauses: 0 });
    expect(placed.shares.every((s) => s.leftOnTable === 0)).toBe(true);
  });

  it('tells the player how far their text was and what each delegation lost, in words and numbers', async () => {
    const debrief = expertDebrief(round.model, round.data(), round.discrete());
    expect(debrief.toNash?.steps).toBe(steps(bench.nash?.draft ?? [], round.data().draft));
    expect(debrief.chart.delegations).toEqual(conditions.seated);
    expect(debrief.chart.player).toHaveLength(conditions.seated.length);
    for (const s of debrief.shares) expect(s.leftOnTable).toBeCloseTo(Math.max(0, (s.nash ?? 0) - s.player), 10);
    expect(signers(gainsOf(round.model, conditions, round.data().draft))).toBeLessThanOrEqual(
      signers(bench.nash?.gains ?? []),
    );
    const i18n = await createI18n('en');
    for (const m of debrief.messages) {
      expect(i18n.exists(m.key), m.key).toBe(true);
      expect(translate(m, contentFor(scenario()), i18n.t, 'en')).not.toMatch(/\{\{|\}\}/);
    }
  });

  it('says a text a guarantor refuses was not feasible, and caps every gain at ±100 points', () => {
    const vetoed = startRound(scenario(), { seed: '2' });
    for (const action of [
      { type: 'start' },
      { type: 'proceed' },
      { type: 'edit', clause: 'us-role', strength: 1 },
      { type: 'plenary' },
    ] as const)
      vetoed.act(action);
    const debrief = expertDebrief(vetoed.model, vetoed.data(), vetoed.discrete());
    expect(vetoed.data().outcome?.adopted).toBe(false);
    expect(vetoed.data().outcome?.decisions.iran).toBe('refuses');
    expect(debrief.feasible).toBe(false);
    expect(debrief.onFrontier).toBe(false);
    expect(debrief.messages.map((m) => m.key).some((k) => k === 'expert.infeasible' || k === 'expert.noFeasible')).toBe(
      true,
    );
    for (const points of [...debrief.chart.player, ...debrief.chart.nash, ...debrief.chart.best]) {
      expect(points).toBeGreaterThanOrEqual(-100);
      expect(points).toBeLessThanOrEqual(100);
    }
  });
});
