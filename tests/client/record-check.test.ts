import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../src/client/client';
import { botFor, playBot } from '../../src/engine/bots';
import { sealRecord, type RoundRecord } from '../../src/engine/record';
import { startRound } from '../../src/engine/session';
import { scenario } from '../support/library';
import { testClient } from '../support/client';

/**
 * Issue 20 behind the client (issue 14): the page only reads a record file's text and asks; the host reads
 * it through the one JSON reader, checks its hash and replays it, before the page asks anything or
 * replaces a round.
 */
const played = (): RoundRecord => {
  const round = startRound(scenario(), { seed: '5' });
  playBot(round, botFor('greedy', '5'));
  return sealRecord(round.record());
};

describe('checkRecord: a record file read by the host', () => {
  let client: Client;
  beforeEach(() => {
    client = testClient();
  });
  afterEach(() => client.close());

  it('gives a sealed record back verified, with its title and phase, and opens nothing', async () => {
    const record = played();
    const reply = await client.request('checkRecord', { text: JSON.stringify(record) });
    expect(reply.ok && reply.value).toMatchObject({ record, verified: true, phase: 'outcome' });
    expect(reply.ok && reply.value.title.en).toMatch(/Astana/);
    expect(await client.request('views', { seats: ['mediator'] })).toMatchObject({
      ok: false,
      refusal: { code: 'noRound' },
    });
  });

  it('marks a record of format 1 (no hash) unverified, for the page to ask first', async () => {
    const { hash: _hash, ...rest } = played();
    const reply = await client.request('checkRecord', { text: JSON.stringify({ ...rest, format: 1 }) });
    expect(reply.ok && reply.value.verified).toBe(false);
  });

  it.each([
    ['cut short', (r: RoundRecord) => ({ ...r, actions: r.actions.slice(0, -1) }), 'hashMismatch'],
    ['without its hash', (r: RoundRecord) => ({ ...r, hash: undefined }), 'noHash'],
    ['naming a path', (r: RoundRecord) => ({ ...r, scenario: '/etc/passwd' }), 'notARecord'],
  ])('refuses a record %s as a record', async (_what, edit, code) => {
    const reply = await client.request('checkRecord', { text: JSON.stringify(edit(played())) });
    expect(reply.ok || reply.refusal).toMatchObject({ code: 'record', error: { code } });
  });

  it('refuses a sealed record whose moves do not fit the round, before anything is replaced', async () => {
    const record = sealRecord({ ...played(), actions: ['start', 'plenary', 'plenary'] });
    const reply = await client.request('checkRecord', { text: JSON.stringify(record) });
    expect(reply.ok || reply.refusal).toMatchObject({ code: 'record', error: { code: 'refusedAction', index: 1 } });
  });

  it.each([
    ['not JSON', '{"format":', 'syntax'],
    ['nested 100,000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'tooDeep'],
    ['larger than 4 MB', `"${'x'.repeat(4 * 1024 * 1024)}"`, 'tooLarge'],
  ])('refuses a file that is %s as a file, never a stack trace', async (_what, text, code) => {
    const reply = await client.request('checkRecord', { text });
    expect(reply.ok || reply.refusal).toMatchObject({ code: 'file', key: 'refusal.file', problem: { code } });
  });
});

describe('describeSaves: what a save holds, without replaying it', () => {
  it('names the round, seed and moves, says whether it was finished, and carries its record', async () => {
    const client = testClient();
    const record = played();
    const save = (screen: string) =>
      JSON.stringify({ version: 1, savedAt: '2026-01-01T00:00:00.000Z', record, ui: { screen } });
    const reply = await client.request('describeSaves', { texts: [save('table'), save('debrief'), '{"x":', '{}'] });
    expect(reply.ok && reply.value).toEqual([
      expect.objectContaining({ round: 'astana-01', seed: '5', moves: record.actions.length, finished: false }),
      expect.objectContaining({ finished: true, record }),
      null,
      null,
    ]);
    client.close();
  });
});
