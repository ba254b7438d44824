import { SAVE_VERSION, type Client, type Localized, type RoundRecord, type SavedScreen } from '../client';
import { currentSaveText, keepSave, removeCurrentSave, type KeptReason } from './kept-saves';
import { usedMs, type Lesson } from './lesson';
import { SAVE_KEY } from './save-keys';

export { SAVE_VERSION, SAVED_SCREENS, type SavedScreen } from '../client';
export { SAVE_KEY } from './save-keys';

/** A save the host has checked and replayed: its record and where the player was. */
export interface Restored {
  readonly record: RoundRecord;
  readonly screen: SavedScreen;
  readonly selected: string | undefined;
  /** A lesson comes back paused: the class may not be in the room yet. */
  readonly lesson: Lesson | null;
  /** The round is one of a campaign's: its seats carry the campaign's trust. */
  readonly campaign: boolean;
  /** The round's title, for the menu's Continue. */
  readonly title: Localized;
  /** The round's phase once replayed ('briefing' goes back to the briefing). */
  readonly phase: string;
}

export type SaveCheck =
  | { readonly ok: true; readonly restored: Restored }
  | { readonly ok: false; readonly problem: null | 'corrupt' | 'stale' | { readonly newer: number } };

/** Whether there is an autosave: in storage, or this tab's copy from when storage was full. */
export const hasSave = (): boolean => currentSaveText() !== null;

/**
 * Moves a save that cannot be used to the kept list (Settings shows it), so it is kept for a bug report
 * and never overwritten by accident. If the browser will not store the copy, the save stays where it is.
 */
function setAside(raw: string, reason: KeptReason): void {
  if (keepSave(SAVE_KEY, reason, raw)) removeCurrentSave();
}

/**
 * Reads the autosave and has the host check it (its shape, its record and hash, its content) by replaying
 * it; a save the host cannot use is set aside here, on the page that owns the storage.
 */
export async function checkSaved(client: Client, campaign: string | null): Promise<SaveCheck> {
  const raw = currentSaveText();
  if (raw === null) return { ok: false, problem: null };
  const reply = await client.request('checkSave', { text: raw, campaign });
  // The host did not answer (its worker failed): the save is not at fault, so it stays where it is.
  if (!reply.ok) return { ok: false, problem: null };
  const check = reply.value;
  if (!check.ok) {
    setAside(raw, typeof check.problem === 'object' ? 'newer' : check.problem);
    return { ok: false, problem: check.problem };
  }
  const saved = check.ui.lesson;
  const lesson: Lesson | null = saved === undefined ? null : { ...saved, since: null };
  return {
    ok: true,
    restored: {
      record: check.record,
      screen: check.ui.screen,
      selected: check.ui.selected,
      lesson,
      campaign: check.ui.campaign === true,
      title: check.title,
      phase: check.phase,
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
 * Writes the save after a move: the record as the host sealed it (format 2, with its hash), so a save of
 * an older format is upgraded by its next write. When storage is full, the tab's own storage (a quota of
 * its own, and it survives a reload) takes the save until there is room again, so no accepted move is
 * lost on a reload.
 */
export function writeSave(
  record: RoundRecord,
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
    record,
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
