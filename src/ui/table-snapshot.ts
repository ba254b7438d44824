import type { TFunction } from 'i18next';
import type { LogEntry, RoundView, ScenarioContent } from '../client';
import { clauseTitle, delegationName, goalTexts, translate, wordingShort } from '../i18n/content';
import { hostFlag } from '../scenes/flag-shapes';
import type { DecisionKind, SeatChange, Speech, TableEvent, TableSnapshot, TableWords } from '../scenes/snapshot';
import { draftWording, fits, moveLabel, seatMoves, type Hand } from './table-moves';
import { flagOf, headOf } from './words';

/** What the page knows beyond the view: the player's choices and what the table showed last. */
export interface TableChoices {
  readonly newEntries: readonly LogEntry[];
  readonly reduceMotion: boolean;
  readonly selected: string | null;
  readonly hand: Hand | null;
  /** The view before this one, for what the last move changed; null when nothing is to be compared. */
  readonly previous: RoundView | null;
  /** A table to watch, not to play at (the class's projector): no card, no tray, no moves. */
  readonly watchOnly?: boolean;
}

const DECISION: Readonly<Record<string, DecisionKind>> = {
  signs: 'signs',
  reserves: 'reserves',
  refuses: 'refuses',
  walkedOut: 'walksOut',
};

const signed = (n: number): string => `${n > 0 ? '+' : '−'}${Math.abs(n)}`;

/** What a move changed at each seat: trust, mood, attendance. */
export function seatChanges(t: TFunction, before: RoundView | null, after: RoundView): SeatChange[] {
  if (before === null) return [];
  return after.delegations.flatMap((d): SeatChange[] => {
    const was = before.delegations.find((x) => x.id === d.id);
    if (was === undefined) return [];
    const out: SeatChange[] = [];
    const trust = d.trust - was.trust;
    if (trust !== 0)
      out.push({
        seat: d.id,
        text: t('ui.table.trustChange', { change: signed(trust) }),
        tone: trust > 0 ? 'good' : 'bad',
      });
    if (d.attendance !== was.attendance)
      out.push({
        seat: d.id,
        text: t(`ui.attendance.${d.attendance}`),
        tone: d.attendance === 'seated' ? 'good' : 'bad',
      });
    else if (d.mood !== was.mood && d.attendance === 'seated') {
      const better = ['obstructive', 'wary', 'cooperative'];
      const tone = better.indexOf(d.mood) > better.indexOf(was.mood) ? 'good' : 'bad';
      out.push({ seat: d.id, text: t('ui.table.nowMood', { mood: t(`ui.mood.${d.mood}`) }), tone });
    }
    return out;
  });
}

function words(t: TFunction): TableWords {
  return {
    clauses: t('ui.table.clausesTray'),
    close: t('ui.table.close'),
    inHand: t('ui.table.inHand'),
    putInDraft: t('ui.draft.apply'),
    readDraft: t('ui.table.readDraft'),
    pickWording: t('ui.table.pickWording'),
    shuttleTo: t('ui.table.shuttleTo'),
    cancel: t('ui.table.cancel'),
    said: t('ui.table.said'),
    nothingFits: t('ui.table.nothingFits'),
    replay: t('ui.table.replay'),
    inDraft: t('ui.table.inDraft'),
    more: t('ui.table.more'),
  };
}

/** Turns the mediator's view into what the table scene draws, all text already translated. */
export function tableSnapshot(
  content: ScenarioContent,
  view: RoundView,
  t: TFunction,
  locale: string,
  choices: TableChoices,
): TableSnapshot {
  const goals = goalTexts(content, view);
  const say = (e: LogEntry): string => translate(e.message, content, t, locale, goals);
  const speechAt = (index: number): Speech | null => {
    const e = view.log[index];
    if (e === undefined) return null;
    return { seat: e.delegation ?? null, text: say(e), tone: e.tone, index, replay: false };
  };
  const draft = content.agenda.ids.flatMap((clause, at) => {
    const strength = view.draft[at] ?? 0;
    return strength === 0
      ? []
      : [{ title: clauseTitle(content, clause, locale), wording: wordingShort(content, clause, strength, locale, t) }];
  });
  const lastSaid = new Map<string, string>();
  for (let i = view.log.length - 1; i >= 0 && lastSaid.size < view.delegations.length; i -= 1) {
    const e = view.log[i];
    if (e?.delegation !== undefined && !lastSaid.has(e.delegation)) lastSaid.set(e.delegation, say(e));
  }
  const decisions = view.outcome?.decisions;
  const { hand } = choices;
  const seats = view.delegations.map((d) => {
    const decision = decisions?.[d.id];
    const given = decision === undefined || decision === 'absent' || decision === 'boycott' ? null : decision;
    return {
      id: d.id,
      name: delegationName(content, d.id, locale),
      head: headOf(content, d.id, locale),
      flag: flagOf(content, d.id),
      mood: d.mood,
      moodWord: t(`ui.mood.${d.mood}`),
      present: d.attendance === 'seated',
      absentWord: t(`ui.attendance.${d.attendance}`),
      // An observer that stayed is an observer, as the panels say (issue 13), in a word that fits under a seat.
      decision:
        given === null
          ? null
          : view.outcome?.results[d.id] === 'observer'
            ? t('ui.table.observer')
            : t(`decisionWord.${given}`),
      decisionKind: given === null ? null : (DECISION[given] ?? null),
      trustWord: t('ui.table.trust', { trust: d.trust }),
      said: lastSaid.get(d.id) ?? null,
      moves: seatMoves(t, content, view, d.id, hand),
    };
  });
  const events: TableEvent[] = choices.newEntries.map((e) => ({
    seat: e.delegation ?? null,
    text: say(e),
    tone: e.tone,
  }));
  const consulting = view.phase === 'consultations';
  const offer = (kind: 'caucus' | 'plenary' | 'edit', key?: string) =>
    consulting && fits(content, view, kind) ? { kind, label: moveLabel(t, content, kind, key) } : null;
  const tabled = view.log.findIndex((e) => e.message.key === 'log.tabled' || e.message.key === 'log.timeUp');
  const answers =
    view.outcome === null || tabled < 0
      ? null
      : view.log.flatMap((e, i) =>
          i > tabled && e.message.key.startsWith('decision.') ? [speechAt(i) ?? []].flat() : [],
        );
  const handStrength = hand === null ? 0 : hand.strength;
  return {
    stateId: view.stateId,
    hostLabel: t('ui.table.host'),
    hostShort: t('ui.table.hostShort'),
    hostFlag: hostFlag(),
    draftTitle: t('ui.table.draft'),
    draft,
    draftEmpty: t('ui.table.draftEmpty'),
    draftCount: t('ui.table.clauses', { count: draft.length }),
    seats,
    events,
    speech: speechAt(view.log.length - 1),
    changes: seatChanges(t, choices.previous, view),
    reduceMotion: choices.reduceMotion,
    interactive: consulting && choices.watchOnly !== true,
    selected: choices.selected,
    hand:
      hand === null
        ? null
        : {
            ...hand,
            label: `${clauseTitle(content, hand.clause, locale)}: ${wordingShort(content, hand.clause, handStrength, locale, t)}`,
          },
    agenda: content.agenda.ids.map((id, at) => ({
      id,
      title: clauseTitle(content, id, locale),
      current: view.draft[at] ?? 0,
      wordings: Array.from({ length: (content.agenda.max[at] ?? 0) + 1 }, (_, s) => ({
        strength: s,
        short: wordingShort(content, id, s, locale, t),
      })),
    })),
    caucus: offer('caucus'),
    plenary: consulting ? { kind: 'plenary', label: t('ui.actions.plenary') } : null,
    edit:
      hand !== null && draftWording(content, view, hand.clause) !== hand.strength
        ? offer('edit', 'ui.draft.apply')
        : null,
    proceed: view.phase === 'opening' ? { kind: 'proceed', label: t('ui.table.proceed') } : null,
    words: words(t),
    answers,
  };
}
