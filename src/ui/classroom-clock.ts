import type { Action } from '../client';
import { clockText, isPaused, pause, resume, usedMs } from '../game/lesson';
import type { Play } from '../game/play';
import { button, el } from './dom';

/**
 * The part of the teacher's console that stays whole from the talks to the plenary: the lesson clock with
 * its pause, and typed news to the table.
 */
export function lessonControls(
  play: Play,
  send: (action: Action) => Promise<boolean>,
): { readonly clock: HTMLElement; readonly paused: HTMLElement; readonly news: HTMLElement; tick(): void } {
  const { t } = play.shell;
  const lesson = play.lesson;
  const clock = el('p', null, { class: 'lesson-clock', role: 'timer', 'aria-live': 'off' });
  const pausedNote = el('p', t('ui.classroom.paused'), { class: 'paused-note', role: 'status' });
  const pauseButton = button(t('ui.classroom.pause'), () => {
    if (lesson === null) return;
    if (isPaused(lesson)) resume(lesson);
    else pause(lesson);
    tick();
  });
  const tick = (): void => {
    if (lesson === null) return;
    const used = usedMs(lesson);
    const lessonClock = t('ui.classroom.lessonClock', { used: clockText(used), limit: clockText(lesson.limitMs) });
    clock.textContent = `${lessonClock}${used >= lesson.limitMs ? ` — ${t('ui.classroom.lessonUp')}` : ''}`;
    clock.classList.toggle('over', used >= lesson.limitMs);
    const paused = isPaused(lesson);
    pauseButton.textContent = t(paused ? 'ui.classroom.resume' : 'ui.classroom.pause');
    pauseButton.setAttribute('aria-pressed', String(paused));
    pausedNote.hidden = !paused;
  };
  const row = el('div', null, { class: 'console-clock' }, [clock, pauseButton]);
  const timer = window.setInterval(() => (clock.isConnected ? tick() : window.clearInterval(timer)), 1000);
  const news = el('input', null, { type: 'text', name: 'news', maxlength: '280', autocomplete: 'off' });
  const newsForm = el('form', null, { class: 'inline-form' }, [
    el('label', null, { class: 'field' }, [el('span', t('ui.classroom.newsText')), news]),
    el('button', t('ui.classroom.sendNews'), { type: 'submit' }),
  ]);
  newsForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = news.value.trim();
    if (text !== '') void send({ type: 'news', text }).then((ok) => ok && (news.value = ''));
  });
  tick();
  return { clock: row, paused: pausedNote, news: newsForm, tick };
}
