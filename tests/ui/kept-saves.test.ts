import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../src/client/client';
import type { RoundRecord } from '../../src/client';
import { CAMPAIGN_KEY, loadCampaign } from '../../src/game/campaign-store';
import { checkSaved, SAVE_KEY, writeSave } from '../../src/game/saves';
import { testClient } from '../support/client';
import { allValues, memoryStorage } from '../support/storage';

/** Issue 20: a saved round is never lost without asking. */
const use = (local: Storage, session: Storage = memoryStorage()): void => {
  Reflect.set(globalThis, 'localStorage', local);
  Reflect.set(globalThis, 'sessionStorage', session);
};
let client: Client;
beforeEach(() => {
  client = testClient();
});
afterEach(() => {
  client.close();
  Reflect.deleteProperty(globalThis, 'localStorage');
  Reflect.deleteProperty(globalThis, 'sessionStorage');
});

/** The moves in notation, as the page sends them; throws on a refusal. */
async function play(actions: readonly string[]): Promise<void> {
  for (const action of actions) {
    const reply = await client.request('act', { action });
    if (!reply.ok) throw new Error(`${action} was refused`);
  }
}
/** The record the mediator's view carries: what the page saves (sealed by the host). */
async function record(): Promise<RoundRecord> {
  const reply = await client.request('views', { seats: ['mediator'] });
  const r = reply.ok ? reply.value[0]?.record : null;
  if (r === null || r === undefined) throw new Error('no record');
  return r;
}
/** A round at the consultations, through the client as the page plays it. */
async function talking(): Promise<void> {
  const start = await client.request('start', { round: 'astana-01', seed: '11', difficulty: 'normal' });
  if (!start.ok) throw new Error('the round did not start');
  await play(['start', 'proceed']);
}
const MOVES = [
  'consult iran',
  'consult turkey',
  'consult russia',
  'consult opposition',
  'consult government',
  'caucus',
] as const;

describe('set-aside keeps every unreadable save (issue 20)', () => {
  beforeEach(() => use(memoryStorage()));

  it('keeps a second unreadable save beside the first, each with its date', async () => {
    localStorage.setItem(SAVE_KEY, '{"version":1,"first');
    await checkSaved(client, null);
    localStorage.setItem(SAVE_KEY, '{"version":1,"second');
    await checkSaved(client, null);
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
    await loadCampaign(client);
    localStorage.setItem(CAMPAIGN_KEY, '{"format":1,"two');
    await loadCampaign(client);
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
    await talking();
    await play([MOVES[0]]);
    const played = await record();
    writeSave(played, 'table');
    const saved = localStorage.getItem(SAVE_KEY);
    expect(keepReplaced()).toBe(true);
    expect(localStorage.getItem(SAVE_KEY)).toBeNull();
    const [kept] = listKept();
    expect(kept).toMatchObject({ reason: 'replaced', text: saved });
    // Its download is the round's record, as the host read it in the save; Load record reads it.
    const described = await client.request('describeSaves', { texts: [kept?.text ?? ''] });
    const summary = described.ok ? (described.value[0] ?? null) : null;
    expect(summary).toMatchObject({ round: 'astana-01', seed: '11', moves: 3, finished: false });
    const file = keptDownload(kept ?? listKept()[0]!, summary);
    expect(file.name).toBe('astana-01-seed-11.json');
    expect(JSON.parse(file.text)).toMatchObject({ format: 2, seed: '11', actions: played.actions });
    const loaded = await client.request('checkRecord', { text: file.text });
    expect(loaded.ok && loaded.value.verified).toBe(true);
    expect(restoreKept(kept?.id ?? '')).toBe(true);
    expect(localStorage.getItem(SAVE_KEY)).toBe(saved);
    expect(listKept()).toEqual([]);
  });
});

describe('when storage is full (issue 20)', () => {
  it('says storage is full, not that the browser forbids saving, and no accepted move is lost on a reload', async () => {
    use(memoryStorage());
    await talking();
    writeSave(await record(), 'table');
    const saved = localStorage.getItem(SAVE_KEY) ?? '';
    // Room for the save as it is now and a little more, as on a page whose storage other things filled.
    const local = memoryStorage(SAVE_KEY.length + saved.length + 40);
    local.setItem(SAVE_KEY, saved);
    use(local);
    const problems: unknown[] = [];
    for (const move of MOVES) {
      await play([move]);
      problems.push(writeSave(await record(), 'table'));
    }
    // A reload in the same tab: every accepted move is there.
    const check = await checkSaved(client, null);
    expect(check.ok && check.restored.record.actions).toEqual((await record()).actions);
    expect(problems).toContain('tab');
    expect(problems).not.toContain('blocked');
  });

  it('says saving is blocked only when the browser forbids it', async () => {
    const refusing = memoryStorage();
    refusing.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    use(refusing, refusing);
    await talking();
    expect(writeSave(await record(), 'table')).toBe('blocked');
  });

  it('keeps playing from memory when neither storage has room', async () => {
    use(memoryStorage(10), memoryStorage(10));
    await talking();
    expect(writeSave(await record(), 'table')).toBe('full');
  });
});
