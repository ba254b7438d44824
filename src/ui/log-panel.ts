import type { LogEntry, RoundView } from '../client';
import type { Play } from '../game/play';
import { goalTexts, translate } from '../i18n/content';
import { el } from './dom';
import { reasonsLine, type Words } from './why-words';
import { clockWords } from './words';

/**
 * Why a guarantor said in the caucus it cannot sign, or why a delegation walked out, from the view's `why`:
 * only while that still stands on the draft the line was said of (nothing was edited since), so an old line
 * is never given today's reasons.
 */
function whyOfLine(w: Words, view: RoundView, entries: readonly LogEntry[], at: number): string {
  const e = entries[at];
  const d = view.delegations.find((x) => x.id === e?.delegation);
  if (e === undefined || d === undefined) return '';
  const lastEdit = view.versions.at(-1)?.minute ?? 0;
  const stance = e.message.key === 'log.stance.refuses' && d.why.verdict === 'refuses' && e.minute >= lastEdit;
  const left =
    e.message.key === 'log.walkedOut' &&
    d.attendance === 'walkedOut' &&
    !entries.slice(at + 1).some((x) => x.message.key === 'log.walkedOut' && x.delegation === d.id);
  return stance || left ? w.t('why.caucus', { reasons: reasonsLine(w, d) }) : '';
}

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
      const w: Words = { t, content: play.content, locale };
      const whys = entries.map((_, i) => whyOfLine(w, view, entries, i));
      const texts = entries.map((e, i) =>
        [translate(e.message, play.content, t, locale, goals), whys[i]].filter((x) => x !== '').join(' '),
      );
      entries.forEach((e, i) => {
        const why = whys[i] ?? '';
        list.append(
          el('li', null, { class: `tone-${e.tone}` }, [
            el('span', `${TONE_MARK[e.tone]} `, { 'aria-hidden': 'true' }),
            el('span', `${clockWords(t, e.minute, view.limit).clock} — `, { class: 'meta' }),
            el('span', translate(e.message, play.content, t, locale, goals)),
            why === '' ? null : el('span', ` ${why}`, { class: 'why-line' }),
          ]),
        );
      });
      list.scrollTop = list.scrollHeight;
      if (announce && texts.length > 0) live.textContent = texts.slice(-3).join(' ');
    },
  };
}
