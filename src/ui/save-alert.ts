import { mediatorView, type Play } from '../game/play';
import { button, el } from './dom';
import { download } from './download';

/**
 * What the table says while a round is not in the browser's storage (issue 20): why (storage full, or
 * forbidden) and a download of its record, which Load record brings back. Hidden while saves succeed.
 */
export function saveAlert(play: Play): { readonly root: HTMLElement; update(): void } {
  const { t } = play.shell;
  const message = el('p');
  const done = el('p', null, { role: 'status', class: 'hint' });
  const save = (): void => {
    // The mediator's view holds the record as the host sealed it (with its integrity hash).
    const record = mediatorView(play).record;
    if (record === null) return;
    const name = `${record.scenario}-seed-${record.seed}.json`;
    download(name, 'application/json', `${JSON.stringify(record, null, 2)}\n`);
    done.textContent = t('ui.save.downloaded', { file: name });
  };
  const root = el('div', null, { class: 'notice save-alert', role: 'alert', hidden: true }, [
    message,
    button(t('ui.save.download'), save),
    done,
  ]);
  let shown: Play['unsaved'] = null;
  return {
    root,
    update() {
      // Said once when it starts (a live region repeats itself on every change), not after every move.
      if (play.unsaved === shown) return;
      shown = play.unsaved;
      root.hidden = shown === null;
      message.textContent = shown === null ? '' : t(`ui.save.${shown}`);
      // On a phone the panel is long and the player's move is far below: bring the warning into view once.
      if (shown !== null && root.isConnected) root.scrollIntoView({ block: 'nearest' });
    },
  };
}
