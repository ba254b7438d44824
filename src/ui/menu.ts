import { hostFlag } from '../scenes/flag-shapes';
import { button, el, select } from './dom';
import { showContentNote } from './content-note';
import { flagSvg } from './flag-svg';
import { showSettings } from './settings-screen';
import { SAVE_KEY } from './save-key';
import { show, type Shell } from './shell';

/**
 * The game proper (engine, scenario, screens) is its own chunk, fetched while the menu is already usable, with the
 * scenarios' texts in the page's language.
 */
export const loadGame = (shell: Shell) =>
  import('../game/app').then(async (game) => {
    await game.useContentLocale(shell.locale);
    return game;
  });

function hasSave(): boolean {
  try {
    return localStorage.getItem(SAVE_KEY) !== null;
  } catch {
    return false;
  }
}

export function showMenu(shell: Shell): void {
  const { t } = shell;
  const notice = el('p', shell.notice, { class: 'notice', role: 'alert', hidden: shell.notice === null });
  shell.notice = null;
  const reason = el('p', t(hasSave() ? 'ui.menu.checking' : 'ui.menu.continueNone'), {
    id: 'continue-reason',
    class: 'hint',
  });
  const cont = button(t('ui.menu.continue'), () => void loadGame(shell).then((g) => g.continueRound(shell)), {
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
    if (file !== undefined)
      void Promise.all([file.text(), loadGame(shell)]).then(([text, g]) => g.loadRecord(shell, text));
  });
  const load = button(t('ui.menu.load'), () => fileInput.click(), { 'aria-describedby': 'load-hint' });
  // The round to play: any of the historical rounds; filled in once the game's chunk (with the rounds) is here.
  const picker = select(
    t('ui.menu.round'),
    'round',
    [{ value: 'astana-01', text: t('ui.menu.roundShort', { number: 1 }) }],
    'astana-01',
  );
  picker.select.setAttribute('aria-describedby', 'round-hint');
  picker.wrap.classList.add('round-pick');
  const roundHint = el('p', null, { id: 'round-hint', class: 'hint' });
  const list = el('ul', null, { class: 'menu-list' }, [
    el('li', null, {}, [
      picker.wrap,
      roundHint,
      button(
        t('ui.menu.new'),
        () => void loadGame(shell).then((g) => g.newRound(shell, undefined, undefined, picker.select.value)),
        { class: 'primary' },
      ),
    ]),
    el('li', null, {}, [
      button(t('ui.menu.campaign'), () => void loadGame(shell).then((g) => g.showCampaign(shell)), {
        'aria-describedby': 'campaign-hint',
      }),
      el('p', t('ui.menu.campaignHint'), { id: 'campaign-hint', class: 'hint' }),
    ]),
    el('li', null, {}, [cont, reason]),
    el('li', null, {}, [
      button(
        t('ui.menu.classroom'),
        () => void loadGame(shell).then((g) => g.showClassroom(shell, picker.select.value)),
        {
          'aria-describedby': 'classroom-hint',
        },
      ),
      el('p', t('ui.menu.classroomHint'), { id: 'classroom-hint', class: 'hint' }),
    ]),
    el('li', null, {}, [load, fileInput, el('p', t('ui.menu.loadHint'), { id: 'load-hint', class: 'hint' })]),
    el('li', null, {}, [button(t('ui.menu.settings'), () => showSettings(shell, () => showMenu(shell)))]),
    el('li', null, {}, [
      button(t('ui.menu.sources'), () => void loadGame(shell).then((g) => g.showSources(shell, picker.select.value))),
    ]),
    el('li', null, {}, [button(t('contentNote.title'), () => showContentNote(shell, () => showMenu(shell)))]),
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
  void loadGame(shell).then((g) => {
    g.fillRoundPicker(shell, picker.select, roundHint);
    const state = g.checkSave(shell);
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
