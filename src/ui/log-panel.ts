import type { LogEntry } from '../engine/round/state';
import type { Play } from '../game/play';
import { clockWords } from '../game/words';
import { translate } from '../i18n/content';
import { el } from './dom';

export interface LogPanel {
  readonly root: HTMLElement;
  readonly list: HTMLElement;
  /** Adds entries to the log; `announce` also reads them out through the live region. */
  add(entries: readonly LogEntry[], limit: number, announce: boolean): void;
}

const TONE_MARK = { good: '▲', bad: '▼', neutral: '•' } as const;

/** Every table event in a list you can scroll, and the newest ones announced in an aria-live region. */
export function logPanel(play: Play): LogPanel {
  const { t, locale } = play.shell;
  const live = el('div', null, {
    class: 'visually-hidden',
    'aria-live': 'polite',
    'aria-atomic': 'true',
    role: 'status',
    'aria-label': t('ui.log.announce'),
  });
  const list = el('ol', null, { class: 'log', tabindex: '0', 'aria-label': t('ui.log.heading'), id: 'log-list' });
  const root = el('section', null, { class: 'panel log-panel', 'aria-labelledby': 'log-title' }, [
    el('h2', t('ui.log.heading'), { id: 'log-title' }),
    list,
    live,
  ]);
  return {
    root,
    list,
    add(entries, limit, announce) {
      const texts = entries.map((e) => translate(e.message, play.scenario, t, locale));
      entries.forEach((e, i) => {
        list.append(
          el('li', null, { class: `tone-${e.tone}` }, [
            el('span', `${TONE_MARK[e.tone]} `, { 'aria-hidden': 'true' }),
            el('span', `${clockWords(t, e.minute, limit).clock} — `, { class: 'meta' }),
            el('span', texts[i] ?? ''),
          ]),
        );
      });
      list.scrollTop = list.scrollHeight;
      if (announce && texts.length > 0) live.textContent = texts.slice(-3).join(' ');
    },
  };
}
