import { isLocale, type Locale } from '../i18n';
import { DIFFICULTIES, parseJson, type Difficulty } from '../client';

export interface Settings {
  readonly reduceMotion: boolean;
  readonly difficulty: Difficulty;
  readonly textSize: 'normal' | 'large';
  /** The language chosen in Settings; null until one is, and the browser's language is used. */
  readonly language: Locale | null;
}

export const SETTINGS_KEY = 'astana.settings.v1';

const prefersLess = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Settings from localStorage, checked field by field (no schema library in the first chunk); defaults for anything odd.
 */
export function loadSettings(): Settings {
  const fallback: Settings = { reduceMotion: prefersLess(), difficulty: 'normal', textSize: 'normal', language: null };
  try {
    // Through the one JSON reader, so a prototype key is refused here as in every other file (issue 20).
    const read = parseJson(localStorage.getItem(SETTINGS_KEY) ?? 'null', 4096);
    const raw = read.ok ? read.value : null;
    if (typeof raw !== 'object' || raw === null) return fallback;
    const r = raw as Record<string, unknown>;
    return {
      reduceMotion: typeof r.reduceMotion === 'boolean' ? r.reduceMotion : fallback.reduceMotion,
      difficulty: (DIFFICULTIES as readonly unknown[]).includes(r.difficulty) ? (r.difficulty as Difficulty) : 'normal',
      textSize: r.textSize === 'large' ? 'large' : 'normal',
      language: isLocale(r.language) ? r.language : null,
    };
  } catch {
    return fallback;
  }
}

export function storeSettings(settings: Settings): void {
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Private mode: settings last for this visit only.
  }
}

/** Remembered once the player has read the content note, so it comes before the first round only. */
export const NOTE_KEY = 'astana.contentNote.seen';

export function noteSeen(): boolean {
  try {
    return localStorage.getItem(NOTE_KEY) === '1';
  } catch {
    return false;
  }
}

export function markNoteSeen(): void {
  try {
    localStorage.setItem(NOTE_KEY, '1');
  } catch {
    // Private mode: the note comes back next time, which is no harm.
  }
}
