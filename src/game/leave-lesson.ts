import type { Play } from './play';
import type { Dialogs } from './screens';
import type { Shell } from './shell';

/**
 * Whether the player may leave a round for the menu. A lesson the browser could not save asks first,
 * with Cancel (staying) the default: nothing else could bring it back (issue 16).
 */
export async function mayLeave(shell: Shell, dialogs: Dialogs, play: Play): Promise<boolean> {
  if (play.lesson === null || play.unsaved === null) return true;
  const { t } = shell;
  return dialogs.confirm({
    title: t('ui.classroom.leaveUnsavedTitle'),
    body: t('ui.classroom.leaveUnsavedBody'),
    confirm: t('ui.classroom.leaveUnsavedConfirm'),
    cancel: t('ui.classroom.leaveUnsavedCancel'),
  });
}
