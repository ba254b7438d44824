import { isVerified, parseRecord, type RoundRecord } from '../engine/record';
import { parseJson } from '../engine/safe-json';
import { pick } from '../i18n/content';
import { confirmDialog } from '../ui/confirm';
import { download } from '../ui/download';
import { SAVE_KEY } from '../ui/save-key';
import type { Shell } from '../ui/shell';
import { currentSaveText, keepReplaced, keptDownload } from './kept-saves';
import { scenarioOf } from './scenario';

/** What a save holds, told as the menu's Continue tells it; `finished` once it reached the debrief. */
export function heldRound(shell: Shell, text: string): { summary: string; finished: boolean } {
  const save = parseJson(text);
  const value = save.ok && typeof save.value === 'object' && save.value !== null ? save.value : {};
  const { record: raw, ui } = value as { record?: unknown; ui?: { screen?: unknown } };
  const record = parseRecord(raw);
  if (!record.ok) return { summary: shell.t('ui.replace.unreadable'), finished: false };
  const title = scenarioOf(record.value.scenario)?.round.title;
  return {
    summary: shell.t('ui.menu.continueFrom', {
      scenario: title === undefined ? record.value.scenario : pick(title, shell.locale),
      seed: record.value.seed,
      moves: record.value.actions.length,
    }),
    finished: ui?.screen === 'debrief',
  };
}

/**
 * Before a new round takes the autosave's place (New round, Load record, a lesson, a campaign round, a
 * fork): asks first when the save holds a round in progress, with Cancel as the default, then puts the
 * old save aside in Settings' Kept saves, where it can be downloaded or brought back. A finished round
 * is put aside without asking. When storage is too full to keep it, says so and offers its record as a
 * download instead. Resolves true when the new round may go ahead.
 */
export async function makeRoomForNewRound(shell: Shell): Promise<boolean> {
  const { t } = shell;
  const text = currentSaveText();
  if (text === null) return true;
  const held = heldRound(shell, text);
  if (!held.finished) {
    const go = await confirmDialog({
      title: t('ui.replace.title'),
      body: t('ui.replace.body', { saved: held.summary }),
      confirm: t('ui.replace.confirm'),
      cancel: t('ui.replace.cancel'),
    });
    if (!go) return false;
  }
  if (keepReplaced()) return true;
  const go = await confirmDialog({
    title: t('ui.replace.fullTitle'),
    body: t('ui.replace.fullBody', { saved: held.summary }),
    confirm: t('ui.replace.fullConfirm'),
    cancel: t('ui.replace.cancel'),
  });
  if (!go) return false;
  const file = keptDownload({ id: '', reason: 'replaced', at: new Date().toISOString(), from: SAVE_KEY, text });
  download(file.name, 'application/json', file.text);
  return true;
}

/** A record from an older version has no integrity check: it is loaded only when the player says so. */
export function acceptUnverified(shell: Shell, record: RoundRecord): Promise<boolean> {
  if (isVerified(record)) return Promise.resolve(true);
  const { t } = shell;
  return confirmDialog({
    title: t('ui.record.unverifiedTitle'),
    body: t('ui.record.unverified'),
    confirm: t('ui.record.unverifiedConfirm'),
    cancel: t('ui.replace.cancel'),
  });
}
