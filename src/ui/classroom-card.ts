import type { DelegationId, RoleCardView } from '../client';
import { namesOf } from '../game/lesson';
import type { Play } from '../game/play';
import { clauseTitle, delegationName, pick, wordingShort } from '../i18n/content';
import { numberText, tagsText } from '../i18n/format';
import { el } from './dom';
import { flagSvg } from './flag-svg';
import { flagOf, headOf } from './words';

/**
 * Asks the host for a seat's card (the teacher's or that seat's to see) and puts it in `slot` when it comes;
 * `shown` hears when it is there (the print view fits it to a page then).
 */
export function roleCardSlot(
  play: Play,
  id: DelegationId,
  level: 2 | 3,
  slot: HTMLElement,
  shown: () => void = () => undefined,
): void {
  slot.replaceChildren(el('p', play.shell.t('ui.classroom.cardLoading'), { class: 'hint' }));
  void play.shell.client.request('roleCard', { delegation: id }).then((reply) => {
    if (!slot.isConnected && slot.parentElement === null) return;
    slot.replaceChildren(
      reply.ok
        ? roleCardElement(play, reply.value, level)
        : el('p', play.shell.t(reply.refusal.key), { role: 'alert' }),
    );
    shown();
  });
}

/**
 * One seat's confidential brief: goals (secret ones marked), red lines, what it may trade and its points
 * table. Built only when that seat has asked to see it, and dropped from the page when it hides it.
 */
export function roleCardElement(play: Play, card: RoleCardView, level: 2 | 3 = 2): HTMLElement {
  const { t, locale } = play.shell;
  const { content } = play;
  const id = card.delegation;
  const name = delegationName(content, id, locale);
  const text = (goal: string): string => {
    const g = card.goals.find((x) => x.id === goal);
    return g === undefined ? goal : pick(g.text, locale);
  };
  const h = level === 2 ? 'h2' : 'h3';
  const sub = level === 2 ? 'h3' : 'h4';
  const goals = el(
    'ul',
    null,
    { class: 'goals' },
    card.goals.map((g) => {
      const tags = [
        t(`ui.kind.${g.kind}`),
        t(g.public ? 'ui.classroom.public' : 'ui.classroom.secret'),
        t(g.hard ? 'ui.classroom.redLine' : 'ui.classroom.tradable'),
        t('ui.classroom.weight', { weight: g.weight }),
      ];
      return el('li', null, { class: g.public ? 'goal' : 'goal secret', 'data-goal': g.id }, [
        el('span', text(g.id), { class: 'goal-text' }),
        el('span', ` (${tagsText(locale, tags)})`, { class: 'meta' }),
      ]);
    }),
  );
  const list = (ids: readonly string[]): HTMLElement =>
    ids.length === 0
      ? el('p', t('ui.classroom.none'))
      : el(
          'ul',
          null,
          {},
          ids.map((g) => el('li', text(g))),
        );
  const widest = Math.max(1, ...card.points.map((r) => r.points.length));
  const head = el('tr', null, {}, [
    el('th', t('ui.classroom.clause'), { scope: 'col' }),
    ...Array.from({ length: widest }, (_, s) =>
      el('th', s === 0 ? t('ui.classroom.notInText') : t('ui.classroom.wordingN', { n: s }), { scope: 'col' }),
    ),
  ]);
  const rows = card.points.map((r) =>
    el('tr', null, {}, [
      el('th', clauseTitle(content, r.clause, locale), { scope: 'row' }),
      ...Array.from({ length: widest }, (_, s) => {
        const p = r.points[s];
        return el(
          'td',
          p === undefined
            ? ''
            : s === 0
              ? numberText(locale, p)
              : `${wordingShort(content, r.clause, s, locale, t)}: ${numberText(locale, p, { signDisplay: 'exceptZero' })}`,
        );
      }),
    ]),
  );
  const names = namesOf(play.lesson, id);
  return el('article', null, { class: 'role-card card', 'aria-labelledby': `card-${id}` }, [
    el('div', null, { class: 'card-head' }, [
      flagSvg(flagOf(content, id), 40),
      el(h, t('ui.classroom.cardHeading', { delegation: name }), { id: `card-${id}` }),
    ]),
    names === '' ? null : el('p', t('ui.classroom.cardFor', { names }), { class: 'meta' }),
    el('p', t('ui.classroom.cardRole', { role: t(`ui.role.${card.role}`), head: headOf(content, id, locale) })),
    el('p', t('ui.classroom.mediatorIs', { name: play.lesson?.mediator ?? t('ui.classroom.teacher') }), {
      class: 'meta',
    }),
    el(sub, t('ui.classroom.goals')),
    goals,
    el(sub, t('ui.classroom.redLines')),
    list(card.redLines),
    el(sub, t('ui.classroom.mayTrade')),
    list(card.tradable),
    el(sub, t('ui.classroom.points')),
    el(
      'div',
      null,
      {
        class: 'table-scroll points-scroll',
        tabindex: '0',
        role: 'region',
        'aria-label': t('ui.classroom.pointsCaption', { delegation: name }),
      },
      [
        el('table', null, { class: 'data points' }, [
          el('caption', t('ui.classroom.pointsCaption', { delegation: name })),
          el('thead', null, {}, [head]),
          el('tbody', null, {}, rows),
        ]),
      ],
    ),
  ]);
}
