import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRound } from '../../src/engine/session';
import { CAMPAIGN_KEY, loadCampaign, writeCampaign } from '../../src/game/campaign-store';
import { newCampaign } from '../../src/engine/campaign';
import { checkSaved, writeSave } from '../../src/game/saves';
import { newLesson } from '../../src/game/lesson';
import { SAVE_KEY } from '../../src/ui/save-key';
import { loadSettings, SETTINGS_KEY } from '../../src/ui/settings';
import { loadScenario } from '../support/round';
import { memoryStorage } from '../support/storage';

/** Issue 20: `__proto__`, `constructor` and `prototype` as keys are refused everywhere, the same way. */
const KEYS = ['__proto__', 'constructor', 'prototype'] as const;
/** Puts `"KEY": value` first in the JSON object found at `at` (a key that is in the stored text). */
const withKey = (text: string, at: string, key: string, value: string): string =>
  text.replace(`"${at}":{`, `"${at}":{"${key}":${value},`);

describe('prototype keys in what the browser stores (issue 20)', () => {
  beforeEach(() => Reflect.set(globalThis, 'localStorage', memoryStorage()));
  afterEach(() => Reflect.deleteProperty(globalThis, 'localStorage'));

  it.each(KEYS)('settings with a key %s fall back to the defaults, whatever else they say', (key) => {
    localStorage.setItem(SETTINGS_KEY, `{"${key}":{"textSize":"large"},"difficulty":"hard","textSize":"large"}`);
    expect(loadSettings()).toMatchObject({ difficulty: 'normal', textSize: 'normal' });
  });

  it.each(KEYS)('a save with a key %s among a lesson’s names is set aside as unreadable', (key) => {
    const round = startRound(loadScenario(), { seed: '4', controllers: { opposition: 'human' } });
    round.act({ type: 'start' });
    writeSave(round, 'table', undefined, newLesson({ opposition: 'Ana' }, 'Teacher', 45));
    localStorage.setItem(SAVE_KEY, withKey(localStorage.getItem(SAVE_KEY) ?? '', 'names', key, '"Eve"'));
    expect(checkSaved(loadScenario())).toEqual({ ok: false, problem: 'corrupt' });
  });

  it.each(KEYS)('a campaign save with a key %s is set aside as unreadable', (key) => {
    writeCampaign(newCampaign('3', ['astana-01']));
    localStorage.setItem(CAMPAIGN_KEY, withKey(localStorage.getItem(CAMPAIGN_KEY) ?? '', 'trust', key, '5'));
    expect(loadCampaign()).toEqual({ ok: false, problem: 'corrupt' });
  });
});
