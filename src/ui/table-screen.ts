import { isDelegationId, type Action, type DelegationId, type RoundView } from '../client';
import { act, mediatorView, provenanceKey, type ActReply, type Play } from '../game/play';
import { track } from '../game/probe';
import { goalTexts, translate } from '../i18n/content';
import type { TableEvents } from '../scenes/bus';
import { classroomConsole } from './classroom-console';
import { movesForm, type MoveKind } from './controls';
import { button, el } from './dom';
import { dossier } from './dossier';
import { draftEditor } from './draft-editor';
import { helpDialog } from './help';
import { logPanel } from './log-panel';
import { moveResult } from './move-result';
import { saveAlert } from './save-alert';
import { onKeys, onLeave, show } from './shell';
import { mountStage, replayOnStage, updateStage } from './stage';
import { tableKeys } from './table-keys';
import { mayMake } from './table-guard';
import type { Hand } from './table-moves';
import { seatChanges, tableSnapshot } from './table-snapshot';
import { clockWords } from './words';

/** What a refused move says, in the status line. */
export function refusalText(play: Play, reply: Extract<ActReply, { ok: false }>): string {
  const { t, locale } = play.shell;
  const { refusal } = reply;
  if (refusal.code === 'paused') return t(refusal.key);
  return t('ui.actions.refused', { reason: translate(refusal, play.content, t, locale) });
}

/**
 * The table: the Phaser scene, where the mediator can make every move, beside the panels that do the same by
 * keyboard and accessible name (moves, draft, dossier, log). Both hand their moves to one `send`, which asks
 * first where a move would end the talks; the result of each is said where the player is looking.
 */
export function showTable(play: Play): void {
  const { shell, content } = play;
  const { t, locale, client } = shell;
  const clock = el('p', null, { class: 'clock', 'aria-label': t('ui.clock.label') });
  const clockNote = el('p', null, { class: 'clock-warning', hidden: true });
  const phase = el('p', null, { class: 'phase' });
  const help = helpDialog(t);
  const stage = el('div', t('ui.loadingTable'), { class: 'stage', role: 'img', 'aria-label': t('ui.table.canvas') });
  const result = moveResult(t, content, locale, clockNote);
  // Load record says whether the record came from a classroom server's room as it was signed (issue 15).
  const origin = provenanceKey(play);
  if (origin !== null) result.note(t(origin.key, origin.params), false);
  const side = el('div', null, { class: 'side' });
  const saving = saveAlert(play);
  let previous: RoundView | null = null;
  const send = async (action: Action): Promise<boolean> => {
    if (!(await mayMake(play, mediatorView(play), action))) return false;
    // Busy until the host answers (tests and the bench wait on it), not while a question waits for the player.
    const reply = await track(act(play, action, 'table'));
    // Storage full or forbidden: the alert says so (once) and offers the record; the result is for the move.
    saving.update();
    if (!reply.ok) result.note(refusalText(play, reply), true);
    keepFocus();
    return reply.ok;
  };
  const perform = (kind: MoveKind): Promise<boolean> => send(moves.action(kind));
  const choose = (id: DelegationId): void => {
    play.selected = id;
    moves.who.value = id;
    moves.recall(id);
    // A shuttle needs two delegations: the second moves off the one just chosen.
    if (moves.other.value === id)
      moves.other.value =
        mediatorView(play).delegations.find((d) => d.id !== id && d.attendance === 'seated')?.id ?? '';
    refreshDossier();
  };
  const moves = movesForm(
    play,
    perform,
    (id) => (choose(id), redraw()),
    () => {
      hand = moves.hand();
      redraw();
    },
  );
  /** The wording in hand: the moves form's, or one picked up at the table (0 takes a clause out of the draft). */
  let hand: Hand = moves.hand();
  const draft = draftEditor(play, (action) => send(action));
  const log = logPanel(play, (index, text) => {
    const entry = mediatorView(play).log[index];
    if (entry !== undefined)
      replayOnStage({ seat: entry.delegation ?? null, text, tone: entry.tone, index, replay: true });
  });
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
  /** Draws the table again with the player's choices, without a move (a seat chosen, a wording picked up). */
  const redraw = (): void => {
    if (!mounted) return;
    updateStage(
      tableSnapshot(content, mediatorView(play), t, locale, {
        newEntries: [],
        reduceMotion: shell.settings.reduceMotion,
        selected: play.selected,
        hand,
        previous: null,
      }),
    );
  };
  let mounted = false;
  const refresh = (view: RoundView): void => {
    if (view.phase === 'outcome' || view.phase === 'plenary') {
      play.nav.plenary();
      return;
    }
    const firstTime = !mounted;
    const from = firstTime ? 0 : play.shownLog;
    const entries = view.log.slice(from);
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
    log.add(entries, view, false, from);
    result.clock(view);
    const goals = goalTexts(content, view);
    if (!firstTime && entries.length > 0)
      result.show(
        entries.map((e) => translate(e.message, content, t, locale, goals)),
        seatChanges(t, previous, view),
      );
    const snap = tableSnapshot(content, view, t, locale, {
      newEntries: firstTime ? entries.filter((e) => e.delegation !== undefined).slice(-2) : entries,
      reduceMotion: shell.settings.reduceMotion,
      selected: play.selected,
      hand,
      previous: firstTime ? null : previous,
    });
    previous = view;
    if (firstTime) {
      mounted = true;
      mountStage(stage, snap, stageHandlers, () => (stage.textContent = t('ui.table.noCanvas')));
    } else updateStage(snap);
    keepFocus();
  };
  const stageHandlers = {
    pick: (id: string) => {
      if (!isDelegationId(id)) return;
      choose(id);
      redraw();
    },
    hold: ({ clause, strength }: TableEvents['hold']) => {
      moves.setHand(clause, strength);
      draft.choose(clause, strength);
      hand = { clause, strength };
      redraw();
    },
    move: ({ kind, delegation, to }: TableEvents['move']) => {
      if (delegation !== undefined && isDelegationId(delegation)) choose(delegation);
      if (to !== undefined && isDelegationId(to)) moves.other.value = to;
      // The draft takes the wording in hand, "not in the text" included.
      if (kind === 'edit') void send({ type: 'edit', ...hand });
      else if (kind === 'proceed') void send({ type: 'proceed' });
      else void perform(kind);
    },
  };
  const lesson = play.lesson === null ? null : classroomConsole(play, send);
  side.append(
    saving.root,
    result.root,
    // The mediator's moves first: at 1280×720 the teacher reaches them without scrolling past the console.
    opening,
    moves.root,
    ...(lesson === null ? [] : [lesson.root]),
    draft.root,
    dossierSlot,
    log.root,
  );
  const page = el('section', null, { class: 'screen table-screen' }, [
    el('header', null, { class: 'topbar' }, [
      el('h1', t('ui.table.heading')),
      phase,
      clock,
      clockNote,
      button(t('ui.help.open'), () => help.showModal(), { 'aria-keyshortcuts': '?', class: 'help-button' }),
      button(t('ui.back'), () => play.nav.menu()),
    ]),
    el('div', null, { class: 'stage-wrap' }, [stage]),
    side,
    help,
  ]);
  /** Focus never falls to the page: when what held it went (the opening's button), it goes to the moves. */
  const keepFocus = (): void => {
    const now = document.activeElement;
    const lost = now === null || now === document.body || !now.isConnected || now.closest('[hidden]') !== null;
    if (!lost || document.querySelector('dialog[open]') !== null || !page.isConnected) return;
    const target = page.querySelector<HTMLElement>(moves.root.hidden ? 'h1' : '#moves-title');
    if (target === null) return;
    target.tabIndex = -1;
    target.focus({ preventScroll: true });
  };
  play.shownLog = 0;
  show(shell, 'table', page);
  onKeys(tableKeys({ help, moves, draft, log, perform }));
  // Every change the host makes comes back as a new view; the table redraws from it, nothing else.
  onLeave(client.watch('mediator', refresh));
  if (lesson !== null) onLeave(client.watch('teacher', (view) => lesson.refresh(view)));
  saving.update();
}
