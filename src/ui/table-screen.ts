import { isDelegationId, type Action, type RoundView } from '../client';
import { act, mediatorView, provenanceKey, type ActReply, type Play } from '../game/play';
import { goalTexts, translate } from '../i18n/content';
import { classroomConsole } from './classroom-console';
import { movesForm, type MoveKind } from './controls';
import { button, el } from './dom';
import { dossier } from './dossier';
import { draftEditor } from './draft-editor';
import { helpDialog } from './help';
import { logPanel } from './log-panel';
import { saveAlert } from './save-alert';
import { onKeys, onLeave, show } from './shell';
import { mountStage, updateStage } from './stage';
import { tableSnapshot } from './table-snapshot';
import { clockWords } from './words';

const KEY_MOVES: Readonly<Record<string, MoveKind>> = {
  c: 'consult',
  s: 'sound',
  t: 'shuttle',
  a: 'assure',
  g: 'caucus',
  r: 'recall',
  p: 'plenary',
};

/** What a refused move says, in the status line. */
export function refusalText(play: Play, reply: Extract<ActReply, { ok: false }>): string {
  const { t, locale } = play.shell;
  const { refusal } = reply;
  if (refusal.code === 'paused') return t(refusal.key);
  return t('ui.actions.refused', { reason: translate(refusal, play.content, t, locale) });
}

/**
 * The table: the Phaser scene beside the mediator's panels (moves, draft, dossier, log), drawn from the mediator's
 * view.
 */
export function showTable(play: Play): void {
  const { shell, content } = play;
  const { t, locale, client } = shell;
  const status = el('p', null, { role: 'status', class: 'status', id: 'move-status' });
  // Load record says whether the record came from a classroom server's room as it was signed (issue 15).
  const origin = provenanceKey(play);
  if (origin !== null) status.textContent = t(origin.key, origin.params);
  const clock = el('p', null, { class: 'clock', 'aria-label': t('ui.clock.label') });
  const phase = el('p', null, { class: 'phase' });
  const help = helpDialog(t);
  const stage = el('div', t('ui.loadingTable'), { class: 'stage', role: 'img', 'aria-label': t('ui.table.canvas') });
  const log = logPanel(play);
  const side = el('div', null, { class: 'side' });
  const saving = saveAlert(play);
  const send = async (action: Action): Promise<boolean> => {
    const result = await act(play, action, 'table');
    // Storage full or forbidden: the alert says so (once) and offers the record; the status is for the move.
    saving.update();
    status.textContent = result.ok ? '' : refusalText(play, result);
    status.className = result.ok ? 'status' : 'status refused';
    return result.ok;
  };
  const moves = movesForm(play, send, (id) => {
    play.selected = id;
    refreshDossier();
  });
  const draft = draftEditor(play, send);
  const dossierSlot = el('div');
  // The opening statements, as the delegations made them: the public positions, in their words.
  const first = mediatorView(play);
  const statements = first.log
    .filter((e) => e.message.key.startsWith('statement.'))
    .map((e) => el('li', translate(e.message, content, t, locale, goalTexts(content, first))));
  const opening = el('section', null, { class: 'panel opening', 'aria-labelledby': 'opening-title' }, [
    el('h2', t('ui.phase.opening'), { id: 'opening-title' }),
    el('p', t('ui.table.opening')),
    button(t('ui.table.proceed'), () => void send({ type: 'proceed' }), { class: 'primary' }),
    el('ul', null, { class: 'statements' }, statements),
  ]);
  const refreshDossier = (): void => {
    dossierSlot.replaceChildren(dossier(play, mediatorView(play), play.selected));
  };
  let mounted = false;
  const refresh = (view: RoundView): void => {
    if (view.phase === 'outcome' || view.phase === 'plenary') {
      play.nav.plenary();
      return;
    }
    const firstTime = !mounted;
    const entries = view.log.slice(firstTime ? 0 : play.shownLog);
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
    log.add(entries, view, !firstTime);
    const snap = tableSnapshot(
      content,
      view,
      t,
      locale,
      firstTime ? entries.filter((e) => e.delegation !== undefined).slice(-2) : entries,
      shell.settings.reduceMotion,
    );
    if (firstTime) {
      mounted = true;
      mountStage(
        stage,
        snap,
        (id) => pick(id),
        () => (stage.textContent = t('ui.table.noCanvas')),
      );
    } else updateStage(snap);
  };
  const pick = (id: string): void => {
    if (!isDelegationId(id)) return;
    play.selected = id;
    moves.who.value = id;
    refreshDossier();
  };
  const lesson = play.lesson === null ? null : classroomConsole(play, send);
  side.append(
    saving.root,
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
  // Every change the host makes comes back as a new view; the table redraws from it, nothing else.
  onLeave(client.watch('mediator', refresh));
  if (lesson !== null) onLeave(client.watch('teacher', (view) => lesson.refresh(view)));
  saving.update();
}
