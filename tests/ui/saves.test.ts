import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listKept } from '../../src/game/kept-saves';
import { checkSaved, writeSave } from '../../src/game/saves';
import { sealRecord } from '../../src/engine/record';
import { startRound } from '../../src/engine/session';
import { SAVE_KEY } from '../../src/ui/save-key';
import { loadScenario } from '../support/round';
import { memoryStorage } from '../support/storage';

describe('saves (issue 4): validated on load, a bad one set aside and never read wrongly', () => {
  beforeEach(() => {
    Reflect.set(globalThis, 'localStorage', memoryStorage());
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  const played = () => {
    const round = startRound(loadScenario(), { seed: '11' });
    for (const action of [{ type: 'start' }, { type: 'proceed' }, { type: 'consult', delegation: 'iran' }] as const)
      round.act(action);
    return round;
  };

  it('restores a saved round to the same state by replaying its record', () => {
    const round = played();
    expect(writeSave(round, 'table', 'iran')).toBeNull();
    const check = checkSaved(loadScenario());
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.restored.round.data()).toEqual(round.data());
    expect(check.restored.selected).toBe('iran');
  });

  it.each([
    ['not JSON', '{"version":1,', 'corrupt'],
    ['the wrong shape', '{"version":1,"savedAt":"x","record":{},"ui":{"screen":"table"}}', 'corrupt'],
    ['a newer save format', '{"version":7}', { newer: 7 }],
  ])('sets aside a save that is %s', (_what, raw, problem) => {
    localStorage.setItem(SAVE_KEY, raw);
    expect(checkSaved(loadScenario())).toEqual({ ok: false, problem });
    expect(listKept().map((k) => k.text)).toEqual([raw]);
    expect(localStorage.getItem(SAVE_KEY)).toBeNull();
  });

  it('calls a save of other scenario content stale', () => {
    writeSave(played(), 'table');
    // A save made on other content carries a good hash over that content's hash.
    const save = JSON.parse(localStorage.getItem(SAVE_KEY) ?? '{}');
    save.record = sealRecord({ ...save.record, contentHash: '0'.repeat(64) });
    localStorage.setItem(SAVE_KEY, JSON.stringify(save));
    expect(checkSaved(loadScenario())).toEqual({ ok: false, problem: 'stale' });
  });

  it('has nothing to say when there is no save', () => {
    expect(checkSaved(loadScenario())).toEqual({ ok: false, problem: null });
  });
});
