import { expect } from 'vitest';
import { worthOf } from '../../src/engine/model/acceptance';
import { whyOf } from '../../src/engine/why';
import { SEEDS, REAL_01, MINIMAL, REFUSAL, ENDORSES, WAIT, BASE, decisionsOf } from './common';
import { QUOTES } from './quotes';
import type { Case } from './support';

/** Worth, acceptance, the margin and adoption. */
export const DECISION_CASES: readonly Case[] = [
  {
    id: 'R-WORTH-01',
    rule: 'WORTH-1',
    quote: QUOTES['WORTH-1'],
    scenario: 'astana-01',
    text: REAL_01,
    expect: {
      check: (round) => {
        for (const id of round.model.delegations) {
          const dm = round.model.byId.get(id);
          const state = round.discrete()[id];
          if (dm === undefined || state === undefined) continue;
          const why = whyOf(round.model, round.state(), id, { delegation: id });
          expect(why.knownWorth, id).toBeCloseTo(worthOf(dm, state.goals, round.data().draft), 0);
        }
      },
    },
  },
  {
    id: 'R-ACCEPT-01',
    rule: 'ACCEPT-1',
    quote: QUOTES['ACCEPT-1'],
    scenario: 'astana-01',
    seeds: SEEDS,
    text: 'ceasefire:2 terrorism:1 sovereignty:1',
    expect: {
      // No red line of the opposition's is touched; its demand that Assad leave (−4) outweighs the ceasefire (+2).
      decisions: { opposition: 'refuses' },
      goals: {
        'opposition/assad-leaves': 'unmet',
        'opposition/no-iran-role': 'free',
        'opposition/ceasefire': 'pleased',
      },
      check: (round) =>
        expect(whyOf(round.model, round.state(), 'opposition', { delegation: 'opposition' }).holdingBack).toEqual([]),
    },
  },
  {
    id: 'R-ACCEPT-02',
    rule: 'ACCEPT-1',
    quote: QUOTES['ACCEPT-1'],
    scenario: 'astana-12',
    seeds: ['1', '2', '3', '4', '5'],
    text: MINIMAL,
    expect: { decisions: { russia: ENDORSES, turkey: ENDORSES, iran: ENDORSES }, adopted: true },
  },
  {
    id: 'R-DECIDE-01',
    rule: 'DECIDE-1',
    quote: QUOTES['DECIDE-1'],
    scenario: 'astana-01',
    controllers: { turkey: 'human' },
    play: ['start', 'proceed', 'plenary'],
    expect: {
      check: (round) => {
        expect(round.phase()).toBe('plenary');
        expect(round.discrete().turkey?.decision).toBe('awaitingHuman');
        expect(round.act({ type: 'decide', delegation: 'turkey', decision: 'reserves' }).ok).toBe(true);
        expect(round.data().outcome?.decisions.turkey).toBe('reserves');
      },
    },
  },
  {
    id: 'R-DECIDE-02',
    rule: 'DECIDE-2',
    quote: QUOTES['DECIDE-2'],
    scenario: 'astana-01',
    seeds: SEEDS,
    text: `${REAL_01} constitution:2`,
    expect: { goals: { 'opposition/foreign-constitution': 'crossed' }, decisions: { opposition: REFUSAL } },
  },
  {
    id: 'R-DECIDE-03',
    rule: 'DECIDE-2',
    quote: QUOTES['DECIDE-2'],
    scenario: 'astana-01',
    seeds: SEEDS,
    text: `${REAL_01} kurds:2`,
    expect: { goals: { 'turkey/no-pyd': 'crossed' }, decisions: { turkey: REFUSAL }, adopted: false },
  },
  // The least the guarantors always signed, tabled at once: acceptable to each, and signed with reservations this early.
  {
    id: 'R-DECIDE-04',
    rule: 'DECIDE-3',
    quote: QUOTES['DECIDE-3'],
    scenario: 'astana-01',
    text: MINIMAL,
    play: 'atOnce',
    expect: { decisions: { russia: 'reserves', turkey: 'reserves', iran: 'reserves' } },
  },
  {
    id: 'R-DECIDE-05',
    rule: 'DECIDE-3',
    quote: QUOTES['DECIDE-3'],
    scenario: 'astana-01',
    text: 'ceasefire:2 terrorism:1 sovereignty:1',
    expect: { decisions: { opposition: 'refuses', russia: 'signs' } },
  },
  {
    id: 'R-MARGIN-01',
    rule: 'MARGIN-1',
    quote: QUOTES['MARGIN-1'],
    scenario: 'astana-01',
    text: MINIMAL,
    // Seven sound-outs of the UN take as long as three consultations of Iran and a promise to it.
    play: ['start', 'proceed', 'consult iran', 'consult iran', 'consult iran', 'assure iran sovereignty:1'],
    expect: {
      decisions: { iran: 'signs' },
      check: () => {
        const idle = decisionsOf({
          ...BASE,
          scenario: 'astana-01',
          text: MINIMAL,
          play: ['start', 'proceed', ...WAIT.slice(0, 7)],
        });
        expect(idle.iran).toBe('reserves');
      },
    },
  },
  {
    id: 'R-MARGIN-02',
    rule: 'MARGIN-2',
    quote: QUOTES['MARGIN-2'],
    scenario: 'astana-01',
    text: MINIMAL,
    play: ['start', 'proceed', ...WAIT],
    expect: {
      decisions: { turkey: 'signs', iran: 'signs' },
      check: () => {
        const early = decisionsOf({ ...BASE, scenario: 'astana-01', text: MINIMAL, play: 'atOnce' });
        expect([early.turkey, early.iran]).toEqual(['reserves', 'reserves']);
      },
    },
  },
  {
    id: 'R-MARGIN-03',
    rule: 'MARGIN-3',
    quote: QUOTES['MARGIN-3'],
    scenario: 'astana-01',
    difficulty: 'easy',
    text: MINIMAL,
    play: 'atOnce',
    expect: {
      decisions: { iran: 'signs' },
      check: () => {
        const hard = decisionsOf({ ...BASE, scenario: 'astana-01', difficulty: 'hard', text: MINIMAL, play: 'atOnce' });
        expect(hard.iran).toBe('reserves');
        // A red line stays a red line at every level.
        for (const difficulty of ['easy', 'hard'] as const)
          expect(REFUSAL).toContain(
            decisionsOf({ ...BASE, scenario: 'astana-01', difficulty, text: `${MINIMAL} us-role:1`, play: 'atOnce' })
              .iran,
          );
      },
    },
  },
  {
    id: 'R-ADOPT-01',
    rule: 'ADOPT-1',
    quote: QUOTES['ADOPT-1'],
    scenario: 'astana-01',
    seeds: SEEDS,
    text: REAL_01,
    expect: { decisions: { russia: ENDORSES, turkey: ENDORSES, iran: ENDORSES }, adopted: true },
  },
  {
    id: 'R-ADOPT-02',
    rule: 'ADOPT-1',
    quote: QUOTES['ADOPT-1'],
    scenario: 'astana-01',
    seeds: SEEDS,
    text: `${REAL_01} kurds:2`,
    expect: { decisions: { russia: ENDORSES, iran: ENDORSES, turkey: REFUSAL }, adopted: false },
  },
];
