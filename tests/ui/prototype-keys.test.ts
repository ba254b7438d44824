import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../src/client/client';
import { newCampaign } from '../../src/engine/campaign';
import { CAMPAIGN_KEY, loadCampaign, writeCampaign } from '../../src/game/campaign-store';
import { newLesson } from '../../src/game/lesson';
import { checkSaved, SAVE_KEY, writeSave } from '../../src/game/saves';
import { loadSettings, SETTINGS_KEY } from '../../src/game/settings';
import { testClient } from '../support/client';
import { memoryStorage } from '../support/storage';

/** Issue 20: `__proto__`, `constructor` and `prototype` as keys are refused everywhere, the same way. */
const KEYS = ['__proto__', 'constructor', 'prototype'] as const;
/** Puts `"KEY": value` first in the JSON object found at `at` (a key that is in the stored text). */
const withKey = (text: string, at: string, key: string, value: string): string =>
  text.replace(`"${at}":{`, `"${at}":{"${key}":${value},`);

describe('prototype keys in what the browser stores (issue 20)', () => {
  let client: Client;
  beforeEach(() => {
    Reflect.set(globalThis, 'localStorage', memoryStorage());
    client = testClient();
  });
  afterEach(() => {
    client.close();
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it.each(KEYS)('settings with a key %s fall back to the defaults, whatever else they say', (key) => {
    localStorage.setItem(SETTINGS_KEY, `{"${key}":{"textSize":"large"},"difficulty":"hard","textSize":"large"}`);
    expect(loadSettings()).toMatchObject({ difficulty: 'normal', textSize: 'normal' });
  });

  it.each(KEYS)('a save with a key %s among a lesson’s names is set aside as unreadable', async (key) => {
    const seats = { opposition: 'human' } as const;
    await client.request('start', { round: 'astana-01', seed: '4', difficulty: 'normal', seats });
    await client.request('act', { action: 'start' });
    const views = await client.request('views', { seats: ['mediator'] });
    const record = views.ok ? views.value[0]?.record : null;
    if (record === null || record === undefined) throw new Error('no record');
    writeSave(record, 'table', undefined, newLesson({ opposition: 'Ana' }, 'Teacher', 45));
    localStorage.setItem(SAVE_KEY, withKey(localStorage.getItem(SAVE_KEY) ?? '', 'names', key, '"Eve"'));
    expect(await checkSaved(client, null)).toEqual({ ok: false, problem: 'corrupt' });
  });

  it.each(KEYS)('a campaign save with a key %s is set aside as unreadable', async (key) => {
    writeCampaign(JSON.stringify(newCampaign('3', ['astana-01'])));
    localStorage.setItem(CAMPAIGN_KEY, withKey(localStorage.getItem(CAMPAIGN_KEY) ?? '', 'trust', key, '5'));
    expect(await loadCampaign(client)).toEqual({ ok: false, problem: 'corrupt' });
  });

  it.each(KEYS)('a record file with a key %s is refused by the host before anything is replaced', async (key) => {
    const text = `{"format":2,"scenario":"astana-01","${key}":{"seed":"1"}}`;
    const reply = await client.request('checkRecord', { text });
    expect(reply.ok || reply.refusal).toMatchObject({ code: 'file', problem: { code: 'forbiddenKey', key } });
  });
});
