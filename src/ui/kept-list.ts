import { deleteKept, keptDownload, listKept, MAX_KEPT, restoreKept, type KeptSave } from '../game/kept-saves';
import { heldRound } from '../game/replace-guard';
import { confirmDialog } from './confirm';
import { button, el } from './dom';
import { download } from './download';
import type { Shell } from './shell';

/**
 * Settings' list of kept saves (issue 20): rounds put aside when another took their place, and saves
 * the game could not read. Each can be downloaded; a put-aside round can be brought back; deleting asks.
 */
export function keptList(shell: Shell): HTMLElement {
  const { t, locale } = shell;
  const status = el('p', null, { role: 'status', class: 'hint' });
  const list = el('ul', null, { class: 'kept-list', 'aria-labelledby': 'kept-title' });
  const when = (k: KeptSave): string =>
    k.at === null
      ? t('ui.kept.undated')
      : new Date(k.at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const label = (k: KeptSave): string =>
    k.reason === 'replaced'
      ? t('ui.kept.replaced', { when: when(k), saved: heldRound(shell, k.text).summary })
      : t(`ui.kept.${k.from === 'astana.campaign.v1' ? 'campaign' : 'save'}`, {
          when: when(k),
          why: t(`ui.kept.why.${k.reason}`),
          size: (k.text.length / 1024).toFixed(1),
        });
  const fill = (): void => {
    const kept = listKept();
    list.replaceChildren(
      ...(kept.length === 0
        ? [el('li', t('ui.kept.none'))]
        : kept.map((k, i) => {
            const name = el('p', label(k), { id: `kept-${i}` });
            const by = { 'aria-describedby': `kept-${i}` };
            const get = (): void => {
              const file = keptDownload(k);
              download(file.name, 'application/json', file.text);
              status.textContent = t('ui.kept.downloaded', { file: file.name });
            };
            const back = (): void => {
              status.textContent = t(restoreKept(k.id) ? 'ui.kept.restored' : 'ui.kept.notRestored');
              fill();
            };
            const remove = async (): Promise<void> => {
              const sure = await confirmDialog({
                title: t('ui.kept.deleteTitle'),
                body: `${label(k)} ${t('ui.kept.deleteBody')}`,
                confirm: t('ui.kept.deleteConfirm'),
                cancel: t('ui.replace.cancel'),
              });
              if (!sure) return;
              deleteKept(k.id);
              status.textContent = t('ui.kept.deleted');
              fill();
            };
            return el('li', null, {}, [
              name,
              el('div', null, { class: 'actions-row' }, [
                button(t('ui.kept.download'), get, by),
                k.reason === 'replaced' ? button(t('ui.kept.restore'), back, by) : null,
                button(t('ui.kept.delete'), () => void remove(), by),
              ]),
            ]);
          })),
    );
  };
  fill();
  return el('section', null, { class: 'kept', 'aria-labelledby': 'kept-title' }, [
    el('h2', t('ui.kept.heading'), { id: 'kept-title' }),
    el('p', t('ui.kept.intro', { rounds: MAX_KEPT.replaced, unreadable: MAX_KEPT.unreadable }), { class: 'hint' }),
    list,
    status,
  ]);
}
