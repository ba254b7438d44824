import type { LogEntry, RoundView } from '../client';
import type { Play } from '../game/play';
import { goalTexts, translate } from '../i18n/content';
import { el } from './dom';
import { clockWords } from './words';

export interface LogPanel {
  readonly root: HTMLElement;
  readonly list: HTMLElement;
  /** Adds entries of `view`'s log (already filtered for its seat); `announce` also reads them out. */
  add(entries: readonly LogEntry[], view: RoundView, announce: boolean): void;
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
    add(entries, view, announce) {
      const goals = goalTexts(play.content, view);
      const texts = entries.map((e) => translate(e.message, play.content, t, locale, goals));
      entries.forEach((e, i) => {
        list.append(
          el('li', null, { class: `tone-${e.tone}` }, [
            el('span', `${TONE_MARK[e.tone]} `, { 'aria-hidden': 'true' }),
            el('span', `${clockWords(t, e.minute, view.limit).clock} — `, { class: 'meta' }),
            el('span', texts[i] ?? ''),
          ]),
        );
      });
      list.scrollTop = list.scrollHeight;
      if (announce && texts.length > 0) live.textContent = texts.slice(-3).join(' ');
    },
  };
}
