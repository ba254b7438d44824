import type { Action, DelegationId, RoundView } from '../client';
import type { Play } from '../game/play';
import { clauseTitle, delegationName, wordingShort, wordingText } from '../i18n/content';
import { el, select } from './dom';
import { recallNote } from './recall-note';

export type MoveKind = 'consult' | 'sound' | 'shuttle' | 'assure' | 'caucus' | 'recall' | 'plenary';

export interface Controls {
  readonly root: HTMLElement;
  readonly buttons: Readonly<Record<MoveKind, HTMLButtonElement>>;
  readonly who: HTMLSelectElement;
  readonly other: HTMLSelectElement;
  refresh(view: RoundView): void;
  /** The move of this kind with the form's choices: the panel's buttons, the keys and the table all make it so. */
  action(kind: MoveKind): Action;
  /** The wording chosen in the form (the one the table shows in hand). */
  hand(): { clause: string; strength: number };
  /** Takes up a wording picked at the table (strength 0, "not in the text", is for the draft only). */
  setHand(clause: string, strength: number): void;
  /** Says what would bring this delegation back, after a walk-out (the note Recall's button points to). */
  recall(id: DelegationId): void;
}

/**
 * The mediator's moves as a form: who, with whom, which clause and wording, then one button per move. A button
 * hands its kind to `perform`, which asks first where a move would end the talks.
 */
export function movesForm(
  play: Play,
  perform: (kind: MoveKind) => unknown,
  onWho: (id: DelegationId) => void,
  onHand: () => void,
): Controls {
  const { t, locale } = play.shell;
  const { content } = play;
  const ids = content.delegations;
  const option = (id: DelegationId) => ({ value: id, text: delegationName(content, id, locale) });
  const who = select(t('ui.actions.who'), 'who', ids.map(option), play.selected);
  const other = select(
    t('ui.actions.with'),
    'with',
    ids.map(option),
    ids.find((d) => d !== play.selected),
  );
  const clause = select(
    t('ui.actions.clause'),
    'clause',
    content.agenda.ids.map((c) => ({ value: c, text: clauseTitle(content, c, locale) })),
  );
  const wording = select(t('ui.actions.wording'), 'wording', []);
  const wordingHint = el('p', null, { class: 'hint wording-text', id: 'move-wording-text' });
  wording.select.setAttribute('aria-describedby', 'move-wording-text');
  const fillWordings = (): void => {
    const at = Math.max(0, content.agenda.ids.indexOf(clause.select.value));
    const max = content.agenda.max[at] ?? 0;
    const keep = wording.select.value;
    wording.select.replaceChildren(
      ...Array.from({ length: max }, (_, i) =>
        el('option', wordingShort(content, clause.select.value, i + 1, locale, t), { value: String(i + 1) }),
      ),
    );
    if (Number(keep) >= 1 && Number(keep) <= max) wording.select.value = keep;
    wordingHint.textContent = wordingText(content, clause.select.value, Number(wording.select.value), locale) ?? '';
  };
  clause.select.addEventListener('change', () => {
    fillWordings();
    onHand();
  });
  wording.select.addEventListener('change', () => {
    fillWordings();
    onHand();
  });
  fillWordings();
  // After a walk-out, Recall says what would bring the delegation back.
  const recallHint = recallNote({ t, content, locale }, 'recall-note');
  let latest: RoundView | null = null;
  who.select.addEventListener('change', () => {
    if (latest !== null) recallHint.show(latest, who.select.value as DelegationId);
    onWho(who.select.value as DelegationId);
  });
  const d = (): DelegationId => who.select.value as DelegationId;
  const w = () => ({ clause: clause.select.value, strength: Number(wording.select.value) });
  const make: Record<MoveKind, () => Action> = {
    consult: () => ({ type: 'consult', delegation: d() }),
    sound: () => ({ type: 'sound', delegation: d(), ...w() }),
    shuttle: () => ({ type: 'shuttle', from: d(), to: other.select.value as DelegationId, ...w() }),
    assure: () => ({ type: 'assure', delegation: d(), ...w() }),
    caucus: () => ({ type: 'caucus' }),
    recall: () => ({ type: 'recall', delegation: d() }),
    plenary: () => ({ type: 'plenary' }),
  };
  const keys: Record<MoveKind, string> = {
    consult: 'C',
    sound: 'S',
    shuttle: 'T',
    assure: 'A',
    caucus: 'G',
    recall: 'R',
    plenary: 'P',
  };
  const buttons = {} as Record<MoveKind, HTMLButtonElement>;
  for (const kind of Object.keys(make) as MoveKind[]) {
    const minutes = content.actionMinutes[kind];
    const b = el('button', null, { type: 'button', class: `move move-${kind}`, 'aria-keyshortcuts': keys[kind] }, [
      el('span', t(`ui.actions.${kind}`)),
      minutes > 0 ? el('span', ` · ${t('ui.actions.cost', { minutes })}`, { class: 'cost' }) : null,
    ]);
    b.addEventListener('click', () => perform(kind));
    if (kind === 'recall') b.setAttribute('aria-describedby', 'recall-note');
    buttons[kind] = b;
  }
  const root = el('section', null, { class: 'panel moves', 'aria-labelledby': 'moves-title' }, [
    el('h2', t('ui.actions.heading'), { id: 'moves-title' }),
    el('div', null, { class: 'fields' }, [who.wrap, clause.wrap, wording.wrap, other.wrap]),
    wordingHint,
    el('div', null, { class: 'buttons' }, [
      buttons.consult,
      buttons.sound,
      buttons.assure,
      buttons.shuttle,
      buttons.recall,
      buttons.caucus,
    ]),
    recallHint.root,
    el('div', null, { class: 'buttons end' }, [buttons.plenary]),
  ]);
  return {
    root,
    buttons,
    who: who.select,
    other: other.select,
    action: (kind) => make[kind](),
    hand: w,
    setHand(c, strength) {
      clause.select.value = c;
      fillWordings();
      if (strength >= 1) wording.select.value = String(strength);
      fillWordings();
    },
    recall(id) {
      if (latest !== null) recallHint.show(latest, id);
    },
    refresh(view) {
      latest = view;
      recallHint.show(view, who.select.value as DelegationId);
      for (const opt of [...who.select.options, ...other.select.options]) {
        const dv = view.delegations.find((x) => x.id === opt.value);
        // Only an absence is noted, so the names fit the field.
        if (dv !== undefined)
          opt.textContent =
            dv.attendance === 'seated'
              ? delegationName(content, dv.id, locale)
              : `${delegationName(content, dv.id, locale)} — ${t(`ui.attendance.${dv.attendance}`)}`;
      }
    },
  };
}
