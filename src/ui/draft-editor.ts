import type { Action, RoundView } from '../client';
import { mediatorView, type Play } from '../game/play';
import { clockWords } from './words';
import { clauseTitle, wordingShort, wordingText } from '../i18n/content';
import { el, select } from './dom';
import { objectionsNote } from './objections-note';

export interface DraftEditor {
  readonly root: HTMLElement;
  readonly first: HTMLSelectElement;
  refresh(view: RoundView): void;
  /** Shows the wording picked up at the table in the editor's fields. */
  choose(clause: string, strength: number): void;
}

/** The draft clause by clause, an editor for one clause's wording, and a diff between any two versions. */
export function draftEditor(play: Play, send: (action: Action) => unknown): DraftEditor {
  const { t, locale } = play.shell;
  const { content } = play;
  const ids = content.agenda.ids;
  const clause = select(
    t('ui.draft.clause'),
    'edit-clause',
    ids.map((c) => ({ value: c, text: clauseTitle(content, c, locale) })),
  );
  const wording = select(t('ui.draft.wording'), 'edit-wording', []);
  const hint = el('p', null, { class: 'hint wording-text', id: 'edit-wording-text' });
  // Before an edit, who would object to it and how strongly (the view's objections, from the goals the mediator knows).
  const warning = objectionsNote({ t, content, locale }, 'edit-objections');
  wording.select.setAttribute('aria-describedby', 'edit-wording-text edit-objections');
  let latest = mediatorView(play);
  let draft: readonly number[] = latest.draft;
  const fill = (): void => {
    const at = Math.max(0, ids.indexOf(clause.select.value));
    const max = content.agenda.max[at] ?? 0;
    const keep = wording.select.value;
    wording.select.replaceChildren(
      ...Array.from({ length: max + 1 }, (_, s) =>
        el('option', wordingShort(content, clause.select.value, s, locale, t), { value: String(s) }),
      ),
    );
    wording.select.value = keep !== '' && Number(keep) <= max ? keep : String(draft[at] ?? 0);
    const s = Number(wording.select.value);
    const current = wordingShort(content, clause.select.value, draft[at] ?? 0, locale, t);
    const chosen = s === 0 ? '' : (wordingText(content, clause.select.value, s, locale) ?? '');
    hint.textContent = `${t('ui.draft.current', { wording: current })}. ${chosen}`;
    warning.show(latest, clause.select.value, s);
  };
  clause.select.addEventListener('change', () => {
    wording.select.value = '';
    fill();
  });
  wording.select.addEventListener('change', fill);
  const apply = el(
    'button',
    null,
    {
      type: 'button',
      class: 'move',
      'aria-keyshortcuts': 'E',
      'aria-describedby': 'edit-objections',
    },
    [
      el('span', t('ui.draft.apply')),
      el('span', ` · ${t('ui.actions.cost', { minutes: content.actionMinutes.edit })}`, { class: 'cost' }),
    ],
  );
  apply.addEventListener('click', () =>
    send({ type: 'edit', clause: clause.select.value, strength: Number(wording.select.value) }),
  );
  const list = el('ol', null, { class: 'draft-list', 'aria-label': t('ui.table.draft') });
  const from = select(t('ui.draft.from'), 'diff-from', []);
  const to = select(t('ui.draft.to'), 'diff-to', []);
  const diff = el('ul', null, { class: 'diff', 'aria-live': 'off' });
  let versions: RoundView['versions'] = [];
  const showDiff = (): void => {
    const a = versions[Number(from.select.value)]?.draft ?? [];
    const b = versions[Number(to.select.value)]?.draft ?? [];
    const rows = ids.flatMap((c, at) => {
      const was = a[at] ?? 0;
      const now = b[at] ?? 0;
      if (was === now) return [];
      return [
        el('li', null, {}, [
          el('strong', `${clauseTitle(content, c, locale)}: `),
          el('del', t('ui.draft.was', { wording: wordingShort(content, c, was, locale, t) })),
          el('span', ` ${t('ui.draft.arrow')} `),
          el('ins', t('ui.draft.now', { wording: wordingShort(content, c, now, locale, t) })),
        ]),
      ];
    });
    diff.replaceChildren(...(rows.length === 0 ? [el('li', t('ui.draft.noDiff'))] : rows));
  };
  from.select.addEventListener('change', showDiff);
  to.select.addEventListener('change', showDiff);
  const root = el('section', null, { class: 'panel draft', 'aria-labelledby': 'draft-title', id: 'draft-panel' }, [
    el('h2', t('ui.draft.heading'), { id: 'draft-title' }),
    list,
    el('div', null, { class: 'fields' }, [clause.wrap, wording.wrap]),
    hint,
    warning.root,
    el('div', null, { class: 'buttons' }, [apply]),
    el('h3', t('ui.draft.versions')),
    el('div', null, { class: 'fields' }, [from.wrap, to.wrap]),
    diff,
  ]);
  return {
    root,
    first: clause.select,
    choose(c, strength) {
      clause.select.value = c;
      wording.select.value = '';
      fill();
      wording.select.value = String(strength);
      fill();
    },
    refresh(view) {
      latest = view;
      draft = view.draft;
      list.replaceChildren(
        ...ids.map((c, at) =>
          el('li', null, {}, [
            el('strong', `${clauseTitle(content, c, locale)}: `),
            el('span', wordingShort(content, c, view.draft[at] ?? 0, locale, t), {
              class: (view.draft[at] ?? 0) === 0 ? 'absent' : '',
            }),
          ]),
        ),
      );
      fill();
      const grew = view.versions.length !== versions.length;
      versions = view.versions;
      const options = versions.map((v, n) =>
        el('option', t('ui.draft.version', { n: n + 1, time: clockWords(t, v.minute, view.limit).clock }), {
          value: String(n),
        }),
      );
      const [fa, fb] = [from.select.value, to.select.value];
      from.select.replaceChildren(...options.map((o) => o.cloneNode(true)));
      to.select.replaceChildren(...options);
      from.select.value = grew || fa === '' ? String(Math.max(0, versions.length - 2)) : fa;
      to.select.value = grew || fb === '' ? String(versions.length - 1) : fb;
      showDiff();
    },
  };
}
