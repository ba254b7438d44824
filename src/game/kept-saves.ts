import { parseJson, type SaveSummary } from '../client';
import { CAMPAIGN_KEY, SAVE_KEY } from './save-keys';

/**
 * Saves the game will not use but must not lose (issue 20): an autosave or a campaign save it could
 * not read (kept for a bug report), and a round in progress that a new round replaced (kept so it can
 * come back). Each is its own localStorage entry, `astana.kept.<id>`, with the date it was kept;
 * Settings lists them with download and delete. The list is bounded, kind by kind: past MAX_KEPT,
 * the oldest of that kind goes, so unreadable saves never push out a replaced round or the reverse.
 */
export type KeptReason = 'corrupt' | 'stale' | 'newer' | 'replaced';
export interface KeptSave {
  readonly id: string;
  readonly reason: KeptReason;
  /** When it was kept (ISO 8601); null for one an earlier version set aside without a date. */
  readonly at: string | null;
  /** The key it came from: the autosave's or the campaign's. */
  readonly from: string;
  readonly text: string;
}

export const MAX_KEPT = { unreadable: 20, replaced: 5 } as const;
const PREFIX = 'astana.kept.';
/** The single set-aside slots of earlier versions, and the save each held. */
const LEGACY: readonly (readonly [string, string])[] = [
  ['astana.save.set-aside', SAVE_KEY],
  ['astana.campaign.set-aside', CAMPAIGN_KEY],
];
const REASONS: readonly string[] = ['corrupt', 'stale', 'newer', 'replaced'];

let sequence = 0;
const newId = (): string => {
  sequence += 1;
  return `${Date.now().toString(36).padStart(9, '0')}-${String(sequence).padStart(4, '0')}`;
};

function entry(id: string, value: string): KeptSave {
  const parsed = parseJson(value);
  const v = parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? parsed.value : {};
  const field = (k: string): unknown => (v as Record<string, unknown>)[k];
  const reason = field('reason');
  const at = field('at');
  const from = field('from');
  const text = field('text');
  // An entry someone edited by hand is still shown, as what it holds.
  if (typeof text !== 'string') return { id, reason: 'corrupt', at: null, from: SAVE_KEY, text: value };
  return {
    id,
    reason: typeof reason === 'string' && REASONS.includes(reason) ? (reason as KeptReason) : 'corrupt',
    at: typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? at : null,
    from: typeof from === 'string' ? from : SAVE_KEY,
    text,
  };
}

function write(id: string, reason: KeptReason, from: string, text: string, at: string | null): boolean {
  try {
    localStorage.setItem(`${PREFIX}${id}`, JSON.stringify({ reason, at, from, text }));
    return true;
  } catch {
    return false;
  }
}

/** Moves what earlier versions kept in their one slot into the list. */
function migrate(): void {
  for (const [key, from] of LEGACY) {
    const text = localStorage.getItem(key);
    if (text !== null && write(`000000000-${key}`, 'corrupt', from, text, null)) localStorage.removeItem(key);
  }
}

/** Every kept save, newest first. */
export function listKept(): KeptSave[] {
  try {
    migrate();
    const out: KeptSave[] = [];
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key?.startsWith(PREFIX)) out.push(entry(key.slice(PREFIX.length), localStorage.getItem(key) ?? ''));
    }
    const order = (k: KeptSave): string => `${k.at ?? ''}|${k.id}`;
    return out.toSorted((a, b) => (order(a) < order(b) ? 1 : order(a) > order(b) ? -1 : 0));
  } catch {
    return [];
  }
}

export function deleteKept(id: string): void {
  try {
    localStorage.removeItem(`${PREFIX}${id}`);
  } catch {
    // Nothing was stored either.
  }
}

/** Keeps a save; false when the browser would not store it (then the caller must not drop the original). */
export function keepSave(from: string, reason: KeptReason, text: string): boolean {
  if (!write(newId(), reason, from, text, new Date().toISOString())) return false;
  const replaced = reason === 'replaced';
  const sameKind = listKept().filter((k) => (k.reason === 'replaced') === replaced);
  for (const old of sameKind.slice(replaced ? MAX_KEPT.replaced : MAX_KEPT.unreadable)) deleteKept(old.id);
  return true;
}

/** The autosave as the game would read it: this tab's copy (written when storage was full) first. */
export function currentSaveText(): string | null {
  try {
    const tab = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(SAVE_KEY);
    return tab ?? localStorage.getItem(SAVE_KEY);
  } catch {
    return null;
  }
}

/** Removes the autosave, in storage and in this tab. */
export function removeCurrentSave(): void {
  for (const storage of [() => localStorage, () => sessionStorage]) {
    try {
      storage().removeItem(SAVE_KEY);
    } catch {
      // Private mode, or no such storage here: nothing was saved there.
    }
  }
}

/** Before a new round takes the autosave's place: the old one goes to the list. False if it could not. */
export function keepReplaced(): boolean {
  const text = currentSaveText();
  if (text === null) return true;
  if (!keepSave(SAVE_KEY, 'replaced', text)) return false;
  removeCurrentSave();
  return true;
}

/** Makes a replaced round the autosave again (the one there now is kept in its place). */
export function restoreKept(id: string): boolean {
  const kept = listKept().find((k) => k.id === id);
  if (kept === undefined || kept.reason !== 'replaced' || !keepReplaced()) return false;
  try {
    localStorage.setItem(SAVE_KEY, kept.text);
  } catch {
    return false;
  }
  deleteKept(id);
  return true;
}

/** A save's record as the file Load record reads, named as the debrief's download names it. */
export const recordFile = (summary: SaveSummary): { name: string; text: string } => ({
  name: `${summary.record.scenario}-seed-${summary.record.seed}.json`,
  text: `${JSON.stringify(summary.record, null, 2)}\n`,
});

/**
 * The file to download for a kept save: a replaced round's record (Load record reads it), else its bytes.
 * `summary` is what the host read in the save (describeSaves), or null when it could not read it.
 */
export function keptDownload(kept: KeptSave, summary: SaveSummary | null): { name: string; text: string } {
  const day = (kept.at ?? 'undated').slice(0, 10);
  if (kept.reason === 'replaced' && summary !== null) return recordFile(summary);
  const kind = kept.from === SAVE_KEY ? 'save' : 'campaign';
  return { name: `astana-${kind}-${kept.reason}-${day}.json`, text: kept.text };
}
