import type { ConfirmText } from '../game/screens';
import { button, el } from './dom';

export type { ConfirmText } from '../game/screens';

let opened = 0;

/**
 * Asks before something that cannot be undone from where the player stands. A modal <dialog>: the
 * browser keeps focus inside it and Escape cancels; focus starts on Cancel, so Enter alone changes
 * nothing. Resolves true only when the player chose the confirm button; the dialog is then removed
 * and focus goes back where it was.
 */
export function confirmDialog(text: ConfirmText): Promise<boolean> {
  opened += 1;
  const id = `confirm-${opened}`;
  const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const dialog = el('dialog', null, {
    class: 'confirm',
    role: 'alertdialog',
    'aria-modal': 'true',
    'aria-labelledby': `${id}-title`,
    'aria-describedby': `${id}-body`,
  });
  return new Promise((resolve) => {
    let answer = false;
    const close = (yes: boolean): void => {
      answer = yes;
      dialog.close();
    };
    const cancel = button(text.cancel, () => close(false), { class: 'primary', autofocus: true });
    dialog.append(
      el('h2', text.title, { id: `${id}-title` }),
      el('p', text.body, { id: `${id}-body` }),
      el('div', null, { class: 'actions-row' }, [cancel, button(text.confirm, () => close(true))]),
    );
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (back?.isConnected === true) back.focus();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
