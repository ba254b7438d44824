import { expect } from 'vitest';
import { settle } from '../../src/engine/goals/settle';
import { MOOD_LEVELS, WALKOUT_PATIENCE } from '../../src/engine/model/temper';
import { trustAt } from '../../src/engine/model/trust';
import { seatedIn } from '../../src/engine/round/context';
import { QUOTES } from './quotes';
import type { Case } from './support';

/** Goal charts, and how a draft change, a new seating or a standing reaches them. */
export const CHART_CASES: readonly Case[] = [
  {
    id: 'R-CHART-01',
    rule: 'CHART-1',
    quote: QUOTES['CHART-1'],
    scenario: 'astana-01',
    play: [
      'start',
      'proceed',
      'edit ceasefire:3',
      'edit militias:2',
      'edit ceasefire:0',
      'edit militias:0',
      'edit ceasefire:2',
    ],
    expect: {
      check: (round) => {
        const { draft } = round.data();
        for (const id of round.model.delegations)
          for (const g of round.model.byId.get(id)?.goals ?? []) {
            const settled = settle(g, draft, seatedIn(round.discrete()));
            expect(round.discrete()[id]?.goals[g.id], `${id}/${g.id}`).toEqual(settled);
          }
      },
    },
  },
  {
    id: 'R-CHART-02',
    rule: 'CHART-2',
    quote: QUOTES['CHART-2'],
    scenario: 'astana-10',
    text: 'terrorism:1 sovereignty:1',
    expect: {
      check: (round) => {
        // Monitoring and every step of Russia's way out are off this agenda (and nothing is in force).
        expect(round.model.byId.get('iran')?.goal.has('guarantor')).toBe(false);
        expect(round.model.byId.get('russia')?.goal.has('exit')).toBe(false);
        expect(round.discrete().iran?.goals.guarantor).toBeUndefined();
      },
    },
  },
  {
    id: 'R-ROUTE-01',
    rule: 'ROUTE-1',
    quote: QUOTES['ROUTE-1'],
    scenario: 'astana-01',
    play: ['start', 'proceed', 'edit kurds:2'],
    expect: {
      goals: { 'turkey/no-pyd': 'crossed' },
      check: (round) => {
        const at = round.model.scenario.agenda.index.get('kurds') ?? -1;
        const before = round.state().data.versions.at(-2)?.draft ?? [];
        for (const id of round.model.delegations)
          for (const g of round.model.byId.get(id)?.goals ?? []) {
            if (g.touches.includes(at)) continue;
            // Not told: its record is what it settled on before the edit, the very same.
            expect(round.discrete()[id]?.goals[g.id]).toBe(settle(g, before, seatedIn(round.discrete())));
          }
      },
    },
  },
  {
    id: 'R-ROUTE-02',
    rule: 'ROUTE-2',
    quote: QUOTES['ROUTE-2'],
    scenario: 'astana-01',
    goals: {
      turkey: [
        {
          id: 'not-beside-iran',
          kind: 'cosign',
          text: { en: 'case' },
          beside: 'iran',
          public: false,
          hard: false,
          weight: 1,
        },
      ],
    },
    seats: { iran: { patience: 26 } },
    play: ['start', 'proceed', 'edit us-role:1', 'sound un ceasefire:1', 'sound un ceasefire:1'],
    expect: {
      attendance: { iran: 'walkedOut' },
      goals: { 'turkey/not-beside-iran': 'free', 'iran/no-us': 'crossed' },
    },
  },
  {
    id: 'R-ROUTE-03',
    rule: 'ROUTE-3',
    quote: QUOTES['ROUTE-3'],
    scenario: 'astana-01',
    seats: { opposition: { patience: 52 }, government: { trust: 56 } },
    play: ['start', 'proceed', 'consult un', 'consult un', 'consult un', 'consult un', 'caucus', 'consult un'],
    expect: {
      // Each mood is what MOOD-1 makes of the standing now: nothing a chart needed to hear went untold.
      check: (round) => {
        const { data } = round.state();
        for (const id of round.model.delegations) {
          const dyn = data.dyn[id];
          const mood = round.discrete()[id]?.mood;
          if (dyn === undefined || round.discrete()[id]?.attendance === 'arriving') continue;
          const trust = trustAt(dyn.trust, data.minute);
          const want =
            trust < MOOD_LEVELS.distrust || dyn.patience < WALKOUT_PATIENCE
              ? 'obstructive'
              : trust >= MOOD_LEVELS.warmTrust && dyn.patience >= MOOD_LEVELS.calmPatience
                ? 'cooperative'
                : 'wary';
          expect(mood, `${id} at trust ${trust}, patience ${dyn.patience}`).toBe(want);
        }
      },
    },
  },
];
