import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRound, type Round } from '../../src/engine/session';
import { loadCampaign } from '../../src/game/campaign-store';
import { CAMPAIGN_KEY } from '../../src/game/campaign-store';
import { checkSaved, writeSave } from '../../src/game/saves';
import { SAVE_KEY } from '../../src/ui/save-key';
import { loadScenario } from '../support/round';
import { allValues, memoryStorage } from '../support/storage';

/** Issue 20: a saved round is never lost without asking. */
const use = (local: Storage, session: Storage = memoryStorage()): void => {
  Reflect.set(globalThis, 'localStorage', local);
  Reflect.set(globalThis, 'sessionStorage', session);
};
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
  Reflect.deleteProperty(globalThis, 'sessionStorage');
});

const talking = (): Round => {
  const round = startRound(loadScenario(), { seed: '11' });
  round.act({ type: 'start' });
  round.act({ type: 'proceed' });
  return round;
};
const MOVES = [
  { type: 'consult', delegation: 'iran' },
  { type: 'consult', delegation: 'turkey' },
  { type: 'consult', delegation: 'russia' },
  { type: 'consult', delegation: 'opposition' },
  { type: 'consult', delegation: 'government' },
  { type: 'caucus' },
] as const;

describe('set-aside keeps every unreadable save (issue 20)', () => {
  beforeEach(() => use(memoryStorage()));

  it('keeps a second unreadable save beside the first, each with its date', async () => {
    localStorage.setItem(SAVE_KEY, '{"version":1,"first');
    checkSaved(loadScenario());
    localStorage.setItem(SAVE_KEY, '{"version":1,"second');
    checkSaved(loadScenario());
    const values = allValues(localStorage).join('\n');
    expect(values).toContain('first');
    expect(values).toContain('second');
    const { listKept } = await import('../../src/game/kept-saves');
    const kept = listKept();
    expect(kept.map((k) => [k.reason, k.text])).toEqual([
      ['corrupt', '{"version":1,"second'],
      ['corrupt', '{"version":1,"first'],
    ]);
    for (const k of kept) expect(Number.isNaN(Date.parse(k.at ?? ''))).toBe(false);
  });

  it('keeps unreadable campaign saves in the same list', async () => {
    localStorage.setItem(CAMPAIGN_KEY, '{"format":1,"one');
    loadCampaign();
    localStorage.setItem(CAMPAIGN_KEY, '{"format":1,"two');
    loadCampaign();
    const { listKept } = await import('../../src/game/kept-saves');
    expect(listKept().map((k) => [k.from, k.text])).toEqual([
      [CAMPAIGN_KEY, '{"format":1,"two'],
      [CAMPAIGN_KEY, '{"format":1,"one'],
    ]);
  });

  it('brings saves set aside by an earlier version into the list', async () => {
    localStorage.setItem('astana.save.set-aside', '{"old":');
    const { listKept } = await import('../../src/game/kept-saves');
    expect(listKept().map((k) => [k.reason, k.text, k.at])).toEqual([['corrupt', '{"old":', null]]);
    expect(localStorage.getItem('astana.save.set-aside')).toBeNull();
  });

  it('is bounded: past 20 unreadable saves the oldest goes, never a replaced round', async () => {
    const { keepSave, listKept, MAX_KEPT } = await import('../../src/game/kept-saves');
    expect(keepSave(SAVE_KEY, 'replaced', 'a round')).toBe(true);
    for (let i = 0; i < MAX_KEPT.unreadable + 3; i += 1) expect(keepSave(SAVE_KEY, 'corrupt', `bad ${i}`)).toBe(true);
    const kept = listKept();
    expect(kept.filter((k) => k.reason === 'corrupt')).toHaveLength(MAX_KEPT.unreadable);
    expect(kept.some((k) => k.text === 'bad 0')).toBe(false);
    expect(kept.some((k) => k.text === `bad ${MAX_KEPT.unreadable + 2}`)).toBe(true);
    expect(kept.some((k) => k.reason === 'replaced')).toBe(true);
  });

  it('deletes one kept save and no other', async () => {
    const { keepSave, listKept, deleteKept } = await import('../../src/game/kept-saves');
    keepSave(SAVE_KEY, 'corrupt', 'one');
    keepSave(SAVE_KEY, 'stale', 'two');
    const two = listKept().find((k) => k.text === 'two');
    deleteKept(two?.id ?? '');
    expect(listKept().map((k) => k.text)).toEqual(['one']);
  });
});

describe('a replaced round stays recoverable (issue 20)', () => {
  beforeEach(() => use(memoryStorage()));

  it('puts the round in progress aside, and can put it back', async () => {
    const { keepReplaced, listKept, restoreKept, keptDownload } = await import('../../src/game/kept-saves');
    const round = talking();
    round.act(MOVES[0]);
    writeSave(round, 'table');
    const saved = localStorage.getItem(SAVE_KEY);
    expect(keepReplaced()).toBe(true);
    expect(localStorage.getItem(SAVE_KEY)).toBeNull();
    const [kept] = listKept();
    expect(kept).toMatchObject({ reason: 'replaced', text: saved });
    // Its download is the round's record, which Load record reads.
    const file = keptDownload(kept ?? listKept()[0]!);
    expect(file.name).toBe('astana-01-seed-11.json');
    expect(JSON.parse(file.text)).toMatchObject({ format: 2, seed: '11', actions: round.record().actions });
    expect(restoreKept(kept?.id ?? '')).toBe(true);
    expect(localStorage.getItem(SAVE_KEY)).toBe(saved);
    expect(listKept()).toEqual([]);
  });
});

describe('when storage is full (issue 20)', () => {
  it('says storage is full, not that the browser forbids saving, and no accepted move is lost on a reload', () => {
    use(memoryStorage());
    const before = talking();
    writeSave(before, 'table');
    const saved = localStorage.getItem(SAVE_KEY) ?? '';
    // Room for the save as it is now and a little more, as on a page whose storage other things filled.
    const local = memoryStorage(SAVE_KEY.length + saved.length + 40);
    local.setItem(SAVE_KEY, saved);
    use(local);
    const problems: unknown[] = [];
    for (const move of MOVES) {
      expect(before.act(move)).toMatchObject({ ok: true });
      problems.push(writeSave(before, 'table'));
    }
    // A reload in the same tab: every accepted move is there.
    const check = checkSaved(loadScenario());
    expect(check.ok && check.restored.record.actions).toEqual(before.record().actions);
    expect(problems).toContain('tab');
    expect(problems).not.toContain('blocked');
  });

  it('says saving is blocked only when the browser forbids it', () => {
    const refusing = memoryStorage();
    refusing.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    use(refusing, refusing);
    expect(writeSave(talking(), 'table')).toBe('blocked');
  });

  it('keeps playing from memory when neither storage has room', () => {
    use(memoryStorage(10), memoryStorage(10));
    expect(writeSave(talking(), 'table')).toBe('full');
  });
});
