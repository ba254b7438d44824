import type { TFunction } from 'i18next';
import { parseAction, type DelegationId, type ScenarioContent } from '../client';
import { cardText, clauseTitle, delegationName, wordingShort } from '../i18n/content';

/**
 * A move of the record told in words ("You sound out Iran on “supported” for Ceasefire"), for a teacher
 * who should not have to read the notation: the fork points and the moves that moved trust most.
 * A line the notation cannot read is shown as it is.
 */
export function actionWords(text: string, content: ScenarioContent, t: TFunction, locale: string): string {
  const parsed = parseAction(text);
  if (!parsed.ok) return text;
  const a = parsed.value;
  const name = (id: DelegationId): string => delegationName(content, id, locale);
  const on = (clause: string, strength: number) => ({
    clause: clauseTitle(content, clause, locale),
    wording: wordingShort(content, clause, strength, locale, t),
  });
  switch (a.type) {
    case 'start':
    case 'proceed':
    case 'plenary':
    case 'caucus':
      return t(`ui.move.${a.type}`);
    case 'consult':
    case 'recall':
      return t(`ui.move.${a.type}`, { delegation: name(a.delegation) });
    case 'sound':
    case 'assure':
      return t(`ui.move.${a.type}`, { delegation: name(a.delegation), ...on(a.clause, a.strength) });
    case 'shuttle':
      return t('ui.move.shuttle', { from: name(a.from), to: name(a.to), ...on(a.clause, a.strength) });
    case 'edit':
      return a.strength === 0
        ? t('ui.move.editOut', { clause: clauseTitle(content, a.clause, locale) })
        : t('ui.move.edit', on(a.clause, a.strength));
    case 'answer':
      // The answer names only the strength: the clause was the question's.
      return t('ui.move.answer', {
        delegation: name(a.delegation),
        reply: t(`ui.move.reply.${a.reply}`, { strength: a.strength ?? 0 }),
      });
    case 'decide':
      return t('ui.move.decide', { delegation: name(a.delegation), decision: t(`ui.move.decision.${a.decision}`) });
    case 'say':
      return t('ui.move.say', { delegation: name(a.delegation) });
    case 'hand':
      return t(a.to === 'ai' ? 'ui.move.handAi' : 'ui.move.handHuman', { delegation: name(a.delegation) });
    case 'inject':
      return t('ui.move.inject', { card: cardText(content, a.card, locale) });
    case 'news':
      return t('ui.move.news');
    case 'extend':
      return t('ui.move.extend', { minutes: a.minutes });
  }
}
