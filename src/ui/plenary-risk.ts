import type { TFunction } from 'i18next';
import type { DelegationView, RoundView, ScenarioContent } from '../client';
import { clauseTitle, delegationName, goalTexts, pick, wordingShort } from '../i18n/content';

/** What calling the plenary now would leave open, from what the mediator knows (never what it does not). */
export interface PlenaryRisk {
  /** Agenda items the draft leaves out, and known demands it does not meet. */
  readonly unsettled: readonly string[];
  /** Who is likely to refuse or walk out, each with the reason the mediator has for thinking so. */
  readonly refusals: readonly string[];
  /** Delegations with goals the mediator has not learned: the list above may miss them. */
  readonly unknown: number;
  /** A guarantor is on the list: without all three there is no communiqué. */
  readonly guarantorAtRisk: boolean;
}

/**
 * The known red lines a draft crosses, read from the view's why (the goal states the mediator has learned).
 * The one place that reads it: when the view carries its reasons differently, only this changes.
 */
function knownRedLines(d: DelegationView): string[] {
  return d.why.reasons.flatMap((r) => (r.known && r.blocks ? [r.id] : []));
}

/** The reason, if the mediator has one, to expect `d` not to sign the draft as it stands. */
function refusalReason(t: TFunction, content: ScenarioContent, view: RoundView, d: DelegationView, locale: string) {
  const goalText = (goal: string): string => {
    const text = goalTexts(content, view)(d.id, goal);
    return text === undefined ? goal : pick(text, locale);
  };
  if (d.attendance === 'walkedOut' || d.attendance === 'boycotting')
    return t('ui.confirmPlenary.away', { attendance: t(`ui.attendance.${d.attendance}`) });
  const lines = knownRedLines(d);
  if (lines.length > 0) return t('ui.confirmPlenary.redLine', { goal: goalText(lines[0] ?? '') });
  if (d.stance === 'refuses') return t('ui.confirmPlenary.saidNo');
  const rejected = d.replies.findLast((r) => {
    const at = content.agenda.ids.indexOf(r.clause);
    return r.reply === 'reject' && (view.draft[at] ?? 0) === r.strength;
  });
  if (rejected !== undefined)
    return t('ui.confirmPlenary.rejected', {
      wording: wordingShort(content, rejected.clause, rejected.strength, locale, t),
      clause: clauseTitle(content, rejected.clause, locale),
    });
  if (d.mood === 'obstructive') return t('ui.confirmPlenary.obstructive');
  return null;
}

export function plenaryRisk(t: TFunction, content: ScenarioContent, view: RoundView, locale: string): PlenaryRisk {
  const name = (id: DelegationView['id']): string => delegationName(content, id, locale);
  const missing = content.agenda.ids.filter((_, at) => (view.draft[at] ?? 0) === 0);
  const unsettled = [
    ...(missing.length === 0
      ? []
      : [
          t('ui.confirmPlenary.notInText', { clauses: missing.map((c) => clauseTitle(content, c, locale)).join(', ') }),
        ]),
    ...view.delegations.flatMap((d) =>
      d.attendance !== 'seated'
        ? []
        : d.goals
            .filter((g) => g.kind === 'requires' && g.status === 'unmet')
            .map((g) => t('ui.confirmPlenary.wants', { delegation: name(d.id), goal: pick(g.text, locale) })),
    ),
  ];
  const risky = view.delegations.flatMap((d) => {
    const reason = refusalReason(t, content, view, d, locale);
    return reason === null ? [] : [{ d, reason }];
  });
  return {
    unsettled,
    refusals: risky.map(({ d, reason }) => `${name(d.id)}: ${reason}`),
    unknown: view.delegations.filter((d) => d.unknownGoals > 0 && d.attendance === 'seated').length,
    guarantorAtRisk: risky.some(({ d }) => d.role === 'guarantor'),
  };
}
