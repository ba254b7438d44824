import type { TFunction } from 'i18next';
import type { LogEntry, RoundView, ScenarioContent } from '../client';
import { clauseTitle, delegationName, goalTexts, translate, wordingShort } from '../i18n/content';
import { hostFlag } from '../scenes/flag-shapes';
import type { TableEvent, TableSnapshot } from '../scenes/snapshot';
import { clockWords, flagOf, headOf } from './words';

/** Turns the mediator's view into what the table scene draws, all text already translated. */
export function tableSnapshot(
  content: ScenarioContent,
  view: RoundView,
  t: TFunction,
  locale: string,
  newEntries: readonly LogEntry[],
  reduceMotion: boolean,
): TableSnapshot {
  const { clock, left } = clockWords(t, view.minute, view.limit);
  const goals = goalTexts(content, view);
  const draft = content.agenda.ids.flatMap((clause, at) => {
    const strength = view.draft[at] ?? 0;
    return strength === 0
      ? []
      : [
          {
            title: clauseTitle(content, clause, locale),
            wording: wordingShort(content, clause, strength, locale, t),
          },
        ];
  });
  const decisions = view.outcome?.decisions;
  const seats = view.delegations.map((d) => {
    const decision = decisions?.[d.id];
    return {
      id: d.id,
      name: delegationName(content, d.id, locale),
      head: headOf(content, d.id, locale),
      flag: flagOf(content, d.id),
      mood: d.mood,
      moodWord: t(`ui.mood.${d.mood}`),
      present: d.attendance === 'seated',
      absentWord: t(`ui.attendance.${d.attendance}`),
      // One line per delegation (issue 13): an observer that stayed is an observer, as the panels say, in a word
      // that fits under a seat on a phone.
      decision:
        decision === undefined || decision === 'absent'
          ? null
          : view.outcome?.results[d.id] === 'observer'
            ? t('ui.table.observer')
            : t(`decisionWord.${decision}`),
    };
  });
  const events: TableEvent[] = newEntries.map((e) => ({
    seat: e.delegation ?? null,
    text: translate(e.message, content, t, locale, goals),
    tone: e.tone,
  }));
  return {
    stateId: view.stateId,
    clock,
    left,
    hostLabel: t('ui.table.host'),
    hostShort: t('ui.table.hostShort'),
    hostFlag: hostFlag(),
    draftTitle: t('ui.table.draft'),
    draft,
    draftEmpty: t('ui.table.draftEmpty'),
    draftCount: t('ui.table.clauses', { count: draft.length }),
    seats,
    events,
    reduceMotion,
  };
}
