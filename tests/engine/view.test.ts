import { describe, expect, it } from 'vitest';
import { botFor, playBot, POLICIES } from '../../src/engine/bots';
import { knownGoals } from '../../src/engine/knowledge';
import { sealRecord } from '../../src/engine/record';
import { delegationModel } from '../../src/engine/model/round-model';
import { startRound, type Round } from '../../src/engine/session';
import { timelineOf } from '../../src/engine/timeline';
import { explainFor, viewFor } from '../../src/engine/view';
import { isPublicEntry, logFor, PUBLIC_LOG_KEYS } from '../../src/engine/view-log';
import type { LogEntry } from '../../src/engine/round/state';
import { scenario } from '../support/library';

function played(policy: (typeof POLICIES)[number], seed: string): Round {
  const round = startRound(scenario(), { seed });
  playBot(round, botFor(policy, seed));
  return round;
}

describe('what a seat sees', () => {
  it('shows the mediator only the goals it has learned, and never the random state or patience', () => {
    for (const policy of POLICIES) {
      for (const seed of ['1', '2', '3']) {
        const round = played(policy, seed);
        const view = viewFor(round, 'mediator');
        for (const d of view.delegations) {
          const dm = delegationModel(round.model, d.id);
          const known = new Set(knownGoals(dm, round.data().dyn[d.id]).map((g) => g.id));
          expect(d.goals.map((g) => g.id).every((g) => known.has(g))).toBe(true);
          expect(d.goals.length + d.unknownGoals).toBe(dm.goals.length);
          const explained = explainFor(round, d.id);
          for (const part of explained.parts) if (part.known) expect(known.has(part.goal)).toBe(true);
          expect(explained.parts.filter((p) => !p.known)).toHaveLength(dm.goals.length - known.size);
          expect(Object.keys(explained.parts.find((p) => !p.known) ?? { known: false })).toEqual(['known']);
        }
        const json = JSON.stringify(view);
        expect(json).not.toMatch(/"s0"|"s1"|"patience"|"reservation"|"concession"/);
      }
    }
  });

  it('shows the projector only what the briefing made public', () => {
    const round = played('greedy', '4');
    const view = viewFor(round, 'projector');
    for (const d of view.delegations) {
      expect(d.goals.every((g) => g.public)).toBe(true);
      expect(d.replies).toEqual([]);
      expect(d.stance).toBeNull();
    }
    expect(view.promises).toEqual([]);
  });

  it('keeps a kind of log line nobody listed as public with the mediator, the teacher and the seat it concerns', () => {
    const line = (key: string, params: Record<string, string> = {}, delegation?: 'iran'): LogEntry => ({
      minute: 0,
      message: { key, params },
      tone: 'neutral',
      ...(delegation === undefined ? {} : { delegation }),
    });
    const news = line('log.news', { text: 'A convoy' });
    const fresh = line('log.somethingNewTomorrow', { delegation: 'iran' }, 'iran');
    const shuttled = line('log.shuttleApart', { from: 'iran', to: 'turkey', clause: 'ceasefire' });
    const log = [news, fresh, shuttled];
    expect(isPublicEntry(fresh)).toBe(false);
    expect(logFor(log, 'public')).toEqual([news]);
    expect(logFor(log, 'iran')).toEqual(log);
    expect(logFor(log, 'turkey')).toEqual([news, shuttled]);
    expect(logFor(log, 'russia')).toEqual([news]);
    expect(logFor(log, 'all')).toEqual(log);
    expect(PUBLIC_LOG_KEYS.has('log.consultRevealed')).toBe(false);
  });

  it('gives the explanation and the record to the mediator and the teacher, the deck to the teacher only', () => {
    const round = played('greedy', '7');
    const mediator = viewFor(round, 'mediator');
    const teacher = viewFor(round, 'teacher');
    expect(mediator.delegations.every((d) => d.explanation !== null)).toBe(true);
    expect(JSON.stringify(mediator.delegations.map((d) => d.explanation))).toBe(
      JSON.stringify(round.model.delegations.map((d) => explainFor(round, d))),
    );
    // The view's record is sealed with its integrity hash (issue 20): the page saves it and offers it as a file.
    expect(mediator.record).toEqual(sealRecord(round.record()));
    expect(mediator.deck).toBeNull();
    expect(teacher.deck).toEqual(round.data().deck);
    expect(teacher.delegations.every((d) => d.unknownGoals === 0)).toBe(true);
    for (const seat of ['projector', { delegation: 'iran' }] as const) {
      const view = viewFor(round, seat);
      expect([view.record, view.deck]).toEqual([null, null]);
      expect(view.delegations.every((d) => d.explanation === null)).toBe(true);
    }
  });

  it('shows a delegation all of its own goals and none of the others’ hidden ones', () => {
    const round = played('greedy', '5');
    const view = viewFor(round, { delegation: 'iran' });
    const iran = view.delegations.find((d) => d.id === 'iran');
    expect(iran?.unknownGoals).toBe(0);
    // What Turkey told the mediator in private is not Iran's to know: another seat sees public goals only.
    const turkey = view.delegations.find((d) => d.id === 'turkey');
    expect(turkey?.goals.every((g) => g.public)).toBe(true);
    expect(turkey?.replies).toEqual([]);
  });

  it('charts trust and mood after every action of a record', () => {
    const round = played('greedy', '6');
    const points = timelineOf(scenario(), round.record());
    expect(points).toHaveLength(round.record().actions.length + 1);
    const last = points.at(-1);
    expect(last?.minute).toBe(round.data().minute);
    expect(Object.keys(last?.trust ?? {})).toHaveLength(7);
  });
});

describe('what the views carry for the screens (issue 13)', () => {
  it('explains each delegation from its goal charts, as far as the seat knows, and warns before a known red line', () => {
    const round = startRound(scenario(), { seed: '2' });
    for (const action of [{ type: 'start' }, { type: 'proceed' }, { type: 'consult', delegation: 'iran' }] as const)
      round.act(action);
    const view = viewFor(round, 'mediator');
    const iran = view.delegations.find((d) => d.id === 'iran');
    expect(iran?.goals.find((g) => g.id === 'no-us')).toMatchObject({ state: 'clear', status: 'met', worth: 0 });
    expect(iran?.goals.find((g) => g.id === 'no-us')?.because).toMatchObject({
      guard: 'clauseBelow',
      clause: 'us-role',
    });
    expect(iran?.why.reasons.filter((r) => r.known).map((r) => (r.known ? r.id : ''))).toEqual(
      iran?.goals.map((g) => g.id),
    );
    // The editor's warning: putting the US in the text would cross a red line Iran has stated.
    expect(view.objections['us-role']?.[1]).toContainEqual({ delegation: 'iran', goal: 'no-us', severity: 'walksOut' });
    // The projector knows no hidden goal, so it warns of none.
    const shown = viewFor(round, 'projector').objections['militias']?.[2] ?? [];
    expect(shown.every((o) => round.model.byId.get(o.delegation)?.goal.get(o.goal)?.public)).toBe(true);
  });

  it('says after the outcome, in one line per delegation, what each did (an observer is an observer)', () => {
    const round = played('greedy', '3');
    const outcome = round.data().outcome;
    expect(outcome?.results.us).toBe(outcome?.decisions.us === 'walkedOut' ? 'walkedOut' : 'observer');
    expect(outcome?.results.russia).toBe(outcome?.decisions.russia);
    const points = timelineOf(scenario(), round.record());
    expect(points[0]?.mood).toEqual({});
    expect(points[1]?.move).toEqual({ key: 'move.start' });
    expect(points.map((p) => p.move?.key).filter((k) => k === 'move.start')).toHaveLength(1);
  });
});
