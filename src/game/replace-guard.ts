import type { RecordCheck, SaveSummary } from '../client';
import { pick } from '../i18n/content';
import { currentSaveText, keepReplaced, keptDownload } from './kept-saves';
import { SAVE_KEY } from './save-keys';
import type { Dialogs } from './screens';
import type { Shell } from './shell';

/** What the host read in each save's text (null for one it could not read, or when it did not answer). */
export async function describeSaves(shell: Shell, texts: readonly string[]): Promise<(SaveSummary | null)[]> {
  if (texts.length === 0) return [];
  const reply = await shell.client.request('describeSaves', { texts });
  return reply.ok ? [...reply.value] : texts.map(() => null);
}

/** A save told as the menu's Continue tells it. */
export function savedRoundWords(shell: Shell, summary: SaveSummary | null): string {
  if (summary === null) return shell.t('ui.replace.unreadable');
  return shell.t('ui.menu.continueFrom', {
    scenario: summary.title === null ? summary.round : pick(summary.title, shell.locale),
    seed: summary.seed,
    moves: summary.moves,
  });
}

/**
 * Before a new round takes the autosave's place (New round, Load record, a lesson, a campaign round, a
 * fork): asks first when the save holds a round in progress, with Cancel as the default, then puts the
 * old save aside in Settings' Kept saves, where it can be downloaded or brought back. A finished round
 * is put aside without asking. When storage is too full to keep it, says so and offers its record as a
 * download instead. Resolves true when the new round may go ahead.
 */
export async function makeRoomForNewRound(shell: Shell, dialogs: Dialogs): Promise<boolean> {
  const { t } = shell;
  const text = currentSaveText();
  if (text === null) return true;
  const [summary = null] = await describeSaves(shell, [text]);
  const saved = savedRoundWords(shell, summary);
  if (summary?.finished !== true) {
    const go = await dialogs.confirm({
      title: t('ui.replace.title'),
      body: t('ui.replace.body', { saved }),
      confirm: t('ui.replace.confirm'),
      cancel: t('ui.replace.cancel'),
    });
    if (!go) return false;
  }
  if (keepReplaced()) return true;
  const go = await dialogs.confirm({
    title: t('ui.replace.fullTitle'),
    body: t('ui.replace.fullBody', { saved }),
    confirm: t('ui.replace.fullConfirm'),
    cancel: t('ui.replace.cancel'),
  });
  if (!go) return false;
  const kept = { id: '', reason: 'replaced', at: new Date().toISOString(), from: SAVE_KEY, text } as const;
  const file = keptDownload(kept, summary);
  dialogs.download(file.name, 'application/json', file.text);
  return true;
}

/** A record from an older version has no integrity check: it is loaded only when the player says so. */
export function acceptUnverified(shell: Shell, dialogs: Dialogs, check: RecordCheck): Promise<boolean> {
  if (check.verified) return Promise.resolve(true);
  const { t } = shell;
  return dialogs.confirm({
    title: t('ui.record.unverifiedTitle'),
    body: t('ui.record.unverified'),
    confirm: t('ui.record.unverifiedConfirm'),
    cancel: t('ui.replace.cancel'),
  });
}
