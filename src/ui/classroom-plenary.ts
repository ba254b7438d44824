import type { Action } from '../engine/actions';
import { act, blockedByPause, type Play } from '../game/play';
import { delegationName, translate } from '../i18n/content';
import { openSeatTurn } from './classroom-seat';
import { listText } from '../i18n/format';
import { button, el } from './dom';

/**
 * While the plenary waits for students' seats: a seat-turn button for each (its decision is private until
 * given) and the teacher's hand-over to the computer. Null when nobody is awaited.
 */
export function plenaryWaiting(play: Play, again: () => void): HTMLElement | null {
  const { t, locale } = play.shell;
  const { round, scenario } = play;
  const waiting = round.data().awaiting ?? [];
  if (round.phase() !== 'plenary' || waiting.length === 0) return null;
  const status = el('p', null, { role: 'status', class: 'status' });
  const send = (action: Action): boolean => {
    if (blockedByPause(play, action)) {
      status.textContent = t('ui.classroom.pausedRefused');
      return false;
    }
    const result = act(play, action, 'plenary');
    if (!result.ok)
      status.textContent = t('ui.actions.refused', { reason: translate(result.refusal, scenario, t, locale) });
    return result.ok;
  };
  const names = waiting.map((id) => delegationName(scenario, id, locale));
  return el('section', null, { class: 'panel console', 'aria-labelledby': 'waiting-title' }, [
    el('h2', t('ui.classroom.console'), { id: 'waiting-title' }),
    el('p', t('ui.classroom.waitingFor', { list: listText(locale, names) })),
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
          button(t('ui.classroom.handToAi', { delegation: name }), () => {
            if (send({ type: 'hand', delegation: id, to: 'ai' })) again();
          }),
        ]);
      }),
    ),
  ]);
}
