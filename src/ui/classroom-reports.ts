import { seatReport, type SeatGoalResult } from '../engine/seat-report';
import type { DelegationId } from '../engine/vocabulary';
import { namesOf } from '../game/lesson';
import type { Play } from '../game/play';
import { delegationName, goalOf, pick } from '../i18n/content';
import { el } from './dom';

const CRITERIA = ['brief', 'redLines', 'trade', 'conduct', 'voice'] as const;

/** One seat's report for grading: wanted, got, gave up, participation and a rubric with blank cells. */
export function seatReportElement(play: Play, id: DelegationId): HTMLElement {
  const { t, locale } = play.shell;
  const { scenario } = play;
  const r = seatReport(play.round, id);
  const name = delegationName(scenario, id, locale);
  const text = (g: SeatGoalResult): string => {
    const goal = goalOf(scenario, id, g.id);
    return `${goal === undefined ? g.id : pick(goal.text, locale)}${g.hard ? ` (${t('ui.classroom.redLine')})` : ''}`;
  };
  const list = (goals: readonly SeatGoalResult[]): HTMLElement =>
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
