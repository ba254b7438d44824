import { expect } from 'vitest';
import { stepDelegation } from '../../src/engine/delegation/step';
import { anyCrossed } from '../../src/engine/model/acceptance';
import { recallChance } from '../../src/engine/model/temper';
import { trustAt } from '../../src/engine/model/trust';
import { startRound } from '../../src/engine/session';
import { SEEDS, REAL_01 } from './common';
import { QUOTES } from './quotes';
import type { Case } from './support';

/** Attendance, mood, walk-outs, wear and recall. */
export const TEMPER_CASES: readonly Case[] = [
  {
    id: 'R-SEAT-01',
    rule: 'SEAT-1',
    quote: QUOTES['SEAT-1'],
    scenario: 'astana-03',
    seeds: SEEDS,
    text: 'ceasefire:1 sovereignty:1',
    expect: { attendance: { opposition: 'boycotting' }, decisions: { opposition: 'boycott' } },
  },
  {
    id: 'R-SEAT-02',
    rule: 'SEAT-1',
    quote: QUOTES['SEAT-1'],
    scenario: 'astana-01',
    seats: { iran: { arrival: 'boycott' } },
    play: 'atOnce',
    text: REAL_01,
    expect: { attendance: { iran: 'boycotting' }, decisions: { iran: 'boycott' }, adopted: false },
  },
  {
    id: 'R-SEAT-03',
    rule: 'SEAT-1',
    quote: QUOTES['SEAT-1'],
    scenario: 'astana-01',
    seats: { us: { trust: 20 } },
    play: 'atOnce',
    text: REAL_01,
    expect: { attendance: { us: 'seated' } },
  },
  {
    id: 'R-MOOD-01',
    rule: 'MOOD-1',
    quote: QUOTES['MOOD-1'],
    scenario: 'astana-01',
    seats: { opposition: { trust: 29 }, un: { trust: 60, patience: 80 } },
    play: ['start', 'proceed'],
    expect: { mood: { opposition: 'obstructive', un: 'cooperative', iran: 'wary' } },
  },
  {
    id: 'R-MOOD-02',
    rule: 'MOOD-1',
    quote: QUOTES['MOOD-1'],
    scenario: 'astana-01',
    seats: { government: { patience: 24 }, un: { trust: 60, patience: 49 } },
    play: ['start', 'proceed'],
    expect: { mood: { government: 'obstructive', un: 'wary' } },
  },
  {
    id: 'R-WALK-01',
    rule: 'WALK-1',
    quote: QUOTES['WALK-1'],
    scenario: 'astana-01',
    seats: { iran: { patience: 30 } },
    play: ['start', 'proceed', 'edit us-role:1', 'sound un ceasefire:1', 'sound un ceasefire:1'],
    text: `${REAL_01} us-role:1`,
    expect: { attendance: { iran: 'walkedOut' }, decisions: { iran: 'walkedOut' }, goals: { 'iran/no-us': 'crossed' } },
  },
  {
    id: 'R-WALK-02',
    rule: 'WALK-1',
    quote: QUOTES['WALK-1'],
    scenario: 'astana-01',
    // A veto that is not a red line it would leave over: it refuses the text but stays in the room.
    seats: { iran: { patience: 26 } },
    play: [
      'start',
      'proceed',
      'edit militias:1',
      'sound un ceasefire:1',
      'sound un ceasefire:1',
      'sound un ceasefire:1',
    ],
    text: `${REAL_01} militias:1`,
    expect: {
      attendance: { iran: 'seated' },
      decisions: { iran: 'refuses' },
      goals: { 'iran/foreign-fighters': 'crossed' },
    },
  },
  {
    id: 'R-WALK-03',
    rule: 'WALK-2',
    quote: QUOTES['WALK-2'],
    scenario: 'astana-01',
    seats: { iran: { patience: 30 } },
    play: ['start', 'proceed', 'edit us-role:1', 'sound un ceasefire:1', 'sound un ceasefire:1', 'edit us-role:0'],
    text: REAL_01,
    expect: { attendance: { iran: 'walkedOut' }, decisions: { iran: 'walkedOut' }, adopted: false },
  },
  {
    id: 'R-WEAR-01',
    rule: 'WEAR-1',
    quote: QUOTES['WEAR-1'],
    scenario: 'astana-01',
    play: ['start', 'proceed', 'edit us-role:1', 'sound un ceasefire:1', 'sound un ceasefire:1'],
    expect: {
      check: (round) => {
        // The same hour without the US in the text: Iran's patience differs by its objection (−8 × (0.5 + 0.5))
        // and by the wear of a crossed red line, (6 + 6 × 0.5) × 75 / 60.
        const other = startRound(round.model.scenario, { seed: '1' });
        for (const a of ['start', 'proceed', 'edit kurds:1', 'sound un ceasefire:1', 'sound un ceasefire:1'])
          other.act(
            a === 'start' || a === 'proceed'
              ? { type: a }
              : a.startsWith('edit')
                ? { type: 'edit', clause: 'kurds', strength: 1 }
                : { type: 'sound', delegation: 'un', clause: 'ceasefire', strength: 1 },
          );
        const diff = (other.data().dyn.iran?.patience ?? 0) - (round.data().dyn.iran?.patience ?? 0);
        expect(diff).toBeCloseTo(8 + (9 * 75) / 60, 6);
        expect(other.data().dyn.russia?.patience).toBeCloseTo(round.data().dyn.russia?.patience ?? 0, 6);
      },
    },
  },
  {
    id: 'R-RECALL-01',
    rule: 'RECALL-1',
    quote: QUOTES['RECALL-1'],
    scenario: 'astana-01',
    seats: { iran: { patience: 30 } },
    play: ['start', 'proceed', 'edit us-role:1', 'sound un ceasefire:1', 'sound un ceasefire:1'],
    expect: {
      attendance: { iran: 'walkedOut' },
      check: (round) => {
        const dm = round.model.byId.get('iran');
        const state = round.discrete().iran;
        const dyn = round.data().dyn.iran;
        if (dm === undefined || state === undefined || dyn === undefined) throw new Error('no Iran');
        const trust = trustAt(dyn.trust, round.data().minute);
        const chance = recallChance(trust, dyn.patience, anyCrossed(dm, state.goals));
        expect(chance).toBeCloseTo(Math.max(0.05, (0.2 + trust / 200 + dyn.patience / 400) / 3), 10);
        const recall = (roll: number) =>
          stepDelegation(dm, state, { type: 'RECALL', roll, trust, patience: dyn.patience }).attendance;
        expect([recall(chance - 1e-9), recall(chance)]).toEqual(['seated', 'walkedOut']);
      },
    },
  },
];
