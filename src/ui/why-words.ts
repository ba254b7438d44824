import type { i18n } from 'i18next';
import type {
  Because,
  DelegationId,
  DelegationView,
  DelegationWhy,
  GoalDifference,
  GoalView,
  Localized,
  Objection,
  Reason,
  ScenarioContent,
  Severity,
} from '../client';
import { clauseTitle, delegationName, pick, wordingShort } from '../i18n/content';
import { decimalText, signedText } from '../i18n/format';

/**
 * Every explanation on screen in words (issue 13), from the views' `why`, goal states and objections:
 * the dossier, the caucus lines, the plenary, the debrief, the editor's warning, Recall and the seat
 * reports all say a goal's state and reason through these, so they cannot disagree. No DOM here.
 */
export interface Words {
  readonly t: i18n['t'];
  readonly content: ScenarioContent;
  readonly locale: string;
}

/** A goal as these words read it: a GoalView, a known reason, a seat report's goal. */
export interface Stated {
  readonly kind: GoalView['kind'];
  readonly state: string;
  readonly because: Because;
}

/** A red line: a veto, or a hard goal of any kind (DESIGN §6). */
export const isRedLine = (g: { readonly kind: string; readonly hard: boolean }): boolean =>
  g.kind === 'vetoes' || g.hard;

const STATES: Readonly<Record<GoalView['kind'], readonly string[]>> = {
  requires: ['met', 'unmet', 'violated'],
  vetoes: ['clear', 'crossed'],
  prefers: ['pleased', 'displeased', 'indifferent'],
  cosign: ['free', 'withheld'],
  campaign: ['achieved'],
  linkage: ['idle', 'honoured', 'broken'],
};

/**
 * The key of a goal state's label. A veto is "not crossed" or "crossed", never "met"; a hope is pleased,
 * displeased or "not in the text", never crossed; a campaign resting on a step stops short of that step's clause.
 */
export function stateKey(g: Stated): string {
  if (g.kind === 'requires' && g.state === 'met' && g.because.guard === 'inForce') return 'why.state.requires.inForce';
  if (g.kind === 'prefers' && g.state === 'indifferent' && (g.because.found ?? 0) === 0)
    return 'why.state.prefers.absent';
  if (STATES[g.kind].includes(g.state)) return `why.state.${g.kind}.${g.state}`;
  return g.kind === 'campaign' ? 'why.state.campaign.step' : 'why.state.unknown';
}

export function stateLabel(w: Words, g: Stated): string {
  const clause = g.because.clause;
  return w.t(stateKey(g), {
    clause: clause === undefined ? '' : clauseTitle(w.content, clause, w.locale),
    state: g.state,
  });
}

/** The guard that put a goal in its state, and the clause and wording it read, as a phrase. */
export function becauseText(w: Words, b: Because): string {
  const { t, content, locale } = w;
  if (b.guard === 'notHeard') return t('why.because.notHeard');
  if (b.delegation !== undefined)
    return t(b.guard === 'signsBeside' ? 'why.because.beside' : 'why.because.away', {
      delegation: delegationName(content, b.delegation, locale),
    });
  if (b.clause === undefined) return '';
  const clause = clauseTitle(content, b.clause, locale);
  const wording = (s: number): string => wordingShort(content, b.clause ?? '', s, locale, t);
  if (b.inForce !== undefined && b.guard !== 'clauseBelow')
    return t('why.because.inForce', { clause, wording: wording(b.inForce) });
  const found = b.found ?? 0;
  if (found === 0) return t('why.because.leftOut', { clause });
  return t(b.guard === 'clauseBelow' ? 'why.because.only' : 'why.because.says', { clause, wording: wording(found) });
}

/** "+2.0", "−4.0", "±0.0": a worth as the dossier and the debrief show it. */
export const signed = (n: number, locale: string): string =>
  n === 0 ? `±${decimalText(locale, 0)}` : signedText(locale, n).replace('-', '−');

/** A goal's words for a delegation, from the view that knows it (a reason is known only with its goal's text). */
export function goalWords(w: Words, d: DelegationView, goal: string): string {
  const text: Localized | undefined =
    d.goals.find((g) => g.id === goal)?.text ?? w.content.profiles[d.id]?.publicGoals.find((g) => g.id === goal)?.text;
  return text === undefined ? goal : pick(text, w.locale);
}

/** Puts a delegation's goal in words. */
export type GoalNamer = (goal: string) => string;
export const namer =
  (w: Words, d: DelegationView): GoalNamer =>
  (goal) =>
    goalWords(w, d, goal);

/** One reason's headline, the same on every screen: "Any role for the United States — crossed". */
export function reasonText(w: Words, name: GoalNamer, r: Reason): string {
  if (!r.known) return w.t('why.untold');
  return w.t('why.reason', { goal: name(r.id), state: stateLabel(w, r) });
}

/**
 * The reasons that account for a refusal or a walk-out: the known goals that stop a signature, else the
 * known goals that pull the text's worth down, and the untold reason when the engine gave one.
 */
export function decisive(why: DelegationWhy): readonly Reason[] {
  const blocking = why.reasons.filter((r) => r.known && r.blocks);
  if (blocking.length > 0) return blocking;
  return why.reasons.filter((r) => !r.known || r.worth < 0);
}

/** Whether a verdict is one the screens explain with reasons. */
export const refusing = (decision: string | null | undefined): boolean =>
  decision === 'refuses' || decision === 'walkedOut';

/** The reasons for a refusal in one line, or what to say when none is known. */
export function reasonsLine(w: Words, d: DelegationView): string {
  const reasons = decisive(d.why);
  if (reasons.length > 0) return reasons.map((r) => reasonText(w, namer(w, d), r)).join('; ');
  return w.t(d.controller === 'human' ? 'why.students' : 'why.nothingKnown');
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { walksOut: 0, refuses: 1, frowns: 2 };

/** The editor's warning for one wording: who would object and how strongly, the strongest first. */
export function objectionLines(
  w: Words,
  delegations: readonly DelegationView[],
  list: readonly Objection[],
): { readonly severity: Severity; readonly text: string }[] {
  return list
    .toSorted((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .map((o) => {
      const d = delegations.find((x) => x.id === o.delegation);
      const kind = d?.goals.find((g) => g.id === o.goal)?.kind;
      const text = w.t(`why.objection.${o.severity}`, {
        delegation: delegationName(w.content, o.delegation, w.locale),
        kind: kind === undefined ? '' : w.t(`ui.kind.${kind}`),
        goal: d === undefined ? o.goal : goalWords(w, d, o.goal),
      });
      return { severity: o.severity, text };
    });
}

/** What Recall says of a delegation that walked out: the known goals that keep it away, or that none does. */
export function recallText(w: Words, d: DelegationView): string {
  const delegation = delegationName(w.content, d.id as DelegationId, w.locale);
  const held = d.why.reasons.filter((r) => (r.known && d.why.holdingBack.includes(r.id)) || !r.known);
  if (held.length === 0) return w.t('why.recall.nothing', { delegation });
  return w.t('why.recall.back', { delegation, reasons: held.map((r) => reasonText(w, namer(w, d), r)).join('; ') });
}

/**
 * The goals behind a gain the expert's table shows (issue 13): each known goal that read the two texts
 * differently, "Its goal — state with yours, state with the expert's", or the untold reason.
 */
export function behindText(
  w: Words,
  d: DelegationView,
  behind: { readonly differences: readonly GoalDifference[]; readonly untold: boolean } | undefined,
): string {
  const goals = (behind?.differences ?? []).slice(0, 3).map((x) =>
    w.t('why.behind.goal', {
      goal: goalWords(w, d, x.mine.id),
      mine: stateLabel(w, x.mine),
      theirs: stateLabel(w, x.theirs),
    }),
  );
  if (goals.length === 0)
    return w.t('why.behind.line', { reasons: w.t(behind?.untold === true ? 'why.untold' : 'why.nothingKnown') });
  if (behind?.untold === true) goals.push(w.t('why.behind.andUntold'));
  return w.t('why.behind.line', { reasons: goals.join('; ') });
}
