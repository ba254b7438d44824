import { describe, expect, it } from 'vitest';
import { parseAction, type Action } from '../../src/engine/actions';
import { botFor, playBot } from '../../src/engine/bots';
import { knownGoals } from '../../src/engine/knowledge';
import { goalRange, type CompiledGoal } from '../../src/engine/model/goals';
import { delegationModel, type DelegationModel, type RoundModel } from '../../src/engine/model/round-model';
import { startRound, type Round } from '../../src/engine/session';
import { viewFor } from '../../src/engine/view';
import { scenario } from '../support/library';

/**
 * Issue 5: the UI shows only the parts of the acceptance breakdown the player has revealed. Proved by
 * non-interference: change everything about the goals the mediator has not learned (ids, kinds of
 * red line, weights) and what the UI receives from view.ts does not change by a byte.
 */
function withSecretsChanged(round: Round): Round {
  const data = round.data();
  const byId = new Map<DelegationModel['id'], DelegationModel>();
  for (const id of round.model.delegations) {
    const dm = delegationModel(round.model, id);
    const known = new Set(knownGoals(dm, data.dyn[id]).map((g) => g.id));
    const goals = dm.goals.map(
      (g): CompiledGoal =>
        known.has(g.id) ? g : { ...g, id: `${g.id}-secret`, weight: g.weight * 7 + 1, hard: !g.hard },
    );
    const range = goals.reduce<[number, number]>((r, g) => [r[0] + goalRange(g)[0], r[1] + goalRange(g)[1]], [0, 0]);
    byId.set(id, { ...dm, goals, goal: new Map(goals.map((g) => [g.id, g])), range });
  }
  const model: RoundModel = { ...round.model, byId };
  return { ...round, model };
}

const received = (round: Round): string => JSON.stringify([viewFor(round, 'mediator'), viewFor(round, 'projector')]);

describe('what the UI receives about hidden goals', () => {
  for (const [policy, seed] of [
    ['nash', '3'],
    ['greedy', '8'],
    ['only-consult', '2'],
    ['random', '5'],
  ] as const) {
    it(`is the same whatever the unrevealed goals are (${policy}, seed ${seed}, every tenth step and the end)`, () => {
      const round = startRound(scenario(), { seed });
      const bot = botFor(policy, seed);
      let steps = 0;
      let checked = 0;
      const check = (): void => {
        const secret = withSecretsChanged(round);
        expect(received(secret)).toBe(received(round));
        expect(received(round)).not.toContain('-secret');
        checked += 1;
      };
      const watched: Round = {
        ...round,
        act(action: Action) {
          const result = round.act(action);
          steps += 1;
          if (steps % 10 === 0) check();
          return result;
        },
      };
      playBot(watched, bot);
      check();
      expect(checked).toBeGreaterThan(0);
      // Something stayed hidden, or the test proves nothing.
      expect(
        round.model.delegations.some(
          (d) =>
            knownGoals(delegationModel(round.model, d), round.data().dyn[d]).length <
            delegationModel(round.model, d).goals.length,
        ),
      ).toBe(true);
    });
  }
});

describe('a promise made with "assure" (issue 5)', () => {
  /** The Nash mediator's adopted round on seed 3, with one more promise to the UN envoy before the plenary. */
  function withPromise(strengthOver: number): Round {
    const played = startRound(scenario(), { seed: '3' });
    playBot(played, botFor('nash', '3'));
    expect(played.data().outcome?.adopted).toBe(true);
    const actions = played.record().actions.slice(0, -1);
    const round = startRound(scenario(), { seed: '3' });
    for (const text of actions) {
      const parsed = parseAction(text);
      if (!parsed.ok || !round.act(parsed.value).ok) throw new Error(`replay failed at ${text}`);
    }
    const at = round
      .data()
      .draft.findIndex(
        (s, i) =>
          s > 0 &&
          s + strengthOver <= (round.model.scenario.agenda.max[i] ?? 0) &&
          !round.data().promises.some((p) => p.delegation === 'un' && p.clause === round.model.scenario.agenda.ids[i]),
      );
    const clause = round.model.scenario.agenda.ids[at] ?? '';
    expect(
      round.act({ type: 'assure', delegation: 'un', clause, strength: (round.data().draft[at] ?? 0) + strengthOver })
        .ok,
    ).toBe(true);
    expect(round.act({ type: 'plenary' }).ok).toBe(true);
    return round;
  }

  it('is kept when the adopted text says it, and broken when it does not: costing trust and credibility', () => {
    const kept = withPromise(0);
    const broken = withPromise(1);
    const [k, b] = [kept.data().outcome, broken.data().outcome];
    expect(k?.adopted && b?.adopted).toBe(true);
    expect((b?.promisesBroken ?? 0) - (k?.promisesBroken ?? 0)).toBe(1);
    expect((k?.promisesKept ?? 0) - (b?.promisesKept ?? 0)).toBe(1);
    expect(broken.data().dyn.un?.trust.entries.at(-1)).toMatchObject({ source: 'promise', amount: -10 });
    expect(b?.finalTrust.un ?? 100).toBeLessThan((k?.finalTrust.un ?? 0) - 9);
    expect(b?.score.credibility.points ?? 100).toBeLessThan(k?.score.credibility.points ?? 0);
    expect(b?.score.credibility.reasons.map((r) => r.key)).toContain('score.credibility.promises');
  });
});
