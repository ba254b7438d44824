import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/engine/actions';
import { replay } from '../../src/engine/replay';
import { revealOrder } from '../../src/engine/round/reveal';
import { delegationModel } from '../../src/engine/model/round-model';
import { startRound, type Round } from '../../src/engine/session';
import { DELEGATIONS } from '../../src/engine/vocabulary';
import { scenario } from '../support/library';

/** A round of Astana-1 at the start of the consultations. */
function consultations(seed = '1'): Round {
  const round = startRound(scenario(), { seed });
  expect(round.act({ type: 'start' }).ok).toBe(true);
  expect(round.act({ type: 'proceed' }).ok).toBe(true);
  return round;
}

const snapshot = (round: Round): string => JSON.stringify([round.phase(), round.data(), round.discrete()]);

function refusal(round: Round, action: Action): string | undefined {
  const before = snapshot(round);
  const result = round.act(action);
  expect(snapshot(round)).toBe(before);
  return result.ok ? undefined : result.refusal.code;
}

describe('a round of Astana-1', () => {
  it('opens in the briefing and moves through the phases', () => {
    const round = startRound(scenario(), { seed: '1' });
    expect(round.phase()).toBe('briefing');
    expect(refusal(round, { type: 'consult', delegation: 'iran' })).toBe('wrongPhase');
    round.act({ type: 'start' });
    expect(round.phase()).toBe('opening');
    const stated = new Set(
      round
        .data()
        .log.filter((e) => e.message.key.startsWith('statement.'))
        .map((e) => e.delegation),
    );
    expect([...stated].toSorted()).toEqual(['government', 'iran', 'opposition', 'russia', 'turkey', 'un', 'us']);
    round.act({ type: 'proceed' });
    expect(round.phase()).toBe('consultations');
    expect(Object.values(round.discrete()).every((d) => d.attendance === 'seated')).toBe(true);
  });

  it.each([
    [{ type: 'consult', delegation: 'jordan' }, 'notInRound'],
    [{ type: 'recall', delegation: 'iran' }, 'notAway'],
    [{ type: 'edit', clause: 'zones', strength: 1 }, 'notOnAgenda'],
    [{ type: 'edit', clause: 'ceasefire', strength: 4 }, 'badStrength'],
    [{ type: 'edit', clause: 'ceasefire', strength: 1 }, 'noChange'],
    [{ type: 'sound', delegation: 'iran', clause: 'ceasefire', strength: 0 }, 'badStrength'],
    [{ type: 'shuttle', from: 'iran', to: 'iran', clause: 'ceasefire', strength: 2 }, 'sameDelegation'],
    [{ type: 'start' }, 'wrongPhase'],
  ] as [Action, string][])('refuses %j with %s and changes nothing', (action, code) => {
    expect(refusal(consultations(), action)).toBe(code);
  });

  it('refuses a second promise on the same clause', () => {
    const round = consultations();
    expect(round.act({ type: 'assure', delegation: 'opposition', clause: 'detainees', strength: 2 }).ok).toBe(true);
    expect(refusal(round, { type: 'assure', delegation: 'opposition', clause: 'detainees', strength: 3 })).toBe(
      'alreadyPromised',
    );
  });

  it('spends the clock and refuses what no longer fits', () => {
    const round = consultations();
    for (let i = 0; i < 15; i += 1) expect(round.act({ type: 'consult', delegation: 'un' }).ok).toBe(true);
    expect(round.data().minute).toBe(900);
    expect(round.act({ type: 'sound', delegation: 'un', clause: 'ceasefire', strength: 1 }).ok).toBe(true);
    expect(refusal(round, { type: 'consult', delegation: 'un' })).toBe('notEnoughTime');
    expect(round.act({ type: 'sound', delegation: 'un', clause: 'ceasefire', strength: 2 }).ok).toBe(true);
    // Time is up: the draft goes to the plenary and the round ends on its own.
    expect(round.phase()).toBe('outcome');
    expect(round.data().log.some((e) => e.message.key === 'log.timeUp')).toBe(true);
  });

  it('reveals red lines first when consulting', () => {
    const round = consultations();
    round.act({ type: 'consult', delegation: 'opposition' });
    const dm = delegationModel(round.model, 'opposition');
    const revealed = round.data().dyn.opposition?.revealed ?? [];
    expect(revealed).toEqual([revealOrder(dm)[0]?.id]);
    expect(dm.goal.get(revealed[0] ?? '')?.hard).toBe(true);
  });

  it('makes Iran bristle at a US role, and walk out when its patience runs out', () => {
    const round = consultations('3');
    round.act({ type: 'edit', clause: 'us-role', strength: 1 });
    expect(round.discrete().iran?.goals['no-us']?.state).toBe('crossed');
    expect(round.data().log.some((e) => e.message.key === 'reaction.objects' && e.delegation === 'iran')).toBe(true);
    for (let i = 0; i < 30 && round.discrete().iran?.attendance === 'seated'; i += 1) {
      round.act({ type: 'sound', delegation: 'un', clause: 'ceasefire', strength: 2 });
    }
    expect(round.discrete().iran?.attendance).toBe('walkedOut');
    expect(round.data().log.some((e) => e.message.key === 'log.walkedOut' && e.delegation === 'iran')).toBe(true);
    expect(refusal(round, { type: 'consult', delegation: 'iran' })).toBe('notSeated');
    expect(refusal(round, { type: 'caucus' })).toBe('guarantorsAway');
  });

  it('can bring a delegation back: walking out is not final', () => {
    const round = consultations('3');
    round.act({ type: 'edit', clause: 'us-role', strength: 1 });
    while (round.discrete().iran?.attendance === 'seated')
      round.act({ type: 'sound', delegation: 'un', clause: 'ceasefire', strength: 2 });
    round.act({ type: 'edit', clause: 'us-role', strength: 0 });
    for (
      let i = 0;
      i < 8 && round.discrete().iran?.attendance !== 'seated' && round.phase() === 'consultations';
      i += 1
    ) {
      round.act({ type: 'recall', delegation: 'iran' });
    }
    expect(round.discrete().iran?.attendance).toBe('seated');
  });

  it('ends with a decision for every delegation and adopts only with all guarantors', () => {
    const round = consultations('5');
    round.act({ type: 'plenary' });
    const outcome = round.data().outcome;
    expect(outcome).not.toBeNull();
    expect(Object.keys(outcome?.decisions ?? {}).toSorted()).toEqual(DELEGATIONS.toSorted());
    expect(outcome?.decisions.jordan).toBe('absent');
    const guarantorsSign = (['russia', 'turkey', 'iran'] as const).every((g) =>
      ['signs', 'reserves'].includes(outcome?.decisions[g] ?? ''),
    );
    expect(outcome?.adopted).toBe(guarantorsSign);
  });

  it('replays its record to the same bytes', () => {
    const round = consultations('9');
    round.act({ type: 'consult', delegation: 'turkey' });
    round.act({ type: 'edit', clause: 'ceasefire', strength: 2 });
    round.act({ type: 'caucus' });
    round.act({ type: 'plenary' });
    const again = replay(scenario(), round.record());
    expect(again.ok).toBe(true);
    if (again.ok) expect(snapshot(again.value)).toBe(snapshot(round));
  });
});
