import type { TFunction } from 'i18next';
import { parseRecord, type RoundRecord } from '../engine/record';
import { err, ok, type Result } from '../engine/result';
import { MAX_FILE_BYTES, megabytes, parseJson } from '../engine/safe-json';

/** The record in a file's text, or why it is not one, in the player's words (Load record). */
export function recordFromText(t: TFunction, text: string): Result<RoundRecord, string> {
  const json = parseJson(text);
  if (!json.ok) {
    const e = json.error;
    if (e.code === 'syntax') return err(t('ui.recordError.notJson'));
    return err(
      t(`ui.recordError.${e.code}`, e.code === 'forbiddenKey' ? { key: e.key } : { max: megabytes(MAX_FILE_BYTES) }),
    );
  }
  const record = parseRecord(json.value);
  return record.ok ? ok(record.value) : err(t(`ui.recordError.${record.error.code}`));
}
