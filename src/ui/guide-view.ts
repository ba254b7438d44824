import { guideHtml, sheetsHtml, type Guide, type GuideHtmlOptions, type RoundId } from '../client';
import { button, el } from './dom';
import type { Shell } from './shell';

/**
 * The teachers' guides, each a file of the built game fetched from the game's own origin when a teacher
 * opens it (issue 16): they are long, and no script carries them, so neither the first load nor the
 * game's JavaScript grows with them (src/content/scenarios.ts leaves them out of the library too).
 */
const GUIDE_URLS = import.meta.glob<string>('/scenarios/guides/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

/**
 * A round's guide: fetched here, read by the host with the same checks as `npm run validate`; null when the
 * round has none or it cannot be read.
 */
export async function loadGuide(shell: Shell, id: RoundId): Promise<Guide | null> {
  const path = `/scenarios/guides/${id}.json`;
  const url = GUIDE_URLS[path];
  if (url === undefined) return null;
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    const read = await shell.client.request('readGuide', { round: id, text: await response.text() });
    return read.ok ? read.value : null;
  } catch {
    return null;
  }
}

type Part = 'guide' | 'sheets';

/**
 * The teacher's guide and the debrief sheets on screen, in a frame that holds the printable document
 * itself (its own print rules: one sheet a page on A4 and Letter), with Print for what is shown.
 * A modal dialog over the set-up or the debrief, so nothing typed there is lost.
 */
export async function openGuide(shell: Shell, id: RoundId, first: Part = 'guide'): Promise<void> {
  const { t, locale } = shell;
  const guide = await loadGuide(shell, id);
  const options: GuideHtmlOptions = { locale, t: (key, vars) => t(key, vars ?? {}) };
  const dialog = el('dialog', null, { class: 'guide-dialog', 'aria-labelledby': 'guide-dialog-title' });
  const frame = el('iframe', null, { class: 'guide-frame', title: t('ui.guideView.frame') });
  const status = el('p', null, { role: 'status', class: 'hint' });
  const close = (): void => dialog.close();
  dialog.addEventListener('close', () => dialog.remove());
  let shown: Part = first;
  const tabs = {
    guide: button(t('ui.guideView.showGuide'), () => show('guide'), { 'aria-pressed': 'false' }),
    sheets: button(t('ui.guideView.showSheets'), () => show('sheets'), { 'aria-pressed': 'false' }),
  };
  const show = (part: Part): void => {
    if (guide === null) return;
    shown = part;
    frame.srcdoc = part === 'guide' ? guideHtml(guide, options) : sheetsHtml(guide, options);
    for (const [name, b] of Object.entries(tabs)) b.setAttribute('aria-pressed', String(name === part));
    status.textContent = t(part === 'guide' ? 'ui.guideView.guideShown' : 'ui.guideView.sheetsShown');
  };
  const print = (): void => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
  };
  dialog.append(
    el('h2', t('ui.guideView.heading'), { id: 'guide-dialog-title' }),
    guide === null
      ? el('p', t('ui.guideView.none'))
      : el('div', null, { class: 'actions-row' }, [
          tabs.guide,
          tabs.sheets,
          button(t('ui.guideView.print'), print, { class: 'primary' }),
        ]),
    status,
  );
  if (guide !== null) dialog.append(frame);
  dialog.append(el('div', null, { class: 'actions-row' }, [button(t('ui.guideView.close'), close)]));
  document.body.append(dialog);
  dialog.showModal();
  show(shown);
}
