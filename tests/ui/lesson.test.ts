import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clockText, isPaused, newLesson, pause, resume, usedMs } from '../../src/game/lesson';
import { checkSaved, writeSave } from '../../src/game/saves';
import { testClient } from '../support/client';

describe('the lesson clock (issue 7): the teacher’s wall clock, paused and resumed', () => {
  it('counts only the time it ran', () => {
    const lesson = { ...newLesson({}, 'Teacher', 45), since: 1_000 };
    expect(usedMs(lesson, 61_000)).toBe(60_000);
    pause(lesson, 61_000);
    expect(isPaused(lesson)).toBe(true);
    expect(usedMs(lesson, 999_000)).toBe(60_000);
    pause(lesson, 999_000);
    expect(usedMs(lesson, 999_000)).toBe(60_000);
    resume(lesson, 100_000);
    expect(usedMs(lesson, 130_000)).toBe(90_000);
    expect(lesson.limitMs).toBe(45 * 60_000);
  });

  it('writes minutes and seconds, and hours past the first', () => {
    expect(clockText(0)).toBe('00:00');
    expect(clockText(65_400)).toBe('01:05');
    expect(clockText(3_725_000)).toBe('1:02:05');
    expect(clockText(-5)).toBe('00:00');
  });
});

describe('a classroom save keeps the lesson beside the record', () => {
  beforeEach(() => {
    const items = new Map<string, string>();
    Reflect.set(globalThis, 'localStorage', {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('brings back the names, the mediator and the time used, paused', async () => {
    const client = testClient();
    await client.request('start', { round: 'astana-01', seed: '3', difficulty: 'normal', seats: { iran: 'human' } });
    await client.request('act', { action: 'start' });
    const views = await client.request('views', { seats: ['mediator'] });
    const record = views.ok ? views.value[0]?.record : null;
    if (record === null || record === undefined) throw new Error('no record');
    const lesson = { ...newLesson({ iran: 'Ali, Sara' }, 'Dana', 40), usedMs: 5_000, since: null };
    expect(writeSave(record, 'table', 'iran', lesson)).toBeNull();
    const check = await checkSaved(client, null);
    if (!check.ok) throw new Error('the save did not load');
    expect(check.restored.record.seats).toEqual({ iran: 'human' });
    expect(check.restored.lesson).toEqual({
      names: { iran: 'Ali, Sara' },
      mediator: 'Dana',
      limitMs: 40 * 60_000,
      usedMs: 5_000,
      since: null,
    });
    client.close();
  });
});
