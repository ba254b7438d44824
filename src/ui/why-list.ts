import type { DelegationView, Reason } from '../client';
import { tagsText } from '../i18n/format';
import { el } from './dom';
import { becauseText, decisive, isRedLine, namer, reasonText, signed, type GoalNamer, type Words } from './why-words';

/**
 * One reason as a list item, the same on every screen: its headline (goal — state), the guard's reading
 * of the text, and whether it is a red line that stops a signature; with its worth where the screen
 * adds worths up.
 */
export function reasonItem(w: Words, name: GoalNamer, r: Reason, worth: boolean): HTMLLIElement {
  if (!r.known)
    return el('li', null, { class: 'reason untold' }, [el('span', reasonText(w, name, r), { class: 'head' })]);
  const because = becauseText(w, r.because);
  const tags = [isRedLine(r) ? w.t('ui.dossier.redLine') : null, r.blocks ? w.t('why.blocks') : null].filter(
    (x) => x !== null,
  );
  return el('li', null, { class: `reason${r.blocks ? ' blocks' : ''}` }, [
    worth ? el('strong', `${signed(r.worth, w.locale)} `, { class: 'worth' }) : null,
    el('span', reasonText(w, name, r), { class: 'head' }),
    because === '' ? null : el('span', ` (${because})`, { class: 'because' }),
    tags.length === 0 ? null : el('span', ` · ${tagsText(w.locale, tags)}`, { class: 'tags' }),
  ]);
}

/** Every reason the view gives for a delegation, with worths: the dossier's and the debrief's breakdown. */
export function whyList(w: Words, d: DelegationView): HTMLUListElement {
  return el(
    'ul',
    null,
    { class: 'why' },
    d.why.reasons.map((r) => reasonItem(w, namer(w, d), r, true)),
  );
}

/** The reasons for a refusal or a walk-out: the plenary's and the debrief's, as the caucus and dossier name them. */
export function decisiveList(w: Words, d: DelegationView): HTMLUListElement {
  const reasons = decisive(d.why);
  return el(
    'ul',
    null,
    { class: 'why decisive' },
    reasons.length === 0
      ? [el('li', w.t(d.controller === 'human' ? 'why.students' : 'why.nothingKnown'), { class: 'reason untold' })]
      : reasons.map((r) => reasonItem(w, namer(w, d), r, false)),
  );
}
