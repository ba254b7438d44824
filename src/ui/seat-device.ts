import type { Action, DelegationId, RoundView } from '../client';
import { clockText } from '../game/lesson';
import { act, type Play } from '../game/play';
import { clauseTitle, delegationName, wordingShort } from '../i18n/content';
import { roleCardSlot } from './classroom-card';
import { seatMoves } from './classroom-seat';
import { button, el } from './dom';
import { flagSvg } from './flag-svg';
import { logPanel } from './log-panel';
import { onLeave, show } from './shell';
import { refusalText } from './table-screen';
import { clockWords, flagOf } from './words';

/**
 * A student's own device for a delegation's seat (issue 15), built for a phone: the seat's moves when it is
 * its turn (a question to answer, its verdict at the plenary), what it says to the table, its own role card,
 * the table as this seat may see it and the lines it heard. Everything comes from the seat's own view.
 */
export function showSeatDevice(play: Play, id: DelegationId): void {
  const { shell, content } = play;
  const { t, locale, client } = shell;
  const link = play.network;
  const name = delegationName(content, id, locale);
  const status = el('p', null, { role: 'status', class: 'status', id: 'move-status' });
  const connection = el('p', null, { class: 'notice', role: 'status', hidden: true });
  const clocks = el('p', null, { class: 'lesson-clock' });
  const moves = el('section', null, { class: 'panel seat-moves', 'aria-labelledby': 'moves-title' });
  const table = el('ul', null, { class: 'seat-lines', 'aria-labelledby': 'table-title' });
  const draft = el('ul', null, { class: 'draft-lines', 'aria-labelledby': 'draft-title' });
  const log = logPanel(play);
  const card = el('div');
  let busy = false;
  const send = async (action: Action): Promise<void> => {
    if (busy) return;
    busy = true;
    const reply = await act(play, action, 'table');
    busy = false;
    status.textContent = reply.ok ? t('ui.classroom.done') : refusalText(play, reply);
    status.className = reply.ok ? 'status' : 'status refused';
  };
  let mounted = false;
  /** The round's clock and the lesson's: redrawn every second the room counts, without touching the moves. */
  const drawClocks = (view: RoundView): void => {
    const words = clockWords(t, view.minute, view.limit);
    const lesson = link?.clock();
    clocks.textContent = [
      `${t(`ui.phase.${view.phase}`)} · ${words.clock} · ${words.left}`,
      lesson === undefined
        ? ''
        : `${t('ui.classroom.lessonClock', { used: clockText(lesson.usedMs), limit: clockText(lesson.limitMs) })}${lesson.paused ? ` — ${t('ui.classroom.paused')}` : ''}`,
    ]
      .filter((x) => x !== '')
      .join(' · ');
  };
  const refresh = (view: RoundView): void => {
    drawClocks(view);
    const hadFocus = moves.contains(document.activeElement);
    const outcome = view.outcome?.decisions[id];
    moves.replaceChildren(
      el('h2', t('ui.network.yourMoves'), { id: 'moves-title', tabindex: '-1' }),
      ...(view.phase === 'outcome'
        ? [el('p', t('ui.network.yourResult', { result: outcome === undefined ? '—' : t(`decisionWord.${outcome}`) }))]
        : seatMoves(play, id, view, (action) => void send(action))),
    );
    // A redraw takes the pressed button away: focus goes back to the panel's heading, not to the page's top.
    if (hadFocus && !moves.contains(document.activeElement)) moves.querySelector<HTMLElement>('h2')?.focus();
    table.replaceChildren(
      ...view.delegations.map((d) =>
        el('li', null, { class: `seat-line mood-${d.mood}${d.id === id ? ' own' : ''}` }, [
          el('strong', delegationName(content, d.id, locale)),
          el(
            'span',
            ` · ${t(`ui.attendance.${d.attendance}`)}${d.attendance === 'seated' ? ` · ${t(`ui.mood.${d.mood}`)}` : ''}`,
          ),
        ]),
      ),
    );
    const clauses = content.agenda.ids.flatMap((clause, at) => {
      const strength = view.draft[at] ?? 0;
      if (strength === 0) return [];
      return [
        el('li', `${clauseTitle(content, clause, locale)}: ${wordingShort(content, clause, strength, locale, t)}`),
      ];
    });
    draft.replaceChildren(...(clauses.length === 0 ? [el('li', t('ui.table.draftEmpty'))] : clauses));
    log.add(view.log.slice(mounted ? play.shownLog : 0), view, mounted);
    play.shownLog = view.log.length;
    mounted = true;
  };
  const showConnection = (): void => {
    const state = link?.status ?? 'connected';
    connection.hidden = state === 'connected';
    connection.textContent = state === 'reconnecting' ? t('ui.network.reconnecting') : '';
    const view = client.view({ delegation: id });
    if (view !== null) drawClocks(view);
  };
  const page = el('section', null, { class: 'screen seat-device' }, [
    el('header', null, { class: 'seat-head' }, [
      flagSvg(flagOf(content, id), 36),
      el('h1', t('ui.network.seatHeading', { delegation: name })),
      el('p', t('ui.network.youAre', { name: link?.name ?? '' }), { class: 'meta' }),
    ]),
    connection,
    clocks,
    status,
    moves,
    el('details', null, { class: 'panel own-card' }, [el('summary', t('ui.classroom.yourCard')), card]),
    el('section', null, { class: 'panel' }, [
      el('h2', t('ui.network.tableHeading'), { id: 'table-title' }),
      table,
      el('h3', t('ui.table.draft'), { id: 'draft-title' }),
      draft,
    ]),
    log.root,
    el('div', null, { class: 'actions-row' }, [button(t('ui.network.leave'), () => play.nav.menu())]),
  ]);
  play.shownLog = 0;
  show(shell, 'seat', page);
  roleCardSlot(play, id, 3, card);
  if (link !== null) onLeave(link.onChange(showConnection));
  onLeave(client.watch({ delegation: id }, refresh));
}
