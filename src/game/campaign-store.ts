import { campaignScenario, parseCampaign, recordRound, type CampaignSave } from '../engine/campaign';
import type { Scenario } from '../engine/scenario/build';
import type { Round } from '../engine/session';
import { parseJson } from '../engine/safe-json';
import { keepSave } from './kept-saves';

/** The campaign's own save, beside the round's autosave; a save it cannot read is kept aside, never overwritten. */
export const CAMPAIGN_KEY = 'astana.campaign.v1';

export type CampaignCheck =
  | { readonly ok: true; readonly save: CampaignSave }
  | { readonly ok: false; readonly problem: null | 'corrupt' };

export function loadCampaign(): CampaignCheck {
  let raw: string | null;
  try {
    raw = localStorage.getItem(CAMPAIGN_KEY);
  } catch {
    return { ok: false, problem: null };
  }
  if (raw === null) return { ok: false, problem: null };
  const json = parseJson(raw);
  const parsed = json.ok ? parseCampaign(json.value) : null;
  if (parsed?.ok === true) return { ok: true, save: parsed.value };
  // Kept in the list Settings shows; if the browser will not store the copy, the save stays where it is.
  try {
    if (keepSave(CAMPAIGN_KEY, 'corrupt', raw)) localStorage.removeItem(CAMPAIGN_KEY);
  } catch {
    // The menu still says what happened.
  }
  return { ok: false, problem: 'corrupt' };
}

/** Returns false when the browser refuses (private mode, full storage). */
export function writeCampaign(save: CampaignSave): boolean {
  try {
    localStorage.setItem(CAMPAIGN_KEY, JSON.stringify(save));
    return true;
  } catch {
    return false;
  }
}

/** A round's scenario with the stored campaign carried into its seats (the scenario itself without a campaign). */
export function campaignFor(scenario: Scenario): Scenario {
  const check = loadCampaign();
  return check.ok ? campaignScenario(check.save, scenario) : scenario;
}

/** Records a finished campaign round in the campaign save (once: a second call changes nothing); false if not saved. */
export function recordCampaignRound(round: Round): boolean {
  const check = loadCampaign();
  if (!check.ok) return false;
  const after = recordRound(check.save, round);
  if (after === check.save) return true;
  return writeCampaign(after);
}
