import { VERDICTS, type Action, type DelegationId, type RoundView } from '../client';
import { namesOf } from '../game/lesson';
import type { Play } from '../game/play';
import { clauseTitle, delegationName, wordingShort } from '../i18n/content';
import { roleCardSlot } from './classroom-card';
import { button, el } from './dom';

/**
 * A students' seat's turn, in a modal dialog so the projector shows nothing private until they reveal it:
 * pass the device → reveal → answer the oldest question, decide, walk out or speak → hide. While revealed it
 * draws from that seat's own view (its questions, its decision, its card), never the mediator's; hiding
 * empties the dialog and stops watching, so nothing of the seat stays in the page.
 */
export function openSeatTurn(
  play: Play,
  id: DelegationId,
  send: (action: Action) => Promise<boolean>,
  after: () => void = () => undefined,
): void {
  const { t, locale, client } = play.shell;
  const { content } = play;
  const name = delegationName(content, id, locale);
  const names = namesOf(play.lesson, id);
  const dialog = el('dialog', null, { class: 'seat-turn', 'aria-labelledby': 'seat-turn-title' });
  const status = el('p', null, { role: 'status', class: 'status' });
  let stop: (() => void) | null = null;
  const close = (): void => {
    stop?.();
    stop = null;
    dialog.replaceChildren();
    dialog.close();
    dialog.remove();
    after();
  };
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    close();
  });
  const act = async (action: Action): Promise<void> => {
    if (!(await send(action))) return;
    status.textContent = t('ui.classroom.done');
    // A decision ends the seat's turn: the table shows it to everyone.
    if (action.type === 'decide' || client.view({ delegation: id })?.phase === 'outcome') close();
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
        button(t('ui.classroom.reveal', { delegation: name }), reveal, { class: 'primary' }),
        button(t('ui.classroom.turnCancel'), close),
      ]),
    );
  };
  const card = el('div');
  const reveal = (): void => {
    stop = client.watch({ delegation: id }, (view) => {
      if (!dialog.open) return;
      turn(view);
      // A redraw takes the pressed button away: focus goes back to the turn's heading, not to the page.
      if (!dialog.contains(document.activeElement)) dialog.querySelector<HTMLElement>('#seat-turn-title')?.focus();
    });
    roleCardSlot(play, id, 3, card);
  };
  const turn = (view: RoundView): void => {
    const parts: HTMLElement[] = [
      el('h2', t('ui.classroom.turnHeading', { delegation: name }), { id: 'seat-turn-title', tabindex: '-1' }),
      status,
      ...seatMoves(play, id, view, (action) => void act(action)),
      el('div', null, { class: 'actions-row' }, [button(t('ui.classroom.hideBack'), close, { class: 'primary' })]),
      el('details', null, { class: 'own-card' }, [el('summary', t('ui.classroom.yourCard')), card]),
    ];
    // Redrawn from each new view of the seat; the open card keeps its place.
    const wasOpen = dialog.querySelector('details.own-card')?.hasAttribute('open') === true;
    dialog.replaceChildren(...parts);
    if (wasOpen) dialog.querySelector('details.own-card')?.setAttribute('open', '');
  };
  gate();
  document.querySelector('.screen')?.append(dialog);
  dialog.showModal();
}

/**
 * What a students' seat can do now, from its own view: answer the oldest question put to it, give its
 * verdict when the plenary waits for it, speak, or walk out. The seat's turn on a shared device and a
 * student's own device (issue 15) both draw it.
 */
export function seatMoves(play: Play, id: DelegationId, view: RoundView, act: (action: Action) => void): HTMLElement[] {
  const { t, locale } = play.shell;
  const { content } = play;
  const own = view.delegations.find((d) => d.id === id);
  const question = view.questions.find((q) => q.delegation === id);
  const parts: HTMLElement[] = [];
  if (question !== undefined) {
    const at = content.agenda.ids.indexOf(question.clause);
    const max = content.agenda.max[at] ?? 0;
    const amend = el('select', null, { name: 'amend', 'aria-label': t('ui.classroom.amendTo') });
    for (let s = 1; s <= max; s += 1)
      if (s !== question.strength)
        amend.append(el('option', wordingShort(content, question.clause, s, locale, t), { value: String(s) }));
    parts.push(
      el(
        'p',
        t('ui.classroom.question', {
          wording: wordingShort(content, question.clause, question.strength, locale, t),
          clause: clauseTitle(content, question.clause, locale),
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
  } else if (view.phase === 'consultations') parts.push(el('p', t('ui.classroom.noQuestions'), { class: 'hint' }));
  if (own?.decision === 'awaitingHuman') {
    parts.push(
      el('h3', t('ui.classroom.decisionHeading')),
      el(
        'div',
        null,
        { class: 'actions-row' },
        VERDICTS.map((v) => button(t(`ui.classroom.${v}`), () => act({ type: 'decide', delegation: id, decision: v }))),
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
  parts.push(sayForm);
  if (own?.attendance === 'seated' && own.decision !== 'awaitingHuman' && view.phase === 'consultations')
    parts.push(
      el('div', null, { class: 'actions-row' }, [
        button(t('ui.classroom.walkOut'), () => act({ type: 'decide', delegation: id, decision: 'walkOut' }), {
          class: 'danger',
        }),
      ]),
    );
  return parts;
}
