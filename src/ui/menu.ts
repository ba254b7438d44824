import { MAX_FILE_BYTES, megabytes, type Catalogue } from '../client';
import type { MenuActions } from '../game/screens';
import { pick } from '../i18n/content';
import { hostFlag } from '../scenes/flag-shapes';
import { button, el, select } from './dom';
import { flagSvg } from './flag-svg';
import { show, type Shell } from './shell';

/**
 * The menu, usable at once: its buttons work before the engine's worker has loaded (they wait for it),
 * and the round picker and Continue fill in when the host answers.
 */
export function showMenu(shell: Shell, menu: MenuActions): void {
  const { t } = shell;
  const notice = el('p', shell.notice, { class: 'notice', role: 'alert', hidden: shell.notice === null });
  shell.notice = null;
  const reason = el('p', t(menu.hasSave() ? 'ui.menu.checking' : 'ui.menu.continueNone'), {
    id: 'continue-reason',
    class: 'hint',
  });
  const cont = button(t('ui.menu.continue'), () => menu.continueRound(), {
    disabled: true,
    'aria-describedby': 'continue-reason',
  });
  const fileInput = el('input', null, {
    type: 'file',
    accept: '.json,application/json',
    id: 'record-file',
    class: 'visually-hidden',
    tabindex: '-1',
    'aria-label': t('ui.menu.load'),
    'aria-describedby': 'load-hint',
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    // Cleared, so that choosing the same file again (after Cancel) is a change too.
    fileInput.value = '';
    if (file === undefined) return;
    // Refused before it is read: a file of many megabytes would freeze the page for nothing.
    if (file.size > MAX_FILE_BYTES) {
      notice.textContent = t('ui.record.bad', {
        reason: t('ui.recordError.tooLarge', { max: megabytes(MAX_FILE_BYTES) }),
      });
      notice.hidden = false;
      return;
    }
    void file.text().then((text) => menu.loadRecord(text));
  });
  const load = button(t('ui.menu.load'), () => fileInput.click(), { 'aria-describedby': 'load-hint' });
  // The round to play: any of the historical rounds; filled in once the host has read the scenario files.
  const picker = select(
    t('ui.menu.round'),
    'round',
    [{ value: 'astana-01', text: t('ui.menu.roundShort', { number: 1 }) }],
    'astana-01',
  );
  picker.select.setAttribute('aria-describedby', 'round-hint');
  picker.wrap.classList.add('round-pick');
  const roundHint = el('p', null, { id: 'round-hint', class: 'hint' });
  const chosen = (): string => picker.select.value;
  // Shown only when the page came from the classroom server (npm start): a static copy has no rooms to join.
  const joinItem = el('li', null, { hidden: true }, [
    button(t('ui.network.joinMenu'), () => menu.joinClassroom(), { 'aria-describedby': 'join-hint' }),
    el('p', t('ui.network.joinMenuHint'), { id: 'join-hint', class: 'hint' }),
  ]);
  void menu.networked().then((yes) => {
    joinItem.hidden = !yes;
  });
  const list = el('ul', null, { class: 'menu-list' }, [
    el('li', null, {}, [
      picker.wrap,
      roundHint,
      button(t('ui.menu.new'), () => menu.newRound(chosen()), { class: 'primary' }),
    ]),
    el('li', null, {}, [
      button(t('ui.menu.campaign'), () => menu.campaign(), { 'aria-describedby': 'campaign-hint' }),
      el('p', t('ui.menu.campaignHint'), { id: 'campaign-hint', class: 'hint' }),
    ]),
    el('li', null, {}, [cont, reason]),
    el('li', null, {}, [
      button(t('ui.menu.classroom'), () => menu.classroom(chosen()), { 'aria-describedby': 'classroom-hint' }),
      el('p', t('ui.menu.classroomHint'), { id: 'classroom-hint', class: 'hint' }),
    ]),
    joinItem,
    el('li', null, {}, [load, fileInput, el('p', t('ui.menu.loadHint'), { id: 'load-hint', class: 'hint' })]),
    el('li', null, {}, [button(t('ui.menu.settings'), () => menu.settings())]),
    el('li', null, {}, [button(t('ui.menu.sources'), () => menu.sources(chosen()))]),
    el('li', null, {}, [button(t('contentNote.title'), () => menu.contentNote())]),
  ]);
  const emblem = flagSvg(hostFlag(), 120);
  emblem.classList.add('emblem');
  const page = el('section', null, { class: 'screen menu', 'aria-labelledby': 'menu-title' }, [
    emblem,
    el('h1', t('ui.title'), { id: 'menu-title' }),
    el('p', t('ui.tagline'), { class: 'tagline' }),
    notice,
    el('nav', null, { 'aria-label': t('ui.menu.heading') }, [list]),
  ]);
  show(shell, 'menu', page);
  void menu.catalogue().then((catalogue) => {
    if (catalogue !== null && picker.select.isConnected) fillRoundPicker(shell, catalogue, picker.select, roundHint);
  });
  void menu.checkSave().then((state) => {
    if (!cont.isConnected) return;
    if (state.ok) {
      cont.disabled = false;
      reason.textContent = state.summary;
    } else {
      reason.textContent = t('ui.menu.continueNone');
      if (state.message !== null) {
        notice.textContent = state.message;
        notice.hidden = false;
      }
    }
  });
}

/** The menu's round picker: every historical round with its date; the hint under it gives date and venue. */
function fillRoundPicker(shell: Shell, catalogue: Catalogue, picker: HTMLSelectElement, hint: HTMLElement): void {
  const { t, locale } = shell;
  const { rounds } = catalogue;
  const chosen = rounds.some((r) => r.id === picker.value) ? picker.value : 'astana-01';
  picker.replaceChildren(
    ...rounds.map((r) => {
      const option = document.createElement('option');
      option.value = r.id;
      option.textContent = t('ui.menu.roundOption', { name: pick(r.name, locale), date: r.dates.start });
      return option;
    }),
  );
  picker.value = chosen;
  const say = (): void => {
    const r = rounds.find((x) => x.id === picker.value);
    hint.textContent =
      r === undefined
        ? ''
        : t('ui.menu.roundHint', {
            title: pick(r.title, locale),
            start: r.dates.start,
            end: r.dates.end,
            venue: pick(r.venue, locale),
          });
  };
  picker.addEventListener('change', say);
  say();
}
