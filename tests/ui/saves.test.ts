import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../src/client/client';
import { makeAction, type Action } from '../../src/engine/actions';
import { sealRecord } from '../../src/engine/record';
import { listKept } from '../../src/game/kept-saves';
import { checkSaved, SAVE_KEY, writeSave } from '../../src/game/saves';
import { testClient } from '../support/client';
import { memoryStorage } from '../support/storage';

/** A round played through the client: what the page does, the host in this process. */
async function played(client: Client): Promise<void> {
  const start = await client.request('start', { round: 'astana-01', seed: '11', difficulty: 'normal' });
  if (!start.ok) throw new Error('the round did not start');
  const actions: Action[] = [{ type: 'start' }, { type: 'proceed' }, { type: 'consult', delegation: 'iran' }];
  for (const action of actions) await client.request('act', { action: makeAction(action) });
}

const viewsOf = async (client: Client) => {
  const reply = await client.request('views', { seats: ['teacher', 'mediator', 'projector'] });
  if (!reply.ok) throw new Error('no views');
  return reply.value;
};

describe('saves (issue 4): validated on load by the host, a bad one set aside by the page and never read wrongly', () => {
  let client: Client;
  beforeEach(() => {
    Reflect.set(globalThis, 'localStorage', memoryStorage());
    client = testClient();
  });
  afterEach(() => {
    client.close();
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  const record = async () => {
    const reply = await client.request('views', { seats: ['mediator'] });
    const r = reply.ok ? reply.value[0]?.record : null;
    if (r === null || r === undefined) throw new Error('no record');
    return r;
  };

  it('restores a saved round to the same state by replaying its record', async () => {
    await played(client);
    const before = await viewsOf(client);
    expect(writeSave(await record(), 'table', 'iran')).toBeNull();
    const check = await checkSaved(client, null);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.restored.selected).toBe('iran');
    expect(check.restored.phase).toBe('consultations');
    const again = await client.request('replay', { record: check.restored.record });
    expect(again.ok).toBe(true);
    expect(await viewsOf(client)).toEqual(before);
  });

  it.each([
    ['not JSON', '{"version":1,', 'corrupt'],
    ['the wrong shape', '{"version":1,"savedAt":"x","record":{},"ui":{"screen":"table"}}', 'corrupt'],
    ['a newer save format', '{"version":7}', { newer: 7 }],
  ])('sets aside a save that is %s', async (_what, raw, problem) => {
    localStorage.setItem(SAVE_KEY, raw);
    expect(await checkSaved(client, null)).toEqual({ ok: false, problem });
    expect(listKept().map((k) => k.text)).toEqual([raw]);
    expect(localStorage.getItem(SAVE_KEY)).toBeNull();
  });

  it('calls a save of other scenario content stale', async () => {
    await played(client);
    writeSave(await record(), 'table');
    // A save made on other content carries a good hash over that content's hash.
    const save = JSON.parse(localStorage.getItem(SAVE_KEY) ?? '{}');
    save.record = sealRecord({ ...save.record, contentHash: '0'.repeat(64) });
    localStorage.setItem(SAVE_KEY, JSON.stringify(save));
    expect(await checkSaved(client, null)).toEqual({ ok: false, problem: 'stale' });
  });

  it('has nothing to say when there is no save', async () => {
    expect(await checkSaved(client, null)).toEqual({ ok: false, problem: null });
  });

  it('keeps a save where it is when the host cannot answer', async () => {
    await played(client);
    writeSave(await record(), 'table');
    const raw = localStorage.getItem(SAVE_KEY);
    client.close();
    expect(await checkSaved(client, null)).toEqual({ ok: false, problem: null });
    expect(localStorage.getItem(SAVE_KEY)).toBe(raw);
  });
});

describe('a save written before the engine moved into a worker (issue 14)', () => {
  beforeEach(() => Reflect.set(globalThis, 'localStorage', memoryStorage()));
  afterEach(() => Reflect.deleteProperty(globalThis, 'localStorage'));

  it('loads as before: the same bytes on disk, checked and replayed by the host', async () => {
    const client = testClient();
    const content = await client.request('content', { round: 'astana-01' });
    const start = await client.request('start', { round: 'astana-01', seed: '11', difficulty: 'normal' });
    if (!content.ok || !start.ok) throw new Error('no round');
    const views = await client.request('views', { seats: ['mediator'] });
    const hash = views.ok ? views.value[0]?.record?.contentHash : undefined;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // Written by the game before this change (src/game/saves.ts writeSave, version 1), key order and all.
    const old =
      `{"version":1,"savedAt":"2026-11-20T09:30:00.000Z","record":{"format":1,"scenario":"astana-01",` +
      `"contentHash":"${hash}","seed":"11","difficulty":"normal","actions":["start","proceed","consult iran"]},` +
      `"ui":{"screen":"table","selected":"iran","lesson":{"names":{"iran":"Ali"},"mediator":"Dana","limitMs":2700000,` +
      `"usedMs":60000}}}`;
    localStorage.setItem(SAVE_KEY, old);
    const check = await checkSaved(client, null);
    expect(check.ok && check.restored.record.actions).toEqual(['start', 'proceed', 'consult iran']);
    expect(check.ok && check.restored.lesson).toEqual({
      names: { iran: 'Ali' },
      mediator: 'Dana',
      limitMs: 2_700_000,
      usedMs: 60_000,
      since: null,
    });
    client.close();
  });
});
