import { describe, expect, it } from 'vitest';
import { parseAction } from '../../src/engine/actions';
import { isRedLine } from '../../src/engine/model/goals';
import { delegationModel } from '../../src/engine/model/round-model';
import { seatReport } from '../../src/engine/seat-report';
import type { Round } from '../../src/engine/session';
import type { DelegationId } from '../../src/engine/vocabulary';
import { setupRound } from '../support/round';

const play = (round: Round, ...texts: string[]): void => {
  for (const text of texts) {
    const parsed = parseAction(text);
    if (!parsed.ok) throw new Error(`bad notation in the test: ${text}`);
    expect(round.act(parsed.value), text).toMatchObject({ ok: true });
  }
};

describe('a seat report’s sections (issue 13)', () => {
  it('never lists a red line under what it wanted or got, and says which red lines held or were crossed', () => {
    const { round } = setupRound('astana-01', { seed: '1' });
    // A transition clause crosses the government's and Russia's red lines.
    play(round, 'start', 'proceed', 'edit political:3', 'plenary');
    for (const id of round.model.delegations as DelegationId[]) {
      const report = seatReport(round, id);
      const dm = delegationModel(round.model, id);
      const red = new Set(dm.goals.filter(isRedLine).map((g) => g.id));
      expect([...report.wanted, ...report.got, ...report.gaveUp].filter((g) => red.has(g.id))).toEqual([]);
      expect(report.redLines.map((g) => g.id).toSorted()).toEqual([...red].toSorted());
      expect([...report.got, ...report.gaveUp].map((g) => g.id).toSorted()).toEqual(
        report.wanted.map((g) => g.id).toSorted(),
      );
      expect(report.got.every((g) => g.status === 'met')).toBe(true);
      // Its own seat knows every goal: nothing is untold in its report.
      expect(report.why.untold).toBe(0);
      expect(report.why.reasons.every((r) => r.known)).toBe(true);
    }
    const government = seatReport(round, 'government');
    expect(government.redLines.find((g) => g.id === 'no-transition')).toMatchObject({
      held: false,
      state: 'crossed',
      because: { guard: 'clauseAtLeast', clause: 'political', found: 3 },
    });
    expect(['refuses', 'walkedOut']).toContain(government.decision);
    expect(government.why.holdingBack).toContain('no-transition');
    expect(government.redLines.filter((g) => g.id !== 'no-transition').every((g) => g.held)).toBe(true);
    expect(government.decidedBy).toBe('computer');
    expect(government.handedOver).toBe(false);
  });

  it('says who decided: the students, or the computer after the teacher handed the seat over', () => {
    const students = setupRound('astana-01', { controllers: { opposition: 'human' } }).round;
    play(students, 'start', 'proceed', 'plenary', 'decide opposition refuses');
    expect(seatReport(students, 'opposition')).toMatchObject({ decision: 'refuses', decidedBy: 'students' });

    const handed = setupRound('astana-01', { controllers: { opposition: 'human' } }).round;
    play(handed, 'start', 'proceed', 'plenary', 'hand opposition ai');
    const report = seatReport(handed, 'opposition');
    expect(report.decidedBy).toBe('computer');
    expect(report.handedOver).toBe(true);
    expect(report.participation.decisions).toBe(0);
  });

  it('leaves "decided by" empty for a seat that never came', () => {
    const { round } = setupRound('astana-01', { seats: { us: { arrival: 'boycott' } } });
    play(round, 'start', 'proceed', 'plenary');
    expect(seatReport(round, 'us')).toMatchObject({ decision: 'boycott', decidedBy: null });
  });
});
