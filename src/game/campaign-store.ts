import type { CampaignState, Client } from '../client';
import { keepSave } from './kept-saves';
import { CAMPAIGN_KEY } from './save-keys';

/** The campaign's own save, beside the round's autosave; a save it cannot read is kept aside, never overwritten. */
export { CAMPAIGN_KEY } from './save-keys';

export type CampaignCheck = CampaignState;

/** The stored campaign's text, or null when there is none (or storage is closed). */
export function campaignText(): string | null {
  try {
    return localStorage.getItem(CAMPAIGN_KEY);
  } catch {
    return null;
  }
}

/** The stored campaign, checked by the host (zod); one it cannot read is set aside with a message. */
export async function loadCampaign(client: Client): Promise<CampaignCheck> {
  const raw = campaignText();
  if (raw === null) return { ok: false, problem: null };
  const reply = await client.request('campaign', { text: raw });
  if (!reply.ok) return { ok: false, problem: null };
  const state = reply.value;
  if (state.ok) return state;
  // Kept in the list Settings shows; if the browser will not store the copy, the save stays where it is.
  try {
    if (keepSave(CAMPAIGN_KEY, 'corrupt', raw)) localStorage.removeItem(CAMPAIGN_KEY);
  } catch {
    // The menu still says what happened.
  }
  return { ok: false, problem: 'corrupt' };
}

/** Returns false when the browser refuses (private mode, full storage). */
export function writeCampaign(text: string): boolean {
  try {
    localStorage.setItem(CAMPAIGN_KEY, text);
    return true;
  } catch {
    return false;
  }
}

/** Records the open, finished campaign round in the campaign save (once: a second call changes nothing). */
export async function recordCampaignRound(client: Client): Promise<boolean> {
  const raw = campaignText();
  if (raw === null) return false;
  const reply = await client.request('recordCampaign', { text: raw });
  if (!reply.ok || reply.value.text === null) return false;
  return reply.value.changed ? writeCampaign(reply.value.text) : true;
}
