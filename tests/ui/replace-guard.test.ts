import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../src/client/client';
import { listKept } from '../../src/game/kept-saves';
import { acceptUnverified, makeRoomForNewRound } from '../../src/game/replace-guard';
import { SAVE_KEY, writeSave } from '../../src/game/saves';
import type { ConfirmText, Dialogs } from '../../src/game/screens';
import type { Shell } from '../../src/game/shell';
import { testClient } from '../support/client';
import { memoryStorage } from '../support/storage';

/** Issue 20's question before a round takes the autosave's place, asked by the navigation through its dialogs. */
function dialogs(answers: boolean[]): Dialogs & { asked: ConfirmText[]; files: string[] } {
  const asked: ConfirmText[] = [];
  const files: string[] = [];
  return {
    asked,
    files,
    confirm: (text) => {
      asked.push(text);
      return Promise.resolve(answers.shift() ?? false);
    },
    download: (name) => void files.push(name),
  };
}

describe('makeRoomForNewRound (issue 20, through the navigation)', () => {
  let client: Client;
  let shell: Shell;
  beforeEach(async () => {
    Reflect.set(globalThis, 'localStorage', memoryStorage());
    client = testClient();
    // Only what the guard uses of a shell: the client and words (keys and their parameters).
    const t = ((key: string, params?: Record<string, unknown>) =>
      params === undefined ? key : `${key} ${JSON.stringify(params)}`) as unknown as Shell['t'];
    shell = { client, t, locale: 'en' } as unknown as Shell;
    await client.request('start', { round: 'astana-01', seed: '8', difficulty: 'normal' });
    for (const action of ['start', 'proceed', 'consult iran']) await client.request('act', { action });
  });
  afterEach(() => {
    client.close();
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  const save = async (screen: 'table' | 'debrief') => {
    const views = await client.request('views', { seats: ['mediator'] });
    const record = views.ok ? views.value[0]?.record : null;
    if (record === null || record === undefined) throw new Error('no record');
    writeSave(record, screen);
    return localStorage.getItem(SAVE_KEY);
  };

  it('goes ahead without asking when nothing is saved', async () => {
    const asking = dialogs([]);
    expect(await makeRoomForNewRound(shell, asking)).toBe(true);
    expect(asking.asked).toEqual([]);
  });

  it('asks over a round in progress, naming it; Cancel keeps the save where it is', async () => {
    const saved = await save('table');
    const asking = dialogs([false]);
    expect(await makeRoomForNewRound(shell, asking)).toBe(false);
    expect(asking.asked).toHaveLength(1);
    // Named as the menu's Continue names it: the round's title (from the host), its seed and moves.
    expect(asking.asked[0]?.body).toContain('Astana 1: the first meeting');
    expect(asking.asked[0]?.body).toMatch(/seed\W+8\W+moves\W+3/);
    expect(localStorage.getItem(SAVE_KEY)).toBe(saved);
    expect(listKept()).toEqual([]);
  });

  it('puts the round in progress aside when the player says so', async () => {
    const saved = await save('table');
    expect(await makeRoomForNewRound(shell, dialogs([true]))).toBe(true);
    expect(localStorage.getItem(SAVE_KEY)).toBeNull();
    expect(listKept().map((k) => [k.reason, k.text])).toEqual([['replaced', saved]]);
  });

  it('puts a finished round aside without asking', async () => {
    await save('debrief');
    const asking = dialogs([]);
    expect(await makeRoomForNewRound(shell, asking)).toBe(true);
    expect(asking.asked).toEqual([]);
    expect(listKept()).toHaveLength(1);
  });

  it('when storage is too full to keep it, asks again and offers its record as a download', async () => {
    const saved = (await save('table')) ?? '';
    Reflect.set(globalThis, 'localStorage', memoryStorage(SAVE_KEY.length + saved.length + 10));
    localStorage.setItem(SAVE_KEY, saved);
    const asking = dialogs([true, true]);
    expect(await makeRoomForNewRound(shell, asking)).toBe(true);
    expect(asking.asked.map((a) => a.title)).toEqual(['ui.replace.title', 'ui.replace.fullTitle']);
    expect(asking.files).toEqual(['astana-01-seed-8.json']);
  });

  it('asks before a record without an integrity check is loaded, and only then', async () => {
    const check = { record: {}, title: { en: '' }, phase: 'outcome' } as never;
    const asking = dialogs([false]);
    expect(await acceptUnverified(shell, asking, { ...(check as object), verified: true } as never)).toBe(true);
    expect(await acceptUnverified(shell, asking, { ...(check as object), verified: false } as never)).toBe(false);
    expect(asking.asked.map((a) => a.title)).toEqual(['ui.record.unverifiedTitle']);
  });
});
