import type { RoundView } from '../client';
import { el } from './dom';
import { objectionLines, type Words } from './why-words';

export interface ObjectionsNote {
  readonly root: HTMLElement;
  /** Says who would object to putting `strength` of `clause` in the draft (nothing when it is what the draft says). */
  show(view: RoundView, clause: string, strength: number): void;
}

/**
 * The editor's warning before an edit (issue 13): from the view's `objections`, which read the goals the
 * mediator knows, who would walk out, could not sign or like the text less, the strongest first.
 */
export function objectionsNote(w: Words, id: string): ObjectionsNote {
  const root = el('div', null, { class: 'objections', id, 'aria-live': 'polite', hidden: true });
  return {
    root,
    show(view, clause, strength) {
      const at = w.content.agenda.ids.indexOf(clause);
      const list = view.objections[clause]?.[strength] ?? [];
      root.hidden = at < 0 || view.draft[at] === strength;
      const severe = list.some((o) => o.severity !== 'frowns');
      root.className = `objections${severe ? ' severe' : ''}`;
      if (root.hidden) return void root.replaceChildren();
      const lines = objectionLines(w, view.delegations, list);
      root.replaceChildren(
        ...(lines.length === 0
          ? [el('p', w.t('why.objection.none'))]
          : [
              el('p', `${severe ? '⚠ ' : ''}${w.t('why.objection.heading')}`),
              el(
                'ul',
                null,
                {},
                lines.map((line) => el('li', line.text, { class: line.severity })),
              ),
            ]),
      );
    },
  };
}
