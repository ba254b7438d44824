import type { TFunction } from 'i18next';
import { button, el } from './dom';

export const SHORTCUTS = [
  ['?', 'help'],
  ['C', 'consult'],
  ['S', 'sound'],
  ['T', 'shuttle'],
  ['A', 'assure'],
  ['G', 'caucus'],
  ['R', 'recall'],
  ['E', 'edit'],
  ['D', 'dossier'],
  ['L', 'log'],
  ['P', 'plenary'],
] as const;

/** The help dialog: every shortcut, and how the keyboard moves through the table screen. */
export function helpDialog(t: TFunction): HTMLDialogElement {
  const dialog = el('dialog', null, { class: 'help', 'aria-labelledby': 'help-title' });
  const rows = SHORTCUTS.map(([key, what]) =>
    el('tr', null, {}, [el('th', null, { scope: 'row' }, [el('kbd', key)]), el('td', t(`ui.help.keys.${what}`))]),
  );
  dialog.append(
    // The dialog opens on its title, not on Close at its foot: on a phone that scrolled the list away.
    el('h2', t('ui.help.heading'), { id: 'help-title', tabindex: '-1', autofocus: true }),
    el('p', t('ui.help.intro')),
    el('table', null, {}, [el('tbody', null, {}, rows)]),
    el('p', t('ui.help.table')),
    button(t('ui.help.close'), () => dialog.close(), { class: 'primary' }),
  );
  return dialog;
}
