import { expect } from 'vitest';
import { parseDraft } from '../../src/engine/draft';
import { GUARANTORS } from '../../src/engine/vocabulary';
import { whyOf } from '../../src/engine/why';
import { SEEDS, REAL_01, REFUSAL, ORDER, BASE, decisionsOf, reasonOf } from './common';
import { QUOTES } from './quotes';
import type { Case } from './support';

/** What the mediator hears: stances, revealed goals, explanations. */
export const HEARING_CASES: readonly Case[] = [
  {
    id: 'R-STANCE-01',
    rule: 'STANCE-1',
    quote: QUOTES['STANCE-1'],
    scenario: 'astana-01',
    seeds: ['1', '2', '3', '4', '5', '6'],
    play: ['start', 'proceed', 'edit ceasefire:2', 'edit monitoring:2', 'caucus'],
    expect: {
      check: (round) => {
        // What each would have decided had the text been tabled instead of caucused: the same round, the plenary called.
        const seed = round.record().seed;
        const truth = decisionsOf(
          {
            ...BASE,
            scenario: 'astana-01',
            play: ['start', 'proceed', 'edit ceasefire:2', 'edit monitoring:2', 'plenary'],
          },
          seed,
        );
        for (const g of GUARANTORS) {
          const said = round.data().dyn[g]?.stance?.verdict ?? 'none';
          const real = truth[g] === 'walkedOut' ? 'refuses' : truth[g];
          const worse = real === 'signs' ? 'reserves' : 'refuses';
          expect([real, worse], `${g} said ${said}`).toContain(said);
          expect(ORDER[said] ?? 9).toBeLessThanOrEqual(ORDER[real] ?? 0);
        }
      },
    },
  },
  {
    id: 'R-REVEAL-01',
    rule: 'REVEAL-1',
    quote: QUOTES['REVEAL-1'],
    scenario: 'astana-01',
    play: ['start', 'proceed', 'consult iran', 'consult iran', 'consult iran', 'consult iran', 'consult iran'],
    expect: {
      // Iran's hidden red lines by weight (militias 3, no-transition 2, no-outsiders 2, foreign-fighters 1), then the rest.
      check: (round) =>
        expect(round.data().dyn.iran?.revealed.slice(0, 4)).toEqual([
          'militias',
          'no-transition',
          'no-outsiders',
          'foreign-fighters',
        ]),
    },
  },
  {
    id: 'R-REVEAL-02',
    rule: 'REVEAL-1',
    quote: QUOTES['REVEAL-1'],
    scenario: 'astana-01',
    play: ['start', 'proceed', 'caucus'],
    expect: {
      // Russia and Iran each let slip a hidden red line; every red line of Turkey's here is public already.
      check: (round) => {
        expect(round.data().dyn.turkey?.revealed).toEqual([]);
        for (const g of ['russia', 'iran'] as const) {
          const revealed = round.data().dyn[g]?.revealed ?? [];
          expect(revealed, g).toHaveLength(1);
          const goal = round.model.byId.get(g)?.goal.get(revealed[0] ?? '');
          expect(goal?.kind === 'vetoes' || goal?.hard, `${g}: ${revealed[0]}`).toBe(true);
        }
      },
    },
  },
  {
    id: 'R-WHY-01',
    rule: 'WHY-1',
    quote: QUOTES['WHY-1'],
    scenario: 'astana-01',
    play: 'atOnce',
    text: REAL_01,
    expect: {
      check: (round) => {
        const named = (seat: Parameters<typeof whyOf>[3]) =>
          whyOf(round.model, round.state(), 'iran', seat).reasons.flatMap((r) => (r.known ? [r.id] : []));
        const iran = round.model.byId.get('iran');
        expect(named('mediator')).toEqual(iran?.goals.filter((g) => g.public).map((g) => g.id));
        expect(named({ delegation: 'turkey' })).toEqual(named('projector'));
        expect(named({ delegation: 'iran' })).toEqual(iran?.goals.map((g) => g.id));
      },
    },
  },
  {
    id: 'R-WHY-02',
    rule: 'WHY-2',
    quote: QUOTES['WHY-2'],
    scenario: 'astana-01',
    seeds: SEEDS,
    play: 'atOnce',
    text: 'ceasefire:2 monitoring:2 terrorism:2 political:3 sovereignty:2',
    expect: {
      decisions: { russia: REFUSAL },
      check: (round) => {
        // Russia's veto on a transition is not public: the mediator, who never asked, sees one untold reason.
        const why = whyOf(round.model, round.state(), 'russia', 'mediator');
        expect(why.reasons.filter((r) => !r.known)).toHaveLength(1);
        expect(JSON.stringify(why)).not.toContain('no-transition');
        expect(reasonOf(round, 'russia', 'no-transition').state).toBe('crossed');
        const text = parseDraft(round.model.scenario.agenda, REAL_01);
        expect(text.ok).toBe(true);
      },
    },
  },
];
