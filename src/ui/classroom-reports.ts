import type { SeatReportView } from '../client';
import { namesOf } from '../game/lesson';
import type { Play } from '../game/play';
import { delegationName, pick } from '../i18n/content';
import { el } from './dom';
import { reasonItem } from './why-list';
import { becauseText, decisive, refusing, signed, stateLabel, type Words } from './why-words';

const CRITERIA = ['brief', 'redLines', 'trade', 'conduct', 'voice'] as const;

type Worded = SeatReportView['wanted'][number];

/** Who gave the seat's decision: its students or the computer, and whether the seat changed hands on the way. */
function decidedByKey(r: SeatReportView): string {
  if (r.decidedBy === null) return 'ui.classroom.decidedBy.nobody';
  return `ui.classroom.decidedBy.${r.decidedBy}${r.handedOver ? 'After' : ''}`;
}

/**
 * One seat's report for grading (the host's, with its goals in words): what it wanted, what the text gave it
 * and what it gave up (never a red line among them), which red lines held or were crossed, how it decided and
 * who decided, participation and a rubric. Its states and reasons are said as the dossier and plenary say them.
 */
export function seatReportElement(play: Play, r: SeatReportView): HTMLElement {
  const { t, locale } = play.shell;
  const w: Words = { t, content: play.content, locale };
  const id = r.delegation;
  const name = delegationName(play.content, id, locale);
  const texts = new Map([...r.wanted, ...r.redLines].map((g) => [g.id, pick(g.text, locale)]));
  const goalName = (goal: string): string => texts.get(goal) ?? goal;
  const line = (g: Worded): string => t('why.reason', { goal: pick(g.text, locale), state: stateLabel(w, g) });
  const list = (goals: readonly Worded[]): HTMLElement =>
    goals.length === 0
      ? el('p', t('ui.classroom.none'))
      : el(
          'ul',
          null,
          {},
          goals.map((g) => el('li', line(g))),
        );
  const redLines =
    r.redLines.length === 0
      ? el('p', t('ui.classroom.none'))
      : el(
          'ul',
          null,
          {},
          // "Held" or "crossed" is the state a grader needs; the guard's reading of the text says why.
          r.redLines.map((g) => {
            const because = becauseText(w, g.because);
            const state = t(g.held ? 'ui.classroom.held' : 'ui.classroom.crossed');
            return el('li', null, { class: g.held ? 'held' : 'crossed' }, [
              el('span', t('why.reason', { goal: pick(g.text, locale), state }), { class: 'head' }),
              because === '' ? null : el('span', ` (${because})`, { class: 'because' }),
            ]);
          }),
        );
  const reasons = decisive(r.why);
  const how = !refusing(r.decision)
    ? el('p', t('why.total', { worth: signed(r.why.knownWorth, locale) }))
    : reasons.length === 0
      ? el('p', t(r.decidedBy === 'students' ? 'why.students' : 'why.nothingKnown'))
      : el(
          'ul',
          null,
          { class: 'why decisive' },
          reasons.map((x) => reasonItem(w, goalName, x, false)),
        );
  const names = namesOf(play.lesson, id);
  const decision = r.decision === 'undecided' ? t('ui.classroom.undecided') : t(`decisionWord.${r.decision}`);
  return el('article', null, { class: 'seat-report card', 'aria-labelledby': `report-${id}` }, [
    el('h2', t('ui.classroom.reportHeading', { delegation: name }), { id: `report-${id}` }),
    names === '' ? null : el('p', t('ui.classroom.students', { names }), { class: 'meta' }),
    el('p', t('ui.classroom.decision', { decision })),
    el('p', t('ui.classroom.satisfaction', { percent: Math.round(r.satisfaction * 100) })),
    el('h3', t('ui.classroom.wanted')),
    list(r.wanted),
    el('h3', t('ui.classroom.got')),
    list(r.got),
    el('h3', t('ui.classroom.gaveUp')),
    list(r.gaveUp),
    el('h3', t('ui.classroom.redLinesHeld')),
    redLines,
    el('h3', t('ui.classroom.howDecided')),
    el('p', t(decidedByKey(r))),
    r.decision === 'undecided' ? null : how,
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
