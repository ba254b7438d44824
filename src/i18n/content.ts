import type { Message } from '../engine/result';
import type { Scenario } from '../engine/scenario/build';
import type { Goal, Localized } from '../engine/scenario/schema';
import { isDelegationId, type DelegationId } from '../engine/vocabulary';
import type { i18n } from 'i18next';

/** The text of a localized value in a locale, English when it has none. */
export const pick = (text: Localized, locale: string): string =>
  (text as Record<string, string | undefined>)[locale] ?? text.en;

export function delegationName(scenario: Scenario, id: DelegationId, locale: string): string {
  const profile = scenario.profiles[id];
  return profile === undefined ? id : pick(profile.name, locale);
}

export function clauseTitle(scenario: Scenario, clause: string, locale: string): string {
  const def = scenario.clauses.find((c) => c.id === clause);
  return def === undefined ? clause : pick(def.title, locale);
}

/** The short name of a clause's wording at a strength ("consolidate"); strength 0 is "not in the text". */
export function wordingShort(
  scenario: Scenario,
  clause: string,
  strength: number,
  locale: string,
  t: i18n['t'],
): string {
  if (strength === 0) return t('wording.absent');
  const wording = scenario.clauses.find((c) => c.id === clause)?.wordings[strength - 1];
  return wording === undefined ? String(strength) : pick(wording.short, locale);
}

export function wordingText(scenario: Scenario, clause: string, strength: number, locale: string): string | undefined {
  const wording = scenario.clauses.find((c) => c.id === clause)?.wordings[strength - 1];
  return wording === undefined ? undefined : pick(wording.text, locale);
}

export function goalOf(scenario: Scenario, delegation: DelegationId, goal: string): Goal | undefined {
  const profile = scenario.profiles[delegation];
  return profile?.goals.find((g) => g.id === goal) ?? profile?.hiddenPool.find((g) => g.id === goal);
}

export function cardText(scenario: Scenario, card: string, locale: string): string {
  const scripted = scenario.round.events.find((e) => e.card.id === card)?.card;
  const drawn = scenario.deck.cards.find((c) => c.id === card);
  const found = scripted ?? drawn;
  return found === undefined ? card : pick(found.text, locale);
}

/**
 * Turns an engine message into a sentence: ids in its parameters become names, titles and texts of the
 * scenario in the reader's locale, then i18next fills the template.
 */
export function translate(message: Message, scenario: Scenario, t: i18n['t'], locale: string): string {
  const raw = message.params ?? {};
  const params: Record<string, string | number> = { ...raw };
  for (const key of ['delegation', 'from', 'to'] as const) {
    const id = raw[key];
    if (isDelegationId(id)) params[key] = delegationName(scenario, id, locale);
  }
  const clause = typeof raw.clause === 'string' ? raw.clause : undefined;
  if (clause !== undefined) {
    params.clause = clauseTitle(scenario, clause, locale);
    if (typeof raw.strength === 'number') params.wording = wordingShort(scenario, clause, raw.strength, locale, t);
    if (typeof raw.suggested === 'number')
      params.suggestedWording = wordingShort(scenario, clause, raw.suggested, locale, t);
    if (typeof raw.real === 'number') params.realWording = wordingShort(scenario, clause, raw.real, locale, t);
  }
  const delegation = raw.delegation;
  if (typeof raw.goal === 'string' && isDelegationId(delegation)) {
    const goal = goalOf(scenario, delegation, raw.goal);
    params.goal = goal === undefined ? raw.goal : pick(goal.text, locale);
  }
  if (typeof raw.card === 'string') params.card = cardText(scenario, raw.card, locale);
  if (typeof raw.phase === 'string') params.phase = t(`ui.phase.${raw.phase}`);
  if (typeof raw.decision === 'string') params.decision = t(`decisionWord.${raw.decision}`);
  if (typeof raw.result === 'string') params.result = t(`resultWord.${raw.result}`);
  if (typeof raw.realResult === 'string') params.realResult = t(`resultWord.${raw.realResult}`);
  return t(message.key, params);
}
