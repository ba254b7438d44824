import type { Action } from '../engine/actions';
import { viewFor } from '../engine/view';
import { isDelegationId } from '../engine/vocabulary';
import { act, blockedByPause, type Play } from '../game/play';
import { classroomConsole } from './classroom-console';
import { tableSnapshot } from '../game/table-snapshot';
import { clockWords } from '../game/words';
import { translate } from '../i18n/content';
import { movesForm, type MoveKind } from './controls';
import { button, el } from './dom';
import { dossier } from './dossier';
import { draftEditor } from './draft-editor';
import { helpDialog } from './help';
import { logPanel } from './log-panel';
import { onKeys, show } from './shell';
import { mountStage, updateStage } from './stage';

const KEY_MOVES: Readonly<Record<string, MoveKind>> = {
  c: 'consult',
  s: 'sound',
  t: 'shuttle',
  a: 'assure',
  g: 'caucus',
  r: 'recall',
  p: 'plenary',
};

/** The table: the Phaser scene beside the mediator's panels (moves, draft, dossier, log). */
export function showTable(play: Play): void {
  const { shell, round, scenario } = play;
  const { t, locale } = shell;
  const status = el('p', null, { role: 'status', class: 'status', id: 'move-status' });
  const clock = el('p', null, { class: 'clock', 'aria-label': t('ui.clock.label') });
  const phase = el('p', null, { class: 'phase' });
  const help = helpDialog(t);
  const stage = el('div', t('ui.loadingTable'), { class: 'stage', role: 'img', 'aria-label': t('ui.table.canvas') });
  const log = logPanel(play);
  const side = el('div', null, { class: 'side' });
  const send = (action: Action): boolean => {
    if (blockedByPause(play, action)) {
      status.textContent = t('ui.classroom.pausedRefused');
      status.className = 'status refused';
      return false;
    }
    const result = act(play, action, 'table');
    const saveNote = result.ok && play.unsaved ? t('ui.save.unavailable') : '';
    status.textContent = result.ok
      ? saveNote
      : t('ui.actions.refused', { reason: translate(result.refusal, scenario, t, locale) });
    status.className = result.ok && saveNote === '' ? 'status' : 'status refused';
    refresh();
    return result.ok;
  };
  const moves = movesForm(play, send, (id) => {
    play.selected = id;
    refreshDossier();
  });
  const draft = draftEditor(play, send);
  const dossierSlot = el('div');
  // The opening statements, as the delegations made them: the public positions, in their words.
  const statements = round
    .data()
    .log.filter((e) => e.message.key.startsWith('statement.'))
    .map((e) => el('li', translate(e.message, scenario, t, locale)));
  const opening = el('section', null, { class: 'panel opening', 'aria-labelledby': 'opening-title' }, [
    el('h2', t('ui.phase.opening'), { id: 'opening-title' }),
    el('p', t('ui.table.opening')),
    button(t('ui.table.proceed'), () => send({ type: 'proceed' }), { class: 'primary' }),
    el('ul', null, { class: 'statements' }, statements),
  ]);
  const refreshDossier = (): void => {
    dossierSlot.replaceChildren(dossier(play, viewFor(round, 'mediator'), play.selected));
  };
  const refresh = (first = false): void => {
    const view = viewFor(round, 'mediator');
    if (!page.isConnected && !first) return;
    if (view.phase === 'outcome' || view.phase === 'plenary') {
      play.nav.plenary();
      return;
    }
    const entries = view.log.slice(first ? 0 : play.shownLog);
    play.shownLog = view.log.length;
    const words = clockWords(t, view.minute, view.limit);
    clock.textContent = `${words.clock} · ${words.left}`;
    phase.textContent = t(`ui.phase.${view.phase}`);
    const consulting = view.phase === 'consultations';
    opening.hidden = consulting;
    moves.root.hidden = !consulting;
    draft.root.hidden = !consulting;
    moves.refresh(view);
    draft.refresh(view);
    refreshDossier();
    log.add(entries, view.limit, !first);
    lesson?.refresh(view);
    const snap = tableSnapshot(
      scenario,
      view,
      t,
      locale,
      first ? entries.filter((e) => e.delegation !== undefined).slice(-2) : entries,
      shell.settings.reduceMotion,
    );
    if (first)
      mountStage(
        stage,
        snap,
        (id) => pick(id),
        () => (stage.textContent = t('ui.table.noCanvas')),
      );
    else updateStage(snap);
  };
  const pick = (id: string): void => {
    if (!isDelegationId(id)) return;
    play.selected = id;
    moves.who.value = id;
    refreshDossier();
  };
  const lesson = play.lesson === null ? null : classroomConsole(play, send, () => refresh());
  side.append(
    status,
    ...(lesson === null ? [] : [lesson.root]),
    opening,
    moves.root,
    draft.root,
    dossierSlot,
    log.root,
  );
  const page = el('section', null, { class: 'screen table-screen' }, [
    el('header', null, { class: 'topbar' }, [
      el('h1', t('ui.table.heading')),
      phase,
      clock,
      button(t('ui.help.open'), () => help.showModal(), { 'aria-keyshortcuts': '?', class: 'help-button' }),
      button(t('ui.back'), () => play.nav.menu()),
    ]),
    el('div', null, { class: 'stage-wrap' }, [stage]),
    side,
    help,
  ]);
  const shortcuts = (e: KeyboardEvent): void => {
    const target = e.target as HTMLElement;
    // No table shortcut while a dialog (help, a seat's turn) is open.
    if (
      e.ctrlKey ||
      e.metaKey ||
      e.altKey ||
      document.querySelector('dialog[open]') !== null ||
      ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)
    )
      return;
    // On a Russian or Arabic keyboard the letter printed is not Latin: the key's place (KeyC) says which it is.
    const key = /^[a-z?]$/i.test(e.key)
      ? e.key.toLowerCase()
      : /^Key[A-Z]$/.test(e.code)
        ? e.code.slice(3).toLowerCase()
        : e.key;
    const move = KEY_MOVES[key];
    if (e.key === '?') help.showModal();
    else if (move !== undefined && !moves.root.hidden) moves.buttons[move].click();
    else if (key === 'e' && !draft.root.hidden) draft.first.focus();
    else if (key === 'd') document.getElementById('dossier-panel')?.focus();
    else if (key === 'l') log.list.focus();
    else return;
    e.preventDefault();
  };
  play.shownLog = 0;
  show(shell, 'table', page);
  onKeys(shortcuts);
  refresh(true);
}
