import type { Action } from '../engine/actions';
import { VERDICTS, type DelegationId } from '../engine/vocabulary';
import { namesOf } from '../game/lesson';
import type { Play } from '../game/play';
import { clauseTitle, delegationName, wordingShort } from '../i18n/content';
import { roleCardElement } from './classroom-card';
import { button, el } from './dom';

/**
 * A students' seat's turn, in a modal dialog so the projector shows nothing private until they reveal it:
 * pass the device → reveal → answer the oldest question, decide, walk out or speak → hide. Hiding empties
 * the dialog, so nothing of the seat stays in the page.
 */
export function openSeatTurn(play: Play, id: DelegationId, send: (action: Action) => boolean, after: () => void): void {
  const { t, locale } = play.shell;
  const { scenario, round } = play;
  const name = delegationName(scenario, id, locale);
  const names = namesOf(play.lesson, id);
  const dialog = el('dialog', null, { class: 'seat-turn', 'aria-labelledby': 'seat-turn-title' });
  const status = el('p', null, { role: 'status', class: 'status' });
  const close = (): void => {
    dialog.replaceChildren();
    dialog.close();
    dialog.remove();
    after();
  };
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    close();
  });
  const act = (action: Action): void => {
    if (!send(action)) return;
    status.textContent = t('ui.classroom.done');
    // A decision ends the seat's turn: the table shows it to everyone.
    if (round.phase() === 'outcome' || action.type === 'decide') close();
    else turn();
  };
  const gate = (): void => {
    dialog.replaceChildren(
      el(
        'h2',
        t('ui.classroom.passTo', {
          delegation: name,
          names: names === '' ? '' : t('ui.classroom.namesSuffix', { names }),
        }),
        { id: 'seat-turn-title' },
      ),
      el('p', t('ui.classroom.turnIntro', { delegation: name })),
      el('div', null, { class: 'actions-row' }, [
        button(t('ui.classroom.reveal', { delegation: name }), turn, { class: 'primary' }),
        button(t('ui.classroom.turnCancel'), close),
      ]),
    );
  };
  const turn = (): void => {
    const data = round.data();
    const disc = round.discrete()[id];
    const question = data.questions.find((q) => q.delegation === id);
    const parts: HTMLElement[] = [
      el('h2', t('ui.classroom.turnHeading', { delegation: name }), { id: 'seat-turn-title', tabindex: '-1' }),
      status,
    ];
    if (question !== undefined) {
      const at = scenario.agenda.index.get(question.clause) ?? 0;
      const max = scenario.agenda.max[at] ?? 0;
      const amend = el('select', null, { name: 'amend', 'aria-label': t('ui.classroom.amendTo') });
      for (let s = 1; s <= max; s += 1)
        if (s !== question.strength)
          amend.append(el('option', wordingShort(scenario, question.clause, s, locale, t), { value: String(s) }));
      parts.push(
        el(
          'p',
          t('ui.classroom.question', {
            wording: wordingShort(scenario, question.clause, question.strength, locale, t),
            clause: clauseTitle(scenario, question.clause, locale),
          }),
          { class: 'question' },
        ),
        el('div', null, { class: 'actions-row' }, [
          button(t('ui.classroom.accept'), () => act({ type: 'answer', delegation: id, reply: 'accept' })),
          button(t('ui.classroom.reject'), () => act({ type: 'answer', delegation: id, reply: 'reject' })),
          el('label', null, { class: 'field inline' }, [el('span', t('ui.classroom.amendTo')), amend]),
          button(
            t('ui.classroom.amend'),
            () => act({ type: 'answer', delegation: id, reply: 'amend', strength: Number(amend.value) }),
            { disabled: amend.options.length === 0 },
          ),
        ]),
      );
    } else if (round.phase() === 'consultations') parts.push(el('p', t('ui.classroom.noQuestions'), { class: 'hint' }));
    if (disc?.decision === 'awaitingHuman') {
      parts.push(
        el('h3', t('ui.classroom.decisionHeading')),
        el(
          'div',
          null,
          { class: 'actions-row' },
          VERDICTS.map((v) =>
            button(t(`ui.classroom.${v}`), () => act({ type: 'decide', delegation: id, decision: v })),
          ),
        ),
      );
    }
    const line = el('input', null, { type: 'text', name: 'statement', maxlength: '280', autocomplete: 'off' });
    const sayForm = el('form', null, { class: 'say-form' }, [
      el('label', null, { class: 'field' }, [el('span', t('ui.classroom.statement')), line]),
      el('button', t('ui.classroom.say'), { type: 'submit' }),
    ]);
    sayForm.addEventListener('submit', (e) => {
      e.preventDefault();
      if (line.value.trim() !== '') act({ type: 'say', delegation: id, text: line.value.trim() });
    });
    const seated = disc?.attendance === 'seated';
    parts.push(
      sayForm,
      el('div', null, { class: 'actions-row' }, [
        seated && disc?.decision !== 'awaitingHuman' && round.phase() === 'consultations'
          ? button(t('ui.classroom.walkOut'), () => act({ type: 'decide', delegation: id, decision: 'walkOut' }), {
              class: 'danger',
            })
          : null,
        button(t('ui.classroom.hideBack'), close, { class: 'primary' }),
      ]),
      el('details', null, { class: 'own-card' }, [
        el('summary', t('ui.classroom.yourCard')),
        roleCardElement(play, id, 3),
      ]),
    );
    dialog.replaceChildren(...parts);
    parts[0]?.focus();
  };
  gate();
  document.querySelector('.screen')?.append(dialog);
  dialog.showModal();
}
