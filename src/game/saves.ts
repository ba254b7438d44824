import { z } from '../engine/zod';
import { parseRecord, sealRecord, type RoundRecord } from '../engine/record';
import { parseJson } from '../engine/safe-json';
import { replay } from '../engine/replay';
import type { Scenario } from '../engine/scenario/build';
import type { Round } from '../engine/session';
import { SAVE_KEY } from '../ui/save-key';
import { DELEGATIONS, isDelegationId } from '../engine/vocabulary';
import { currentSaveText, keepSave, removeCurrentSave, type KeptReason } from './kept-saves';
import { usedMs, type Lesson } from './lesson';

/** Bump when a save's meaning changes; a save from a newer game is set aside, never read wrongly. */
export const SAVE_VERSION = 1;
export const SAVED_SCREENS = ['table', 'plenary', 'debrief'] as const;
export type SavedScreen = (typeof SAVED_SCREENS)[number];

/** A classroom lesson's names and clock, kept beside the record (the record holds only who held which seat). */
const savedLesson = z.strictObject({
  // As long as the classroom set-up lets anyone type (src/ui/classroom-setup.ts).
  names: z.partialRecord(z.enum(DELEGATIONS), z.string().max(120)),
  mediator: z.string().max(80),
  limitMs: z.number().int().min(0),
  usedMs: z.number().min(0),
});

/** A save is the engine's record (seed and moves) plus where the player was; restoring replays the record. */
const saveFile = z.strictObject({
  version: z.number().int().min(1),
  savedAt: z.string(),
  record: z.unknown(),
  ui: z.strictObject({
    screen: z.enum(SAVED_SCREENS),
    selected: z.string().optional(),
    lesson: savedLesson.optional(),
    campaign: z.boolean().optional(),
  }),
});

export interface Restored {
  readonly round: Round;
  readonly record: RoundRecord;
  readonly screen: SavedScreen;
  readonly selected: string | undefined;
  /** A lesson comes back paused: the class may not be in the room yet. */
  readonly lesson: Lesson | null;
  /** The round is one of a campaign's: its seats carry the campaign's trust. */
  readonly campaign: boolean;
}

/**
 * The scenario a saved record is replayed on: its own round, with the campaign's carry-over when it is a campaign's.
 */
export type ScenarioFor = (record: RoundRecord, campaign: boolean) => Scenario | undefined;

export type SaveCheck =
  | { readonly ok: true; readonly restored: Restored }
  | { readonly ok: false; readonly problem: null | 'corrupt' | 'stale' | { readonly newer: number } };

/**
 * Moves a save that cannot be used to the kept list (Settings shows it), so it is kept for a bug report
 * and never overwritten by accident. If the browser will not store the copy, the save stays where it is.
 */
function setAside(raw: string, reason: KeptReason): void {
  if (keepSave(SAVE_KEY, reason, raw)) removeCurrentSave();
}

export function checkSaved(scenarioFor: Scenario | ScenarioFor): SaveCheck {
  const raw = currentSaveText();
  if (raw === null) return { ok: false, problem: null };
  const fail = (problem: 'corrupt' | 'stale' | { newer: number }): SaveCheck => {
    setAside(raw, typeof problem === 'object' ? 'newer' : problem);
    return { ok: false, problem };
  };
  const read = parseJson(raw);
  if (!read.ok) return fail('corrupt');
  const json = read.value;
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > SAVE_VERSION) return fail({ newer: version });
  const parsed = saveFile.safeParse(json);
  if (!parsed.success) return fail('corrupt');
  const record = parseRecord(parsed.data.record);
  if (!record.ok) return fail(record.error.code === 'newerFormat' ? { newer: record.error.format } : 'corrupt');
  const campaign = parsed.data.ui.campaign === true;
  const scenario = typeof scenarioFor === 'function' ? scenarioFor(record.value, campaign) : scenarioFor;
  if (scenario === undefined) return fail('stale');
  const round = replay(scenario, record.value);
  if (!round.ok)
    return fail(round.error.code === 'contentChanged' || round.error.code === 'otherScenario' ? 'stale' : 'corrupt');
  const saved = parsed.data.ui.lesson;
  const lesson: Lesson | null =
    saved === undefined
      ? null
      : {
          ...saved,
          names: Object.fromEntries(Object.entries(saved.names).filter(([d]) => isDelegationId(d))),
          since: null,
        };
  return {
    ok: true,
    restored: {
      round: round.value,
      record: record.value,
      screen: parsed.data.ui.screen,
      selected: parsed.data.ui.selected,
      lesson,
      campaign,
    },
  };
}

let lastBytes = 0;
let inCampaign = false;

/** Set when a round starts: whether its saves belong to a campaign. */
export function saveAsCampaign(campaign: boolean): void {
  inCampaign = campaign;
}

/** Forgets the round's autosave (a campaign round once the campaign has recorded it). */
export const dropSave = removeCurrentSave;

/**
 * Why the last move is not in the browser's storage: `tab` (storage is full; this tab keeps it, so a
 * reload loses nothing, closing the tab does), `full` (no room anywhere: memory only), `blocked` (the
 * browser forbids storage). Null when it is saved.
 */
export type SaveProblem = 'tab' | 'full' | 'blocked';

const isQuota = (error: unknown): boolean =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);

/**
 * Writes the save after a move. When storage is full, the tab's own storage (a quota of its own, and
 * it survives a reload) takes the save until there is room again, so no accepted move is lost on a reload.
 */
export function writeSave(
  round: Round,
  screen: SavedScreen,
  selected?: string,
  lesson?: Lesson | null,
): SaveProblem | null {
  const kept =
    lesson === null || lesson === undefined
      ? undefined
      : { names: lesson.names, mediator: lesson.mediator, limitMs: lesson.limitMs, usedMs: usedMs(lesson) };
  const text = JSON.stringify({
    version: SAVE_VERSION,
    savedAt: new Date().toISOString(),
    record: sealRecord(round.record()),
    ui: { screen, selected, lesson: kept, ...(inCampaign ? { campaign: true } : {}) },
  });
  lastBytes = new TextEncoder().encode(text).length;
  try {
    localStorage.setItem(SAVE_KEY, text);
  } catch (error) {
    if (!isQuota(error)) return 'blocked';
    try {
      sessionStorage.setItem(SAVE_KEY, text);
      return 'tab';
    } catch {
      return 'full';
    }
  }
  try {
    // Saved where it lasts: the tab's copy, from when storage was full, is out of date.
    sessionStorage.removeItem(SAVE_KEY);
  } catch {
    // No tab storage here (tests, some private modes): nothing to remove.
  }
  return null;
}

export const savedBytes = (): number => lastBytes;
