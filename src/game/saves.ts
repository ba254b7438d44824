import { SAVE_VERSION, type Client, type Localized, type RoundRecord, type SavedScreen } from '../client';
import { usedMs, type Lesson } from './lesson';

export { SAVE_VERSION, SAVED_SCREENS, type SavedScreen } from '../client';
/** Where the autosave lives; versioned so a future format can sit beside it. */
export const SAVE_KEY = 'astana.save.v1';
export const ASIDE_KEY = 'astana.save.set-aside';

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

function read(): string | null {
  try {
    return localStorage.getItem(SAVE_KEY);
  } catch {
    return null;
  }
}

export const hasSave = (): boolean => read() !== null;

/**
 * Moves a save that cannot be used to its own key, so it is kept for a bug report and never overwritten by accident.
 */
function setAside(raw: string): void {
  try {
    localStorage.setItem(ASIDE_KEY, raw);
    localStorage.removeItem(SAVE_KEY);
  } catch {
    // Nothing more can be done; the menu still says what happened.
  }
}

/**
 * Reads the autosave and has the host check it (its shape, its record, its content) by replaying it; a save
 * the host cannot use is set aside here, on the page that owns the storage.
 */
export async function checkSaved(client: Client, campaign: string | null): Promise<SaveCheck> {
  const raw = read();
  if (raw === null) return { ok: false, problem: null };
  const reply = await client.request('checkSave', { text: raw, campaign });
  // The host did not answer (its worker failed): the save is not at fault, so it stays where it is.
  if (!reply.ok) return { ok: false, problem: null };
  const check = reply.value;
  if (!check.ok) {
    setAside(raw);
    return { ok: false, problem: check.problem };
  }
  const saved = check.ui.lesson;
  const lesson: Lesson | null =
    saved === undefined
      ? null
      : {
          ...saved,
          since: null,
        };
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
export function dropSave(): void {
  try {
    localStorage.removeItem(SAVE_KEY);
  } catch {
    // Private mode: nothing was saved either.
  }
}

/** Writes the save after a move. Returns false when the browser refuses (private mode, quota). */
export function writeSave(
  record: RoundRecord,
  screen: SavedScreen,
  selected?: string,
  lesson?: Lesson | null,
): boolean {
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
  try {
    localStorage.setItem(SAVE_KEY, text);
    lastBytes = new TextEncoder().encode(text).length;
    return true;
  } catch {
    return false;
  }
}

export const savedBytes = (): number => lastBytes;
