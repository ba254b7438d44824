import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { campaignScenario, newCampaign } from '../../src/engine/campaign';
import { startRound } from '../../src/engine/session';
import {
  CAMPAIGN_KEY,
  campaignFor,
  loadCampaign,
  recordCampaignRound,
  writeCampaign,
} from '../../src/game/campaign-store';
import { listKept } from '../../src/game/kept-saves';
import { checkSaved, saveAsCampaign, writeSave } from '../../src/game/saves';
import { loadScenario } from '../support/round';
import { memoryStorage } from '../support/storage';

describe('the campaign save (issue 6): zod-checked, a bad one set aside, a finished round recorded once', () => {
  beforeEach(() => Reflect.set(globalThis, 'localStorage', memoryStorage()));
  afterEach(() => {
    saveAsCampaign(false);
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  const finished = () => {
    const save = newCampaign('7', ['astana-01', 'astana-02']);
    const round = startRound(campaignScenario(save, loadScenario('astana-01')), { seed: '7/astana-01' });
    for (const action of [{ type: 'start' }, { type: 'proceed' }, { type: 'plenary' }] as const) round.act(action);
    return { save, round };
  };

  it('records a finished round once and carries its trust into the next round', () => {
    const { save, round } = finished();
    expect(round.phase()).toBe('outcome');
    writeCampaign(save);
    expect(recordCampaignRound(round)).toBe(true);
    expect(recordCampaignRound(round)).toBe(true);
    const check = loadCampaign();
    expect(check.ok && check.save.played.map((p) => p.round)).toEqual(['astana-01']);
    const next = campaignFor(loadScenario('astana-02'));
    expect(next.contentHash).not.toBe(loadScenario('astana-02').contentHash);
  });

  it('sets a corrupt or wrong-shaped campaign save aside and keeps its bytes', () => {
    for (const raw of [
      '{"format":1,',
      '{"format":1,"seed":"x","rounds":[],"trust":{},"wary":[],"flags":[],"played":[]}',
    ]) {
      localStorage.setItem(CAMPAIGN_KEY, raw);
      expect(loadCampaign()).toEqual({ ok: false, problem: 'corrupt' });
      expect(localStorage.getItem(CAMPAIGN_KEY)).toBeNull();
      expect(listKept()[0]).toMatchObject({ from: CAMPAIGN_KEY, reason: 'corrupt', text: raw });
    }
    expect(loadCampaign()).toEqual({ ok: false, problem: null });
  });

  it('restores a campaign round in progress on the campaign-carried scenario', () => {
    const save = newCampaign('9', ['astana-01']);
    save.trust.russia = 5;
    writeCampaign(save);
    const round = startRound(campaignScenario(save, loadScenario('astana-01')), { seed: '9/astana-01' });
    round.act({ type: 'start' });
    saveAsCampaign(true);
    writeSave(round, 'table');
    const check = checkSaved((record, campaign) =>
      campaign ? campaignFor(loadScenario(record.scenario)) : loadScenario(record.scenario),
    );
    expect(check.ok && check.restored.campaign).toBe(true);
    expect(check.ok && check.restored.round.data()).toEqual(round.data());
  });
});
