import { expect } from 'vitest';
import { settle } from '../../src/engine/goals/settle';
import { MOOD_LEVELS, WALKOUT_PATIENCE } from '../../src/engine/model/temper';
import { trustAt } from '../../src/engine/model/trust';
import { seatedIn } from '../../src/engine/round/context';
import type { DelegationId } from '../../src/engine/vocabulary';
import { whyOf, type KnownReason } from '../../src/engine/why';
import { QUOTES } from './quotes';
import type { Case } from './support';

const SEEDS = ['1', '2', '3'];
const REAL_01 = 'ceasefire:2 monitoring:2 terrorism:2 political:2 sovereignty:2';
const REFUSAL = ['refuses', 'walkedOut'] as const;
const ENDORSES = ['signs', 'reserves'] as const;

/** A goal's reason as the delegation itself knows it. */
export function reasonOf(round: Parameters<NonNullable<Case['expect']['check']>>[0], d: DelegationId, goal: string) {
  const r = whyOf(round.model, round.state(), d, { delegation: d }).reasons.find((x) => x.known && x.id === goal);
  if (r === undefined || !r.known) throw new Error(`${d} has no goal ${goal} here`);
  return r as KnownReason;
}

/** Goals, their charts and how draft changes reach them. */
export const GOAL_CASES: readonly Case[] = [
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
  {
    id: 'R-REQ-01',
    rule: 'REQ-1',
    quote: QUOTES['REQ-1'],
    scenario: 'astana-01',
    seeds: SEEDS,
    text: REAL_01,
    expect: { goals: { 'russia/sovereignty': 'met', 'iran/guarantor': 'met', 'un/geneva': 'met' } },
  },
  {
    id: 'R-REQ-02',
    rule: 'REQ-1',
    quote: QUOTES['REQ-1'],
    scenario: 'astana-01',
    text: 'terrorism:1 sovereignty:2',
    expect: { goals: { 'turkey/integrity': 'met', 'government/sovereignty': 'met' } },
  },
  {
    id: 'R-REQ-03',
    rule: 'REQ-2',
    quote: QUOTES['REQ-2'],
    scenario: 'astana-01',
    text: 'ceasefire:2 monitoring:2 terrorism:2 political:2',
    expect: { goals: { 'russia/sovereignty': 'unmet', 'turkey/integrity': 'unmet' } },
  },
  {
    id: 'R-REQ-04',
    rule: 'REQ-2',
    quote: QUOTES['REQ-2'],
    scenario: 'astana-01',
    text: 'ceasefire:2 monitoring:2 terrorism:2 political:1 sovereignty:1',
    expect: { goals: { 'un/geneva': 'unmet', 'iran/guarantor': 'met' } },
  },
  {
    id: 'R-REQ-05',
    rule: 'REQ-3',
    quote: QUOTES['REQ-3'],
    scenario: 'astana-01',
    seeds: SEEDS,
    text: 'ceasefire:2 monitoring:2 terrorism:2 political:2',
    expect: { goals: { 'government/sovereignty': 'violated' }, decisions: { government: 'refuses' } },
  },
  {
    id: 'R-REQ-06',
    rule: 'REQ-3',
    quote: QUOTES['REQ-3'],
    scenario: 'astana-01',
    seeds: SEEDS,
    text: 'ceasefire:2 monitoring:2 political:2 sovereignty:2',
    expect: { goals: { 'government/terrorists-excluded': 'violated' }, decisions: { government: 'refuses' } },
  },
  {
    id: 'R-REQ-07',
    rule: 'REQ-4',
    quote: QUOTES['REQ-4'],
    scenario: 'astana-01',
    text: 'ceasefire:2 monitoring:2 terrorism:2 political:2',
    expect: {
      check: (round) => {
        expect(reasonOf(round, 'iran', 'guarantor').worth).toBe(3);
        expect(reasonOf(round, 'russia', 'sovereignty').worth).toBe(-2);
        expect(reasonOf(round, 'government', 'sovereignty').worth).toBe(-3);
      },
    },
  },
  {
    id: 'R-FORCE-01',
    rule: 'FORCE-1',
    quote: QUOTES['FORCE-1'],
    scenario: 'astana-01',
    seeds: SEEDS,
    inForce: { sovereignty: 2 },
    text: 'ceasefire:2 monitoring:2 terrorism:2 political:2',
    expect: { goals: { 'government/sovereignty': 'met', 'russia/sovereignty': 'met', 'turkey/integrity': 'met' } },
  },
  {
    id: 'R-FORCE-02',
    rule: 'FORCE-1',
    quote: QUOTES['FORCE-1'],
    scenario: 'astana-04',
    inForce: { monitoring: 2 },
    text: 'ceasefire:2 zones:2 terrorism:2 sovereignty:1',
    expect: { goals: { 'iran/guarantor': 'met' } },
  },
  {
    id: 'R-FORCE-03',
    rule: 'FORCE-2',
    quote: QUOTES['FORCE-2'],
    scenario: 'astana-04',
    inForce: { ceasefire: 2, monitoring: 2 },
    text: 'zones:2 terrorism:2 sovereignty:1',
    expect: { goals: { 'russia/exit': 'political' } },
  },
  {
    id: 'R-FORCE-04',
    rule: 'FORCE-2',
    quote: QUOTES['FORCE-2'],
    scenario: 'astana-04',
    inForce: { ceasefire: 2, monitoring: 2 },
    text: 'zones:2 terrorism:2 sovereignty:1 political:1',
    expect: { goals: { 'russia/exit': 'achieved' } },
  },
  {
    id: 'R-FORCE-05',
    rule: 'FORCE-3',
    quote: QUOTES['FORCE-3'],
    scenario: 'astana-01',
    seeds: SEEDS,
    inForce: { 'us-role': 2, political: 3 },
    text: REAL_01,
    expect: { goals: { 'iran/no-us': 'clear', 'russia/no-transition': 'clear' }, decisions: { iran: ENDORSES } },
  },
  {
    id: 'R-VETO-01',
    rule: 'VETO-1',
    quote: QUOTES['VETO-1'],
    scenario: 'astana-01',
    text: 'terrorism:1 sovereignty:1 us-role:1',
    expect: { goals: { 'iran/no-us': 'crossed', 'iran/militias': 'clear' } },
  },
  {
    id: 'R-VETO-02',
    rule: 'VETO-1',
    quote: QUOTES['VETO-1'],
    scenario: 'astana-01',
    text: 'terrorism:1 sovereignty:1 militias:1',
    expect: { goals: { 'iran/militias': 'clear', 'iran/foreign-fighters': 'crossed', 'government/allies': 'crossed' } },
  },
  {
    id: 'R-VETO-03',
    rule: 'VETO-2',
    quote: QUOTES['VETO-2'],
    scenario: 'astana-01',
    seeds: SEEDS,
    text: `${REAL_01} us-role:1`,
    expect: { decisions: { iran: REFUSAL }, adopted: false },
  },
  {
    id: 'R-VETO-04',
    rule: 'VETO-2',
    quote: QUOTES['VETO-2'],
    scenario: 'astana-01',
    seeds: SEEDS,
    text: 'ceasefire:2 monitoring:2 terrorism:2 political:3 sovereignty:2',
    expect: { decisions: { russia: REFUSAL, iran: REFUSAL, government: REFUSAL } },
  },
  {
    id: 'R-VETO-05',
    rule: 'VETO-2',
    quote: QUOTES['VETO-2'],
    scenario: 'astana-01',
    seeds: SEEDS,
    text: `${REAL_01} militias:1`,
    expect: { decisions: { iran: REFUSAL, government: REFUSAL }, goals: { 'iran/foreign-fighters': 'crossed' } },
  },
  {
    id: 'R-VETO-06',
    rule: 'VETO-3',
    quote: QUOTES['VETO-3'],
    scenario: 'astana-01',
    text: `${REAL_01} us-role:1`,
    expect: {
      check: (round) => {
        expect(reasonOf(round, 'iran', 'no-us').worth).toBe(-4);
        expect(reasonOf(round, 'iran', 'militias').worth).toBe(0);
      },
    },
  },
  {
    id: 'R-PREF-01',
    rule: 'PREF-1',
    quote: QUOTES['PREF-1'],
    scenario: 'astana-01',
    text: REAL_01,
    expect: { goals: { 'turkey/list-ypg': 'pleased', 'us/iran': 'displeased', 'un/ceasefire': 'pleased' } },
  },
  {
    id: 'R-PREF-02',
    rule: 'PREF-1',
    quote: QUOTES['PREF-1'],
    scenario: 'astana-01',
    text: 'terrorism:1 sovereignty:1',
    expect: { goals: { 'turkey/list-ypg': 'indifferent' } },
  },
  {
    id: 'R-PREF-03',
    rule: 'PREF-2',
    quote: QUOTES['PREF-2'],
    scenario: 'astana-01',
    text: 'terrorism:1 sovereignty:1',
    expect: {
      // Russia's profile gives "no ceasefire at all" −2, and the opposition's −2: neither is read.
      goals: { 'russia/ceasefire': 'indifferent', 'opposition/ceasefire': 'indifferent' },
      check: (round) => {
        expect(reasonOf(round, 'russia', 'ceasefire').worth).toBe(0);
        expect(reasonOf(round, 'opposition', 'ceasefire').worth).toBe(0);
      },
    },
  },
  {
    id: 'R-PREF-04',
    rule: 'PREF-3',
    quote: QUOTES['PREF-3'],
    scenario: 'astana-01',
    text: REAL_01,
    expect: {
      goals: { 'us/iran': 'displeased' },
      check: (round) => {
        const r = reasonOf(round, 'us', 'iran');
        expect([r.worth, r.blocks]).toEqual([-1, false]);
        expect(reasonOf(round, 'turkey', 'list-ypg').worth).toBe(2);
      },
    },
  },
  {
    id: 'R-COSIGN-01',
    rule: 'COSIGN-1',
    quote: QUOTES['COSIGN-1'],
    scenario: 'astana-01',
    text: REAL_01,
    expect: { goals: { 'opposition/no-iran-role': 'withheld' } },
  },
  {
    id: 'R-COSIGN-02',
    rule: 'COSIGN-1',
    quote: QUOTES['COSIGN-1'],
    scenario: 'astana-01',
    text: `${REAL_01} militias:2`,
    expect: { goals: { 'opposition/no-iran-role': 'free' } },
  },
  {
    id: 'R-COSIGN-03',
    rule: 'COSIGN-1',
    quote: QUOTES['COSIGN-1'],
    scenario: 'astana-01',
    text: 'ceasefire:2 monitoring:1 terrorism:2 political:2 sovereignty:2',
    expect: { goals: { 'opposition/no-iran-role': 'free' } },
  },
  {
    id: 'R-COSIGN-04',
    rule: 'COSIGN-2',
    quote: QUOTES['COSIGN-2'],
    scenario: 'astana-01',
    seeds: SEEDS,
    goals: {
      turkey: [
        {
          id: 'not-beside-us',
          kind: 'cosign',
          text: { en: 'case' },
          beside: 'us',
          public: false,
          hard: true,
          weight: 1,
        },
      ],
    },
    text: REAL_01,
    // Withheld the whole consultation long, a hard line wears Turkey's patience out: it may leave the room.
    expect: { goals: { 'turkey/not-beside-us': 'withheld' }, decisions: { turkey: REFUSAL } },
  },
  {
    id: 'R-COSIGN-05',
    rule: 'COSIGN-2',
    quote: QUOTES['COSIGN-2'],
    scenario: 'astana-01',
    seats: { us: { arrival: 'boycott' } },
    goals: {
      turkey: [
        {
          id: 'not-beside-us',
          kind: 'cosign',
          text: { en: 'case' },
          beside: 'us',
          public: false,
          hard: true,
          weight: 1,
        },
      ],
    },
    text: REAL_01,
    expect: { goals: { 'turkey/not-beside-us': 'free' }, decisions: { turkey: ENDORSES, us: 'boycott' } },
  },
  {
    id: 'R-COSIGN-06',
    rule: 'COSIGN-3',
    quote: QUOTES['COSIGN-3'],
    scenario: 'astana-01',
    seeds: SEEDS,
    text: REAL_01,
    expect: { decisions: { opposition: REFUSAL } },
  },
  {
    id: 'R-CAMP-01',
    rule: 'CAMP-1',
    quote: QUOTES['CAMP-1'],
    scenario: 'astana-04',
    text: 'ceasefire:2 terrorism:2 sovereignty:1',
    expect: { goals: { 'russia/exit': 'monitoring' } },
  },
  {
    id: 'R-CAMP-02',
    rule: 'CAMP-1',
    quote: QUOTES['CAMP-1'],
    scenario: 'astana-04',
    text: 'ceasefire:2 monitoring:2 zones:2 political:1 sovereignty:1',
    expect: { goals: { 'russia/exit': 'achieved' } },
  },
  {
    id: 'R-CAMP-03',
    rule: 'CAMP-1',
    quote: QUOTES['CAMP-1'],
    scenario: 'astana-04',
    text: 'monitoring:2 zones:2 political:1 sovereignty:1',
    expect: { goals: { 'russia/exit': 'ceasefire' } },
  },
  {
    id: 'R-CAMP-04',
    rule: 'CAMP-2',
    quote: QUOTES['CAMP-2'],
    scenario: 'astana-01',
    text: REAL_01,
    expect: {
      // Zones are off this agenda: reaching monitoring is all this round can do, and it is worth the whole weight.
      goals: { 'russia/exit': 'zones' },
      check: (round) => expect(reasonOf(round, 'russia', 'exit').worth).toBe(4),
    },
  },
  {
    id: 'R-CAMP-05',
    rule: 'CAMP-2',
    quote: QUOTES['CAMP-2'],
    scenario: 'astana-04',
    inForce: { ceasefire: 2, monitoring: 2 },
    text: 'zones:2 terrorism:2 sovereignty:1',
    expect: { check: (round) => expect(reasonOf(round, 'russia', 'exit').worth).toBe(2) },
  },
  {
    id: 'R-LINK-01',
    rule: 'LINK-1',
    quote: QUOTES['LINK-1'],
    scenario: 'astana-20',
    text: 'normalisation:2 separatism:2 terrorism:1 sovereignty:1',
    expect: { goals: { 'government/withdrawal-first': 'broken' } },
  },
  {
    id: 'R-LINK-02',
    rule: 'LINK-1',
    quote: QUOTES['LINK-1'],
    scenario: 'astana-20',
    text: 'separatism:2 terrorism:1 sovereignty:1',
    expect: { goals: { 'government/withdrawal-first': 'idle' } },
  },
  {
    id: 'R-LINK-03',
    rule: 'LINK-1',
    quote: QUOTES['LINK-1'],
    scenario: 'astana-20',
    text: 'normalisation:3 separatism:2 terrorism:1 sovereignty:1',
    expect: {
      goals: { 'government/withdrawal-first': 'honoured', 'turkey/no-timetable': 'crossed' },
      decisions: { turkey: REFUSAL },
    },
  },
  {
    id: 'R-LINK-04',
    rule: 'LINK-2',
    quote: QUOTES['LINK-2'],
    scenario: 'astana-01',
    seeds: SEEDS,
    goals: {
      russia: [
        {
          id: 'case-link',
          kind: 'linkage',
          text: { en: 'case' },
          clause: 'detainees',
          min: 1,
          if: { clause: 'ceasefire', min: 2 },
          public: false,
          hard: true,
          weight: 1,
        },
      ],
    },
    text: 'detainees:1 ceasefire:1 terrorism:1 sovereignty:1',
    expect: {
      goals: { 'russia/case-link': 'broken' },
      decisions: { russia: REFUSAL },
      check: (round) => expect(reasonOf(round, 'russia', 'case-link').worth).toBe(-1),
    },
  },
  {
    id: 'R-LINK-05',
    rule: 'LINK-2',
    quote: QUOTES['LINK-2'],
    scenario: 'astana-20',
    text: 'normalisation:3 separatism:2 terrorism:1 sovereignty:1',
    expect: { check: (round) => expect(reasonOf(round, 'government', 'withdrawal-first').worth).toBe(2) },
  },
];
