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
  /**
   * Adds entries of `view`'s log (already filtered for its seat), the first being the log's `from`-th line;
   * `announce` also reads them out (where no other live region says them).
   */
  add(entries: readonly LogEntry[], view: RoundView, announce: boolean, from: number): void;
  /** Moves focus to the newest line's replay button (or the list). */
  focus(): void;
}

const TONE_MARK = { good: '▲', bad: '▼', neutral: '•' } as const;

/**
 * Every table event in a list you can scroll; each line's time is a button that shows the line in the table's
 * bubble again. One of those buttons is in the tab order at a time; the arrow keys move between them.
 */
export function logPanel(play: Play, onReplay?: (index: number, text: string) => void): LogPanel {
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
    el('p', onReplay === undefined ? '' : t('ui.log.replayHint'), { class: 'hint', hidden: onReplay === undefined }),
    list,
    live,
  ]);
  const buttons = (): HTMLButtonElement[] => [...list.querySelectorAll<HTMLButtonElement>('button.replay')];
  const rove = (to: HTMLButtonElement | undefined): void => {
    if (to === undefined) return;
    for (const b of buttons()) b.tabIndex = b === to ? 0 : -1;
    to.focus();
  };
  list.addEventListener('keydown', (e) => {
    const all = buttons();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = { ArrowUp: at - 1, ArrowDown: at + 1, Home: 0, End: all.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    rove(all[Math.max(0, Math.min(all.length - 1, next))]);
  });
  return {
    root,
    list,
    add(entries, view, announce, from) {
      const goals = goalTexts(play.content, view);
      const w: Words = { t, content: play.content, locale };
      const whys = entries.map((_, i) => whyOfLine(w, view, entries, i));
      const lines = entries.map((e) => translate(e.message, play.content, t, locale, goals));
      const texts = lines.map((line, i) => [line, whys[i] ?? ''].filter((x) => x !== '').join(' '));
      const last = buttons().at(-1);
      entries.forEach((e, i) => {
        // The dash stays outside the button: a button drops its trailing space, gluing the dash to the text.
        const time = clockWords(t, e.minute, view.limit).clock;
        const text = lines[i] ?? '';
        const why = whys[i] ?? '';
        const stamp =
          onReplay === undefined
            ? el('span', time, { class: 'meta' })
            : el('button', time, {
                type: 'button',
                class: 'replay meta',
                tabindex: '-1',
                'aria-label': t('ui.log.replay', { time: clockWords(t, e.minute, view.limit).clock }),
              });
        if (stamp instanceof HTMLButtonElement) stamp.addEventListener('click', () => onReplay?.(from + i, text));
        list.append(
          el('li', null, { class: `tone-${e.tone}` }, [
            el('span', `${TONE_MARK[e.tone]} `, { 'aria-hidden': 'true' }),
            stamp,
            el('span', ' — ', { class: 'meta' }),
            el('span', text),
            why === '' ? null : el('span', ` ${why}`, { class: 'why-line' }),
          ]),
        );
      });
      // The newest line's button is the one in the tab order, unless the player is moving through the list.
      const all = buttons();
      if (!list.contains(document.activeElement) && all.length > 0) {
        for (const b of all) b.tabIndex = -1;
        (all.at(-1) as HTMLButtonElement).tabIndex = 0;
      } else if (last !== undefined && last.tabIndex !== 0 && all.every((b) => b.tabIndex !== 0)) {
        (all.at(-1) as HTMLButtonElement).tabIndex = 0;
      }
      list.scrollTop = list.scrollHeight;
      if (announce && texts.length > 0) live.textContent = texts.slice(-3).join(' ');
    },
    focus() {
      const all = buttons();
      if (all.length === 0) list.focus();
      else rove(all.at(-1));
    },
  };
}
