import type { Action, RoundView } from '../client';
import { act, type Play } from '../game/play';
import { delegationName } from '../i18n/content';
import { lessonControls } from './classroom-clock';
import { openSeatTurn } from './classroom-seat';
import { listText } from '../i18n/format';
import { button, el } from './dom';
import { refusalText } from './table-screen';

/**
 * The teacher's console in the plenary, whole as at the table: the lesson clock and its pause, typed news,
 * and while the plenary waits for students' seats a seat-turn button for each (its decision is private
 * until given) and the hand-over to the computer. Null outside a lesson.
 */
export function plenaryConsole(play: Play, view: RoundView, again: () => void): HTMLElement | null {
  const { t, locale } = play.shell;
  const { content } = play;
  if (play.lesson === null) return null;
  const waiting = view.phase === 'plenary' ? (view.awaiting ?? []) : [];
  const status = el('p', null, { role: 'status', class: 'status' });
  const send = async (action: Action): Promise<boolean> => {
    const result = await act(play, action, 'plenary');
    if (!result.ok) status.textContent = refusalText(play, result);
    return result.ok;
  };
  const names = waiting.map((id) => delegationName(content, id, locale));
  const lessonParts = lessonControls(play, async (action) => {
    const ok = await send(action);
    if (ok) again();
    return ok;
  });
  return el('section', null, { class: 'panel console', 'aria-labelledby': 'waiting-title' }, [
    el('h2', t('ui.classroom.console'), { id: 'waiting-title' }),
    lessonParts.clock,
    lessonParts.paused,
    waiting.length === 0 ? null : el('p', t('ui.classroom.waitingFor', { list: listText(locale, names) })),
    status,
    el(
      'ul',
      null,
      { class: 'seat-list' },
      waiting.map((id, i) => {
        const name = names[i] ?? id;
        return el('li', null, { class: 'actions-row' }, [
          button(t('ui.classroom.seatTurn', { delegation: name }), () => openSeatTurn(play, id, send, again), {
            class: 'primary',
          }),
          // The new view redraws the plenary (plenary.ts watches it).
          button(
            t('ui.classroom.handToAi', { delegation: name }),
            () => void send({ type: 'hand', delegation: id, to: 'ai' }),
          ),
        ]);
      }),
    ),
    view.phase === 'plenary' ? lessonParts.news : null,
  ]);
}
