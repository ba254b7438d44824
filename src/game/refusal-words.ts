import type { TFunction } from 'i18next';
import { MAX_FILE_BYTES, megabytes, type HostRefusal, type RecordRefusal } from '../client';

/** Why the host refused, as the menu says it: a bad record or file names its reason. */
export function refusalWords(t: TFunction, refusal: HostRefusal | RecordRefusal): string {
  switch (refusal.code) {
    case 'record':
      return t('ui.record.bad', {
        reason: t(`ui.recordError.${refusal.error.code}`, {
          index: 'index' in refusal.error ? refusal.error.index + 1 : 0,
        }),
      });
    case 'file': {
      const { problem } = refusal;
      const reason =
        problem.code === 'syntax'
          ? t('ui.recordError.notJson')
          : t(`ui.recordError.${problem.code}`, {
              ...(problem.code === 'forbiddenKey' ? { key: problem.key } : {}),
              max: megabytes(MAX_FILE_BYTES),
            });
      return t('ui.record.bad', { reason });
    }
    case 'unknownRound':
      return t('ui.record.bad', { reason: t('ui.recordError.otherScenario') });
    default:
      return t(refusal.key, 'params' in refusal ? refusal.params : {});
  }
}
