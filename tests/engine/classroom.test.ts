import { describe, expect, it } from 'vitest';
import { parseAction, type Action } from '../../src/engine/actions';
import { parseRecord, sealRecord } from '../../src/engine/record';
import { replay } from '../../src/engine/replay';
import { roleCard } from '../../src/engine/role-card';
import { seatReport } from '../../src/engine/seat-report';
import { viewFor } from '../../src/engine/view';
import { limitOf } from '../../src/engine/round/refusal';
import type { Round } from '../../src/engine/session';
import { setupRound } from '../support/round';

const act = (round: Round, text: string) => {
  const parsed = parseAction(text);
  if (!parsed.ok) throw new Error(`bad notation in the test: ${text}`);
  return round.act(parsed.value);
};
const accepted = (round: Round, ...texts: string[]): void => {
  for (const text of texts) expect(act(round, text), text).toMatchObject({ ok: true });
};
const refusal = (round: Round, action: Action | string): string | undefined => {
  const result = typeof action === 'string' ? act(round, action) : round.act(action);
  return result.ok ? undefined : result.refusal.code;
};
const keys = (round: Round): string[] => round.data().log.map((e) => e.message.key);

describe('students hold seats in the same machines', () => {
  it('a sounding-out to a students’ seat waits for their answer, which is filed like any reply', () => {
    const { round } = setupRound('astana-01', { controllers: { opposition: 'human' } });
    accepted(round, 'start', 'proceed', 'sound opposition political:2');
    expect(round.data().questions).toEqual([
      { delegation: 'opposition', clause: 'political', strength: 2, minute: 0, via: 'sound' },
    ]);
    expect(round.data().dyn.opposition?.replies).toEqual([]);
    expect(keys(round)).toContain('log.asked');
    expect(refusal(round, 'answer opposition amend:2')).toBe('badStrength');
    expect(refusal(round, 'answer opposition accept')).toBeUndefined();
    expect(round.data().questions).toEqual([]);
    expect(round.data().dyn.opposition?.replies.at(-1)).toMatchObject({
      clause: 'political',
      strength: 2,
      reply: 'accept',
      via: 'sound',
    });
    expect(refusal(round, 'answer opposition accept')).toBe('noQuestion');
    expect(refusal(round, 'answer iran accept')).toBe('notHuman');
  });

  it('the plenary waits for students, and their verdict ends the round', () => {
    const { round } = setupRound('astana-01', { controllers: { turkey: 'human' } });
    accepted(round, 'start', 'proceed', 'edit ceasefire:2', 'plenary');
    expect(round.phase()).toBe('plenary');
    expect(round.data().awaiting).toEqual(['turkey']);
    expect(round.discrete().turkey?.decision).toBe('awaitingHuman');
    expect(refusal(round, 'decide iran signs')).toBe('notHuman');
    expect(refusal(round, 'edit ceasefire:1')).toBe('wrongPhase');
    accepted(round, 'decide turkey reserves');
    expect(round.phase()).toBe('outcome');
    expect(round.data().outcome?.decisions.turkey).toBe('reserves');
    expect(refusal(round, 'decide turkey signs')).toBe('wrongPhase');
  });

  it('handing a waiting seat to the AI gets its verdict at once', () => {
    const { round } = setupRound('astana-01', { controllers: { turkey: 'human', russia: 'human' } });
    accepted(round, 'start', 'proceed', 'plenary', 'decide russia signs');
    expect(round.phase()).toBe('plenary');
    expect(refusal(round, 'hand russia human')).toBe('sameControl');
    expect(refusal(round, 'hand russia ai')).toBe('alreadyDecided');
    accepted(round, 'hand turkey ai');
    expect(round.phase()).toBe('outcome');
    expect(['signs', 'reserves', 'refuses', 'walkedOut']).toContain(round.data().outcome?.decisions.turkey);
  });

  it('a seat handed to the AI has its open questions answered by the AI', () => {
    const { round } = setupRound('astana-01', { controllers: { iran: 'human' } });
    accepted(round, 'start', 'proceed', 'sound iran us-role:1', 'hand iran ai');
    expect(round.data().questions).toEqual([]);
    expect(round.data().dyn.iran?.replies).toHaveLength(1);
    expect(round.controllerOf('iran')).toBe('ai');
  });

  it('students may walk out during the talks, and be recalled like anyone', () => {
    const { round } = setupRound('astana-01', { controllers: { opposition: 'human' } });
    accepted(round, 'start', 'proceed');
    expect(refusal(round, 'decide opposition signs')).toBe('wrongPhase');
    accepted(round, 'decide opposition walkOut');
    expect(round.discrete().opposition?.attendance).toBe('walkedOut');
    expect(keys(round)).toContain('log.walkedOut');
    expect(refusal(round, 'decide opposition walkOut')).toBe('notSeated');
    expect(refusal(round, 'recall opposition')).toBeUndefined();
  });
});

describe('the teacher steers the round', () => {
  it('injects a card from the deck, once', () => {
    const { round } = setupRound();
    accepted(round, 'start', 'proceed');
    const before = round.data().deck.length;
    accepted(round, 'inject walkout-threat');
    expect(round.data().deck).toHaveLength(before - 1);
    expect(round.data().log.at(-1)?.message).toEqual({ key: 'log.injected', params: { card: 'walkout-threat' } });
    expect(refusal(round, 'inject meteor-strike')).toBe('notInDeck');
  });

  it('extends the time by quarter hours, up to a limit', () => {
    const { round } = setupRound();
    accepted(round, 'start', 'proceed');
    const limit = limitOf(round.model, round.data());
    accepted(round, 'extend 60');
    expect(limitOf(round.model, round.data())).toBe(limit + 60);
    expect(refusal(round, 'extend 20')).toBe('badMinutes');
    expect(refusal(round, 'extend 480')).toBe('badMinutes');
    expect(refusal(round, 'extend 420')).toBeUndefined();
  });

  it('logs typed news and students’ statements as they were written, and refuses what does not fit a line', () => {
    const { round } = setupRound('astana-01', { controllers: { iran: 'human' } });
    accepted(
      round,
      'start',
      'proceed',
      'news Fighting reported in  Wadi Barada',
      'say iran We came to consolidate the ceasefire.',
    );
    expect(
      round
        .data()
        .log.slice(-2)
        .map((e) => e.message.params?.text),
    ).toEqual(['Fighting reported in  Wadi Barada', 'We came to consolidate the ceasefire.']);
    expect(refusal(round, { type: 'news', text: 'two\nlines' })).toBe('badText');
    expect(refusal(round, { type: 'news', text: 'x'.repeat(281) })).toBe('badText');
    expect(refusal(round, 'say russia Hello')).toBe('notHuman');
  });
});

describe('a classroom record', () => {
  it('names the students’ seats and replays to the same round', () => {
    const { scenario, round } = setupRound('astana-01', { seed: '42', controllers: { opposition: 'human', un: 'ai' } });
    accepted(
      round,
      'start',
      'proceed',
      'sound opposition ceasefire:1',
      'answer opposition reject',
      'inject draft-leaked',
      'extend 30',
      'plenary',
      'decide opposition refuses',
    );
    const record = round.record();
    expect(record.seats).toEqual({ opposition: 'human' });
    const parsed = parseRecord(JSON.parse(JSON.stringify(sealRecord(record))));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const again = replay(scenario, parsed.value);
    expect(again.ok).toBe(true);
    if (again.ok) expect(JSON.stringify(again.value.data())).toBe(JSON.stringify(round.data()));
  });

  it('of an AI-only round has no seats field', () => {
    const { round } = setupRound('astana-01', { controllers: { un: 'ai' } });
    expect('seats' in round.record()).toBe(false);
  });
});

describe('a seat’s role card and view', () => {
  it('lists every goal of the seat, its red lines and a points table for the wordings', () => {
    const { round } = setupRound();
    const card = roleCard(round.model, 'iran');
    expect(card.goals.length).toBeGreaterThan(0);
    expect(card.redLines.length + card.tradable.length).toBe(card.goals.length);
    expect(card.goals.some((g) => !g.public)).toBe(true);
    const usRole = card.points.find((row) => row.clause === 'us-role');
    expect(usRole?.points[0]).toBe(0);
    expect(Math.min(...(usRole?.points ?? [0]))).toBeLessThan(0);
  });

  it('shows questions to the seat they were put to and to the mediator, never to the projector', () => {
    const { round } = setupRound('astana-01', { controllers: { iran: 'human', turkey: 'human' } });
    accepted(round, 'start', 'proceed', 'sound iran us-role:1', 'sound turkey kurds:1');
    expect(viewFor(round, 'mediator').questions).toHaveLength(2);
    expect(viewFor(round, { delegation: 'iran' }).questions.map((q) => q.delegation)).toEqual(['iran']);
    expect(viewFor(round, 'projector').questions).toEqual([]);
  });
});

describe('a seat’s report for grading', () => {
  it('splits the seat’s goals into got and gave up, and counts what its students did', () => {
    const { round } = setupRound('astana-01', { controllers: { opposition: 'human' } });
    accepted(
      round,
      'start',
      'proceed',
      'say opposition We want the ceasefire kept.',
      'sound opposition ceasefire:2',
      'answer opposition accept',
      'edit ceasefire:2',
      'plenary',
      'decide opposition reserves',
    );
    const report = seatReport(round, 'opposition');
    expect(report.decision).toBe('reserves');
    expect(report.participation).toEqual({ statements: 1, answers: 1, decisions: 1, questionsPut: 1 });
    expect(report.got.length + report.gaveUp.length).toBe(roleCard(round.model, 'opposition').goals.length);
    expect(report.satisfaction).toBeGreaterThanOrEqual(0);
    expect(report.satisfaction).toBeLessThanOrEqual(1);
  });
});
