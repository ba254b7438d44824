import { describe, expect, it } from 'vitest';
import { CHART_CASES } from './cases-charts';
import { DECISION_CASES } from './cases-decisions';
import { HEARING_CASES } from './cases-hearing';
import { KIND_CASES } from './cases-kinds';
import { REQUIRE_CASES } from './cases-requires';
import { TEMPER_CASES } from './cases-temper';
import { QUOTES } from './quotes';
import { checkCase, playCase, rules } from './support';

const CASES = [...CHART_CASES, ...REQUIRE_CASES, ...KIND_CASES, ...DECISION_CASES, ...TEMPER_CASES, ...HEARING_CASES];

describe('the conformance corpus', () => {
  const stated = rules();

  it('has at least 60 cases, each with its own id of the form R-FAMILY-NN', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
    for (const c of CASES) expect(c.id).toMatch(/^R-[A-Z]+-\d{2}$/);
  });

  it('covers every rule of RULES.md with at least one case', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    expect([...stated.keys()].filter((r) => !covered.has(r))).toEqual([]);
  });

  it('quotes every rule word for word', () => {
    expect(Object.keys(QUOTES).toSorted()).toEqual([...stated.keys()].toSorted());
    for (const [id, words] of Object.entries(QUOTES)) expect(words, id).toBe(stated.get(id));
    for (const c of CASES) {
      expect(stated.has(c.rule), `${c.id} cites ${c.rule}`).toBe(true);
      expect(c.quote, c.id).toBe(stated.get(c.rule));
    }
  });
});

describe.each(CASES.map((c) => [c.id, c.rule, c] as const))('%s (%s)', (_, __, c) => {
  it.each(c.seeds ?? ['1'])('holds on seed %s', (seed) => {
    const { round, scenario } = playCase(c, seed);
    checkCase(c, round, scenario, seed);
  });
});
