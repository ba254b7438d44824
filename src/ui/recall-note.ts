import type { DelegationId, RoundView } from '../client';
import { el } from './dom';
import { recallText, type Words } from './why-words';

export interface RecallNote {
  readonly root: HTMLElement;
  show(view: RoundView, who: DelegationId): void;
}

/**
 * Beside Recall, for a delegation that walked out (issue 13): what would bring it back, from the view's
 * `why` (its known goals that hold its signature back, or a reason it has not told you), or that nothing
 * known in the draft keeps it away.
 */
export function recallNote(w: Words, id: string): RecallNote {
  const root = el('p', null, { class: 'recall-note', id, hidden: true });
  return {
    root,
    show(view, who) {
      const d = view.delegations.find((x) => x.id === who);
      root.hidden = d?.attendance !== 'walkedOut';
      root.textContent = d === undefined || root.hidden ? '' : recallText(w, d);
    },
  };
}
