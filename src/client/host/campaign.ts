import {
  campaignScenario,
  newCampaign,
  nextRound,
  parseCampaign,
  recordRound,
  roundSeed,
  trajectory,
  type CampaignSave,
} from '../../engine/campaign';
import { parseJson } from '../../engine/safe-json';
import type { Scenario } from '../../engine/scenario/build';
import type { Round } from '../../engine/session';
import type { RoundId } from '../../engine/vocabulary';
import type { CampaignState } from '../requests';
import type { HostLibrary } from './content';

/** A campaign save's text, checked (zod): the save, or why there is none. */
export function readCampaign(
  text: string | null,
): { ok: true; save: CampaignSave } | { ok: false; problem: null | 'corrupt' } {
  if (text === null) return { ok: false, problem: null };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, problem: 'corrupt' };
  const parsed = parseCampaign(json.value);
  return parsed.ok ? { ok: true, save: parsed.value } : { ok: false, problem: 'corrupt' };
}

export function campaignState(library: HostLibrary, text: string | null): CampaignState {
  const read = readCampaign(text);
  if (!read.ok) return read;
  return stateOf(library, read.save);
}

export const stateOf = (library: HostLibrary, save: CampaignSave): CampaignState => ({
  ok: true,
  save,
  text: JSON.stringify(save),
  points: trajectory(save, (id) => library.scenarioOf(id)),
  next: nextOf(save),
});

function nextOf(save: CampaignSave): { round: RoundId; seed: string } | null {
  const round = nextRound(save);
  return round === undefined ? null : { round, seed: roundSeed(save, round) };
}

export const startCampaign = (library: HostLibrary, seed: string): CampaignState =>
  stateOf(library, newCampaign(seed, library.roundIds()));

/** A round's scenario, with the campaign's trust carried into its seats when a readable campaign save is given. */
export function scenarioWith(library: HostLibrary, id: RoundId, campaign: string | undefined): Scenario | undefined {
  const base = library.scenarioOf(id);
  if (base === undefined || campaign === undefined) return base;
  const read = readCampaign(campaign);
  return read.ok ? campaignScenario(read.save, base) : base;
}

/** Which round of how many a campaign is at, for the briefing. */
export function campaignPlace(campaign: string | undefined): { number: number; total: number } | null {
  if (campaign === undefined) return null;
  const read = readCampaign(campaign);
  return read.ok ? { number: read.save.played.length + 1, total: read.save.rounds.length } : null;
}

/** The campaign save with a finished round in it; the same text when there was nothing to record. */
export function recordIn(text: string, round: Round): { text: string | null; changed: boolean } {
  const read = readCampaign(text);
  if (!read.ok) return { text: null, changed: false };
  const after = recordRound(read.save, round);
  return after === read.save ? { text, changed: false } : { text: JSON.stringify(after), changed: true };
}
