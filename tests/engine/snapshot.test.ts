import { describe, expect, it } from 'vitest';
import { parseAction } from '../../src/engine/actions';
import { botFor, playBot } from '../../src/engine/bots';
import { restoreRound } from '../../src/engine/restore';
import { SNAPSHOT_FORMAT } from '../../src/engine/snapshot';
import { startRound } from '../../src/engine/session';
import { scenario } from '../support/library';

/** Issue 13: a saved round is its state, restored as it was without replaying its log. */
describe('a round snapshot', () => {
  const sc = scenario();
  const round = startRound(sc, { seed: '5', controllers: { opposition: 'human' } });
  for (const action of [
    { type: 'start' },
    { type: 'proceed' },
    { type: 'consult', delegation: 'iran' },
    { type: 'edit', clause: 'monitoring', strength: 2 },
    { type: 'caucus' },
  ] as const)
    round.act(action);
  const saved = JSON.parse(JSON.stringify(round.snapshot()));

  it('holds the round as plain data, the random streams included, and no static scenario data', () => {
    const text = JSON.stringify(saved);
    expect(saved.format).toBe(SNAPSHOT_FORMAT);
    expect(Object.keys(saved.state)).toEqual(['phase', 'data', 'delegations', 'rng']);
    expect(saved.state.rng.delegations.iran).toMatchObject({ c: expect.any(Number), s0: expect.any(Number) });
    for (const word of ['"profiles"', '"agenda"', '"wordings"', '"personality"', '"utilities"', 'The guarantors'])
      expect(text).not.toContain(word);
    expect(text.length).toBeLessThan(20_000);
  });

  it('restores without replaying, and plays on to the same bytes as the round it was taken from', () => {
    const restored = restoreRound(sc, saved);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(JSON.stringify(restored.value.state())).toBe(JSON.stringify(round.state()));
    expect(restored.value.record()).toEqual(round.record());
    const next = startRound(sc, { seed: '5', controllers: { opposition: 'human' } });
    for (const line of round.record().actions) {
      const action = parseAction(line);
      expect(action.ok && next.act(action.value).ok, line).toBe(true);
    }
    for (const r of [restored.value, next]) playBot(r, botFor('greedy', '5'));
    expect(JSON.stringify(restored.value.state())).toBe(JSON.stringify(next.state()));
  });

  it.each([
    ['another scenario', { ...saved, scenario: 'astana-02' }, 'otherScenario'],
    ['changed content', { ...saved, contentHash: '0'.repeat(64) }, 'contentChanged'],
    ['a newer format', { ...saved, format: SNAPSHOT_FORMAT + 1 }, 'newerFormat'],
    ['not a snapshot', { hello: 'world' }, 'notASnapshot'],
    ['a phase that is no phase', { ...saved, state: { ...saved.state, phase: 'party' } }, 'notASnapshot'],
    [
      'a goal state its chart does not have',
      {
        ...saved,
        state: {
          ...saved.state,
          delegations: {
            ...saved.state.delegations,
            iran: {
              ...saved.state.delegations.iran,
              goals: { ...saved.state.delegations.iran.goals, 'no-us': { state: 'maybe', because: { guard: 'x' } } },
            },
          },
        },
      },
      'notThisRound',
    ],
  ])('refuses %s with a clear error', (_, raw, code) => {
    const result = restoreRound(sc, raw);
    expect(result.ok ? 'restored' : result.error.code).toBe(code);
  });
});
