import { button, el } from './dom';
import { show, type Shell } from './shell';

/**
 * The content note (issue 6, Care): real events with real victims, told neutrally, positions paraphrased.
 * With `then`, it stands before a round and its button goes on to it (the navigation remembers it was read);
 * without, it is read from the menu.
 */
export function showContentNote(shell: Shell, back: () => void, then?: () => void): void {
  const { t } = shell;
  const go =
    then === undefined
      ? button(t('contentNote.back'), back, { class: 'primary' })
      : button(t('contentNote.continue'), then, { class: 'primary' });
  const page = el('section', null, { class: 'screen narrow content-note', 'aria-labelledby': 'note-title' }, [
    el('h1', t('contentNote.title'), { id: 'note-title' }),
    el('p', t('contentNote.text')),
    el('p', t('contentNote.neutral')),
    el('p', t('contentNote.paraphrased')),
    el('div', null, { class: 'actions-row' }, [go, then === undefined ? null : button(t('ui.back'), back)]),
  ]);
  show(shell, 'content-note', page);
}
