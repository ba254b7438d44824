import type { SeatReportView } from '../client';
import { namesOf } from '../game/lesson';
import type { Play } from '../game/play';
import { delegationName, pick } from '../i18n/content';
import { el } from './dom';

const CRITERIA = ['brief', 'redLines', 'trade', 'conduct', 'voice'] as const;

type Worded = SeatReportView['got'][number];

/**
 * One seat's report for grading (the host's, with its goals in words): wanted, got, gave up, participation, a rubric.
 */
export function seatReportElement(play: Play, r: SeatReportView): HTMLElement {
  const { t, locale } = play.shell;
  const id = r.delegation;
  const name = delegationName(play.content, id, locale);
  const text = (g: Worded): string => `${pick(g.text, locale)}${g.hard ? ` (${t('ui.classroom.redLine')})` : ''}`;
  const list = (goals: readonly Worded[]): HTMLElement =>
    goals.length === 0
      ? el('p', t('ui.classroom.none'))
      : el(
          'ul',
          null,
          {},
          goals.map((g) => el('li', text(g))),
        );
  const names = namesOf(play.lesson, id);
  const decision = r.decision === 'undecided' ? t('ui.classroom.undecided') : t(`decisionWord.${r.decision}`);
  return el('article', null, { class: 'seat-report card', 'aria-labelledby': `report-${id}` }, [
    el('h2', t('ui.classroom.reportHeading', { delegation: name }), { id: `report-${id}` }),
    names === '' ? null : el('p', t('ui.classroom.students', { names }), { class: 'meta' }),
    el('p', t('ui.classroom.decision', { decision })),
    el('p', t('ui.classroom.satisfaction', { percent: Math.round(r.satisfaction * 100) })),
    el('h3', t('ui.classroom.wanted')),
    list([...r.got, ...r.gaveUp]),
    el('h3', t('ui.classroom.got')),
    list(r.got),
    el('h3', t('ui.classroom.gaveUp')),
    list(r.gaveUp),
    el('p', t('ui.classroom.participation', r.participation)),
    el('h3', t('ui.classroom.rubric')),
    el('table', null, { class: 'data rubric' }, [
      el('caption', t('ui.classroom.rubricCaption', { delegation: name })),
      el('thead', null, {}, [
        el('tr', null, {}, [
          el('th', t('ui.classroom.criterion'), { scope: 'col' }),
          el('th', t('ui.classroom.score'), { scope: 'col' }),
          el('th', t('ui.classroom.comments'), { scope: 'col' }),
        ]),
      ]),
      el(
        'tbody',
        null,
        {},
        CRITERIA.map((c) =>
          el('tr', null, {}, [el('th', t(`ui.classroom.criteria.${c}`), { scope: 'row' }), el('td', ''), el('td', '')]),
        ),
      ),
    ]),
  ]);
}
