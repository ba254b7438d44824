import type { TFunction } from 'i18next';
import type { RoundView, ScenarioContent } from '../client';
import { delegationName } from '../i18n/content';
import type { SeatChange } from '../scenes/snapshot';
import { button, el } from './dom';
import { clockLevel } from './table-moves';

export interface MoveResult {
  readonly root: HTMLElement;
  /** What a move did: its lines in the log and what changed at each seat. */
  show(lines: readonly string[], changes: readonly SeatChange[]): void;
  /** A refusal or a note (storage full): said as it is, marked as a problem when `refused`. */
  note(text: string, refused: boolean): void;
  /** Says the clock's warning when the talks reach the last two hours, then the last move. */
  clock(view: RoundView): void;
}

const LEVELS = ['normal', 'late', 'last', 'over'] as const;

/**
 * The result of the last move, where the player is looking: at the top of the panel beside the table, and on a
 * phone fixed at the bottom of the screen, whatever has scrolled. A live region: screen readers read it out.
 * The clock's warnings are said here too, once each, and stay beside the clock.
 */
export function moveResult(t: TFunction, content: ScenarioContent, locale: string, clockNote: HTMLElement): MoveResult {
  const text = el('div', null, { class: 'move-result-text' });
  const root = el('section', null, {
    class: 'move-result',
    id: 'move-status',
    role: 'status',
    'aria-live': 'polite',
    'aria-atomic': 'true',
    'aria-label': t('ui.result.label'),
    hidden: true,
  });
  const dismiss = button('×', () => (root.hidden = true), { class: 'dismiss', 'aria-label': t('ui.result.dismiss') });
  root.append(text, dismiss);
  let level: (typeof LEVELS)[number] | null = null;
  let warning = '';
  const put = (paragraphs: readonly string[], refused: boolean): void => {
    const all = warning === '' ? paragraphs : [...paragraphs, warning];
    warning = '';
    text.replaceChildren(...all.map((p) => el('p', p)));
    root.classList.toggle('refused', refused);
    root.hidden = all.length === 0;
  };
  return {
    root,
    show(lines, changes) {
      const bySeat = new Map<string, string[]>();
      for (const c of changes) bySeat.set(c.seat, [...(bySeat.get(c.seat) ?? []), c.text]);
      const changed = [...bySeat].map(([seat, what]) =>
        t('ui.result.changed', {
          delegation: delegationName(content, seat as Parameters<typeof delegationName>[1], locale),
          what: what.join(', '),
        }),
      );
      put([...lines, ...changed], false);
    },
    note(words, refused) {
      put(words === '' ? [] : [words], refused);
    },
    clock(view) {
      const now = view.phase === 'consultations' ? clockLevel(content, view) : 'normal';
      const rank = LEVELS.indexOf(now);
      clockNote.textContent = now === 'normal' ? '' : t(`ui.clockWarning.${now}`);
      clockNote.hidden = now === 'normal';
      // The first view sets the level without saying it (a round loaded late); later rises are said once.
      if (level !== null && rank > LEVELS.indexOf(level)) warning = t(`ui.clockWarning.${now}`);
      level = now;
    },
  };
}
