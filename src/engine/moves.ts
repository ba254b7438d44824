import type { Action } from './actions';
import { msg, type Message } from './result';

/**
 * A move in words for the screens (issue 13: never a code such as `sound opposition monitoring:2`):
 * an i18n key `move.<type>` and the move's parts as parameters, which the UI names (delegations,
 * clauses and wordings by their titles).
 */
export function moveMessage(action: Action): Message {
  const key = `move.${action.type}`;
  switch (action.type) {
    case 'start':
    case 'proceed':
    case 'caucus':
    case 'plenary':
      return msg(key);
    case 'consult':
    case 'recall':
      return msg(key, { delegation: action.delegation });
    case 'sound':
    case 'assure':
      return msg(key, { delegation: action.delegation, clause: action.clause, strength: action.strength });
    case 'shuttle':
      return msg(key, { from: action.from, to: action.to, clause: action.clause, strength: action.strength });
    case 'edit':
      return msg(key, { clause: action.clause, strength: action.strength });
    case 'decide':
      return msg(key, { delegation: action.delegation, decision: action.decision });
    case 'answer':
      return msg(key, { delegation: action.delegation, reply: action.reply, strength: action.strength ?? 0 });
    case 'say':
      return msg(key, { delegation: action.delegation, text: action.text });
    case 'hand':
      return msg(key, { delegation: action.delegation, to: action.to });
    case 'inject':
      return msg(key, { card: action.card });
    case 'news':
      return msg(key, { text: action.text });
    case 'extend':
      return msg(key, { minutes: action.minutes });
  }
}
