import { expect } from 'vitest';
import { SEEDS, REAL_01, REFUSAL, ENDORSES, reasonOf } from './common';
import { QUOTES } from './quotes';
import type { Case } from './support';

/** Prefers, cosign, campaign and linkage goals. */
export const KIND_CASES: readonly Case[] = [
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
    // Astana 1: nothing is in force yet, so the ceasefire alone takes the campaign to its second step.
    scenario: 'astana-01',
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
