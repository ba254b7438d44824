import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../src/client/client';
import { newCampaign } from '../../src/engine/campaign';
import {
  CAMPAIGN_KEY,
  campaignText,
  loadCampaign,
  recordCampaignRound,
  writeCampaign,
} from '../../src/game/campaign-store';
import { listKept } from '../../src/game/kept-saves';
import { checkSaved, saveAsCampaign, writeSave } from '../../src/game/saves';
import { testClient } from '../support/client';
import { memoryStorage } from '../support/storage';

const act = (client: Client, action: string) => client.request('act', { action });
const mediator = async (client: Client) => {
  const reply = await client.request('views', { seats: ['mediator'] });
  if (!reply.ok || reply.value[0] === undefined) throw new Error('no view');
  return reply.value[0];
};

describe('the campaign save (issue 6): zod-checked by the host, a bad one set aside, a round recorded once', () => {
  let client: Client;
  beforeEach(() => {
    Reflect.set(globalThis, 'localStorage', memoryStorage());
    client = testClient();
  });
  afterEach(() => {
    saveAsCampaign(false);
    client.close();
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  const campaignRound = async (seed: string) => {
    writeCampaign(JSON.stringify(newCampaign(seed, ['astana-01', 'astana-02'])));
    const opened = await client.request('start', {
      round: 'astana-01',
      seed: `${seed}/astana-01`,
      difficulty: 'normal',
      campaign: campaignText() ?? undefined,
    });
    if (!opened.ok) throw new Error('no round');
    return opened.value;
  };

  it('records a finished round once and carries its trust into the next round', async () => {
    const opened = await campaignRound('7');
    expect(opened.campaign).toEqual({ number: 1, total: 2 });
    for (const action of ['start', 'proceed', 'plenary']) await act(client, action);
    expect((await mediator(client)).phase).toBe('outcome');
    expect(await recordCampaignRound(client)).toBe(true);
    expect(await recordCampaignRound(client)).toBe(true);
    const check = await loadCampaign(client);
    expect(check.ok && check.save.played.map((p) => p.round)).toEqual(['astana-01']);
    expect(check.ok && check.next?.round).toBe('astana-02');
    await client.request('start', { round: 'astana-02', seed: '1', difficulty: 'normal' });
    const plain = (await mediator(client)).record?.contentHash;
    const args = {
      round: 'astana-02',
      seed: '1',
      difficulty: 'normal',
      campaign: campaignText() ?? undefined,
    } as const;
    await client.request('start', args);
    const carried = (await mediator(client)).record?.contentHash;
    expect(plain).toBeDefined();
    expect(carried).not.toBe(plain);
  });

  it('sets a corrupt or wrong-shaped campaign save aside and keeps its bytes', async () => {
    for (const raw of [
      '{"format":1,',
      '{"format":1,"seed":"x","rounds":[],"trust":{},"wary":[],"flags":[],"played":[]}',
    ]) {
      localStorage.setItem(CAMPAIGN_KEY, raw);
      expect(await loadCampaign(client)).toEqual({ ok: false, problem: 'corrupt' });
      expect(localStorage.getItem(CAMPAIGN_KEY)).toBeNull();
      expect(listKept()[0]).toMatchObject({ from: CAMPAIGN_KEY, reason: 'corrupt', text: raw });
    }
    expect(await loadCampaign(client)).toEqual({ ok: false, problem: null });
  });

  it('restores a campaign round in progress on the campaign-carried scenario', async () => {
    const save = newCampaign('9', ['astana-01']);
    save.trust.russia = 5;
    writeCampaign(JSON.stringify(save));
    await client.request('start', {
      round: 'astana-01',
      seed: '9/astana-01',
      difficulty: 'normal',
      campaign: campaignText() ?? undefined,
    });
    await act(client, 'start');
    const before = await mediator(client);
    saveAsCampaign(true);
    writeSave(before.record ?? ({} as never), 'table');
    const check = await checkSaved(client, campaignText());
    expect(check.ok && check.restored.campaign).toBe(true);
    // Without the campaign save, the carried scenario cannot be rebuilt: the save is stale, not misread.
    const plainCheck = await client.request('checkSave', {
      text: localStorage.getItem('astana.save.v1') ?? '',
      campaign: null,
    });
    expect(plainCheck.ok && plainCheck.value.ok).toBe(false);
    if (!check.ok) return;
    await client.request('replay', { record: check.restored.record, campaign: campaignText() ?? undefined });
    expect(await mediator(client)).toEqual(before);
  });
});
