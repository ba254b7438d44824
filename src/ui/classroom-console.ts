import type { Action, RoundView } from '../client';
import { namesOf } from '../game/lesson';
import type { Play } from '../game/play';
import { cardText, delegationName } from '../i18n/content';
import { listText } from '../i18n/format';
import { actionWords } from './action-words';
import { lessonControls } from './classroom-clock';
import { openSeatTurn } from './classroom-seat';
import { button, el, select } from './dom';

const MOOD_ICON = { cooperative: '✓', wary: '–', obstructive: '✕' } as const;
const EXTENDS = [15, 30, 60, 120] as const;

export interface Console {
  readonly root: HTMLElement;
  /** Draws the teacher's view: every seat, what it owes, the deck and the record to fork from. */
  refresh(view: RoundView): void;
}

/** The teacher's console beside the table: the seats at a glance, the lesson clock and the steering moves. */
export function classroomConsole(play: Play, send: (action: Action) => Promise<boolean>): Console {
  const { t, locale } = play.shell;
  const { content } = play;
  const lesson = play.lesson;
  let phase: RoundView['phase'] = 'briefing';
  const lessonParts = lessonControls(play, send);
  const tick = lessonParts.tick;
  const seats = el('ul', null, { class: 'seat-lines', 'aria-labelledby': 'seats-caption' });
  const cards = select(t('ui.classroom.injectCard'), 'card', []);
  const injectButton = button(t('ui.classroom.inject'), () => void send({ type: 'inject', card: cards.select.value }));
  const extendBy = select(
    t('ui.classroom.extendBy'),
    'extend',
    EXTENDS.map((m) => ({ value: String(m), text: t('ui.classroom.minutesN', { count: m }) })),
    '30',
  );
  // The plenary asks first wherever it is called from (table-guard.ts): what is unsettled, who may refuse.
  const force = async (): Promise<void> => {
    if (phase === 'opening' && !(await send({ type: 'proceed' }))) return;
    await send({ type: 'plenary' });
  };
  const forkAt = select(t('ui.classroom.forkFrom'), 'fork', []);
  const network = play.network;
  const root = el('section', null, { class: 'panel console', 'aria-labelledby': 'console-title' }, [
    el('h2', t('ui.classroom.console'), { id: 'console-title' }),
    network === null
      ? null
      : el('div', null, { class: 'console-row' }, [
          el('p', t('ui.network.consoleCode', { code: network.code }), { class: 'meta' }),
          button(t('ui.network.roomButton'), () => play.nav.room()),
        ]),
    lessonParts.clock,
    lessonParts.paused,
    el('h3', t('ui.classroom.seatsCaption'), { id: 'seats-caption' }),
    seats,
    el('div', null, { class: 'console-row' }, [cards.wrap, injectButton]),
    lessonParts.news,
    el('div', null, { class: 'console-row' }, [
      extendBy.wrap,
      button(t('ui.classroom.extend'), () => void send({ type: 'extend', minutes: Number(extendBy.select.value) })),
    ]),
    el('div', null, { class: 'console-row' }, [
      forkAt.wrap,
      button(t('ui.classroom.fork'), () => play.nav.fork(Number(forkAt.select.value))),
    ]),
    el('div', null, { class: 'buttons end' }, [
      button(t('ui.classroom.forcePlenary'), () => void force(), { class: 'primary' }),
    ]),
  ]);
  const refresh = (view: RoundView): void => {
    phase = view.phase;
    tick();
    seats.replaceChildren(
      ...view.delegations.map((d) => {
        const name = delegationName(content, d.id, locale);
        const names = namesOf(lesson, d.id);
        const devices = network?.devices().filter((x) => x.seat === `delegation:${d.id}`) ?? [];
        const away = devices.filter((x) => !x.connected).length;
        const questions = view.questions.filter((q) => q.delegation === d.id).length;
        const pending = [
          questions > 0 ? t('ui.classroom.questions', { count: questions }) : null,
          d.decision === 'awaitingHuman' ? t('ui.classroom.awaitingDecision') : null,
        ].filter((x) => x !== null);
        const human = d.controller === 'human';
        const present = d.attendance === 'seated';
        const facts = [
          t(`ui.attendance.${d.attendance}`),
          present ? t(`ui.mood.${d.mood}`) : null,
          t('ui.classroom.trustN', { trust: d.trust }),
        ].filter((x) => x !== null);
        return el('li', null, { class: `seat-line${pending.length > 0 ? ' pending' : ''}${human ? ' human' : ''}` }, [
          el('p', null, { class: 'seat-name' }, [
            el('strong', name),
            names === '' ? null : el('span', ` (${names})`, { class: 'meta' }),
            el('span', ` · ${t(human ? 'ui.classroom.human' : 'ui.classroom.ai')}`, { class: 'meta' }),
            network === null || !human
              ? null
              : el(
                  'span',
                  ` · ${t('ui.network.devicesN', { count: devices.length })}${away > 0 ? ` (${t('ui.network.droppedN', { count: away })})` : ''}`,
                  { class: 'meta' },
                ),
          ]),
          el('p', null, { class: `seat-facts mood-${d.mood}` }, [
            el('span', present ? MOOD_ICON[d.mood] : '∅', { class: 'mood-icon', 'aria-hidden': 'true' }),
            el('span', ` ${facts.join(' · ')}`),
          ]),
          pending.length === 0
            ? null
            : el('p', t('ui.classroom.waiting', { list: listText(locale, pending) }), { class: 'seat-pending' }),
          el('div', null, { class: 'seat-buttons' }, [
            human
              ? button(t('ui.classroom.seatTurn', { delegation: name }), () => openSeatTurn(play, d.id, send), {
                  class: pending.length > 0 ? 'primary' : '',
                })
              : null,
            button(
              t(human ? 'ui.classroom.handToAi' : 'ui.classroom.handToStudents', { delegation: name }),
              () => void send({ type: 'hand', delegation: d.id, to: human ? 'ai' : 'human' }),
            ),
          ]),
        ]);
      }),
    );
    const deck = view.deck ?? [];
    const keep = cards.select.value;
    cards.select.replaceChildren(
      ...(deck.length === 0
        ? [el('option', t('ui.classroom.deckEmpty'), { value: '' })]
        : deck.map((c) => el('option', cardText(content, c, locale), { value: c }))),
    );
    if (deck.includes(keep)) cards.select.value = keep;
    injectButton.disabled = deck.length === 0;
    const actions = view.record?.actions ?? [];
    forkAt.select.replaceChildren(
      el('option', t('ui.classroom.forkStart'), { value: '0' }),
      ...actions.map((a, i) =>
        el('option', `${i + 1}. ${actionWords(a, content, t, locale)}`, { value: String(i + 1) }),
      ),
    );
    forkAt.select.value = String(Math.max(0, actions.length - 1));
  };
  return { root, refresh };
}
