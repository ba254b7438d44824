import { expect } from 'vitest';
import { SEEDS, REAL_01, REFUSAL, ENDORSES, reasonOf } from './common';
import { QUOTES } from './quotes';
import type { Case } from './support';

/** Requirements, agreements in force and vetoes. */
export const REQUIRE_CASES: readonly Case[] = [
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
];
