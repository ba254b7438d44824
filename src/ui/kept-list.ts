import type { SaveSummary } from '../client';
import { deleteKept, keptDownload, listKept, MAX_KEPT, restoreKept, type KeptSave } from '../game/kept-saves';
import { describeSaves, savedRoundWords } from '../game/replace-guard';
import { CAMPAIGN_KEY } from '../game/save-keys';
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
  // Written for the reader's locale (issue 19): "1,5" in Russian, Arabic digits' separators in Arabic.
  const kilobytes = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const when = (k: KeptSave): string =>
    k.at === null
      ? t('ui.kept.undated')
      : new Date(k.at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const label = (k: KeptSave, summary: SaveSummary | null): string =>
    k.reason === 'replaced'
      ? t('ui.kept.replaced', { when: when(k), saved: savedRoundWords(shell, summary) })
      : t(`ui.kept.${k.from === CAMPAIGN_KEY ? 'campaign' : 'save'}`, {
          when: when(k),
          why: t(`ui.kept.why.${k.reason}`),
          size: kilobytes.format(k.text.length / 1024),
        });
  // A later fill wins: the host's answer for an earlier one is dropped.
  let filling = 0;
  const fill = async (): Promise<void> => {
    const mine = ++filling;
    const kept = listKept();
    // The host reads what a put-aside round holds (its round, seed and moves, its record to download).
    const replaced = kept.filter((k) => k.reason === 'replaced');
    const summaries = new Map(
      (
        await describeSaves(
          shell,
          replaced.map((k) => k.text),
        )
      ).map((s, i) => [replaced[i]?.id, s]),
    );
    if (mine !== filling) return;
    const summaryOf = (k: KeptSave): SaveSummary | null => summaries.get(k.id) ?? null;
    list.replaceChildren(
      ...(kept.length === 0
        ? [el('li', t('ui.kept.none'))]
        : kept.map((k, i) => {
            const name = el('p', label(k, summaryOf(k)), { id: `kept-${i}` });
            const by = { 'aria-describedby': `kept-${i}` };
            const get = (): void => {
              const file = keptDownload(k, summaryOf(k));
              download(file.name, 'application/json', file.text);
              status.textContent = t('ui.kept.downloaded', { file: file.name });
            };
            const back = (): void => {
              status.textContent = t(restoreKept(k.id) ? 'ui.kept.restored' : 'ui.kept.notRestored');
              void fill();
            };
            const remove = async (): Promise<void> => {
              const sure = await confirmDialog({
                title: t('ui.kept.deleteTitle'),
                body: `${label(k, summaryOf(k))} ${t('ui.kept.deleteBody')}`,
                confirm: t('ui.kept.deleteConfirm'),
                cancel: t('ui.replace.cancel'),
              });
              if (!sure) return;
              deleteKept(k.id);
              status.textContent = t('ui.kept.deleted');
              void fill();
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
  void fill();
  return el('section', null, { class: 'kept', 'aria-labelledby': 'kept-title' }, [
    el('h2', t('ui.kept.heading'), { id: 'kept-title' }),
    el('p', t('ui.kept.intro', { rounds: MAX_KEPT.replaced, unreadable: MAX_KEPT.unreadable }), { class: 'hint' }),
    list,
    status,
  ]);
}
