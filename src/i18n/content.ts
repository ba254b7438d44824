import type { i18n } from 'i18next';
import {
  isDelegationId,
  type DelegationId,
  type Localized,
  type Message,
  type RoundView,
  type ScenarioContent,
} from '../client';
import { contentTranslation } from './content-text';

/**
 * The text of a localized value in a locale: its own, else the fetched translation of its English
 * (content-text.ts), else the English.
 */
export const pick = (text: Localized, locale: string): string =>
  (text as Record<string, string | undefined>)[locale] ?? contentTranslation(locale, text.en) ?? text.en;

export function delegationName(content: ScenarioContent, id: DelegationId, locale: string): string {
  const profile = content.profiles[id];
  return profile === undefined ? id : pick(profile.name, locale);
}

export function clauseTitle(content: ScenarioContent, clause: string, locale: string): string {
  const def = content.clauses.find((c) => c.id === clause);
  return def === undefined ? clause : pick(def.title, locale);
}

/** The short name of a clause's wording at a strength ("consolidate"); strength 0 is "not in the text". */
export function wordingShort(
  content: ScenarioContent,
  clause: string,
  strength: number,
  locale: string,
  t: i18n['t'],
): string {
  if (strength === 0) return t('wording.absent');
  const wording = content.clauses.find((c) => c.id === clause)?.wordings[strength - 1];
  return wording === undefined ? String(strength) : pick(wording.short, locale);
}

export function wordingText(
  content: ScenarioContent,
  clause: string,
  strength: number,
  locale: string,
): string | undefined {
  const wording = content.clauses.find((c) => c.id === clause)?.wordings[strength - 1];
  return wording === undefined ? undefined : pick(wording.text, locale);
}

/** Where a goal's words come from: the briefing's public positions, and the goals a view knows. */
export type GoalTexts = (delegation: DelegationId, goal: string) => Localized | undefined;

/** The goal texts a reader of `view` may see: public positions, and the goals that view shows (nothing more). */
export function goalTexts(content: ScenarioContent, view: RoundView | null): GoalTexts {
  return (delegation, goal) =>
    view?.delegations.find((d) => d.id === delegation)?.goals.find((g) => g.id === goal)?.text ??
    content.profiles[delegation]?.publicGoals.find((g) => g.id === goal)?.text;
}

export function cardText(content: ScenarioContent, card: string, locale: string): string {
  const found = content.cards.find((c) => c.id === card);
  return found === undefined ? card : pick(found.text, locale);
}

/**
 * Turns an engine message into a sentence: ids in its parameters become names, titles and texts of the
 * round's content in the reader's locale, then i18next fills the template. A goal is put in words only
 * when `goals` knows it; otherwise its id stands.
 */
export function translate(
  message: Message,
  content: ScenarioContent,
  t: i18n['t'],
  locale: string,
  goals: GoalTexts = goalTexts(content, null),
): string {
  const raw = message.params ?? {};
  const params: Record<string, string | number> = { ...raw };
  for (const key of ['delegation', 'from', 'to'] as const) {
    const id = raw[key];
    if (isDelegationId(id)) params[key] = delegationName(content, id, locale);
  }
  // A hand-over names who now holds the seat: the computer or students.
  if (raw.to === 'ai' || raw.to === 'human') params.to = t(`controllerWord.${raw.to}`);
  const clause = typeof raw.clause === 'string' ? raw.clause : undefined;
  if (clause !== undefined) {
    params.clause = clauseTitle(content, clause, locale);
    if (typeof raw.strength === 'number') params.wording = wordingShort(content, clause, raw.strength, locale, t);
    if (typeof raw.suggested === 'number')
      params.suggestedWording = wordingShort(content, clause, raw.suggested, locale, t);
    if (typeof raw.real === 'number') params.realWording = wordingShort(content, clause, raw.real, locale, t);
  }
  const delegation = raw.delegation;
  if (typeof raw.goal === 'string' && isDelegationId(delegation)) {
    const goal = goals(delegation, raw.goal);
    params.goal = goal === undefined ? raw.goal : pick(goal, locale);
  }
  if (typeof raw.card === 'string') params.card = cardText(content, raw.card, locale);
  if (typeof raw.phase === 'string') params.phase = t(`ui.phase.${raw.phase}`);
  if (typeof raw.decision === 'string') params.decision = t(`decisionWord.${raw.decision}`);
  if (typeof raw.result === 'string') params.result = t(`resultWord.${raw.result}`);
  if (typeof raw.realResult === 'string') params.realResult = t(`resultWord.${raw.realResult}`);
  return t(message.key, params);
}
