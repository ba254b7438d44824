import { MAX_TEXT, type Action, type ClassroomAction } from '../actions';
import type { RoundModel } from '../model/round-model';
import type { Message } from '../result';
import { isGuarantor, type DelegationId, type Phase } from '../vocabulary';
import { ACTION_MINUTES } from './clock';
import type { Discrete, RoundData } from './state';

/** Every reason an action can be refused: one catalogue, one message key each (`refusal.CODE`). */
export const REFUSAL_CODES = [
  // Not an action at all (src/engine/action-input.ts): a malformed value from a page, a worker or a socket.
  'notAnAction',
  // The round has taken MAX_ACTIONS (src/engine/actions.ts): its record must stay within what a record may hold.
  'recordFull',
  'wrongPhase',
  'notInRound',
  'notSeated',
  'notAway',
  'notOnAgenda',
  'badStrength',
  'sameDelegation',
  'noChange',
  'notEnoughTime',
  'guarantorsAway',
  'alreadyPromised',
  'notHuman',
  'notAwaited',
  'noQuestion',
  'notInDeck',
  'badText',
  'badMinutes',
  'alreadyDecided',
  'sameControl',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface Refusal extends Message {
  readonly code: RefusalCode;
}

const refuse = (code: RefusalCode, params?: Record<string, string | number>): Refusal =>
  params === undefined ? { code, key: `refusal.${code}` } : { code, key: `refusal.${code}`, params };

const TALKS: readonly Phase[] = ['consultations'];
const PHASES_OF: Readonly<Record<Action['type'], readonly Phase[]>> = {
  start: ['briefing'],
  proceed: ['opening'],
  consult: TALKS,
  sound: TALKS,
  shuttle: TALKS,
  assure: TALKS,
  caucus: TALKS,
  edit: TALKS,
  recall: TALKS,
  plenary: TALKS,
  // A seat walks out during the talks, or gives its verdict once the text is tabled.
  decide: ['consultations', 'plenary'],
  answer: TALKS,
  say: ['consultations', 'plenary'],
  hand: ['consultations', 'plenary'],
  inject: TALKS,
  news: TALKS,
  extend: TALKS,
};

/** The most a teacher may add to a round, so that a lesson still ends. */
export const MAX_EXTRA_MINUTES = 8 * 60;

export const limitOf = (model: RoundModel, data: RoundData): number => model.limit + data.extraMinutes;

function seatedRefusal(discrete: Discrete, d: DelegationId): Refusal | null {
  const state = discrete[d];
  if (state === undefined) return refuse('notInRound', { delegation: d });
  return state.attendance === 'seated' ? null : refuse('notSeated', { delegation: d, attendance: state.attendance });
}

function wordingRefusal(model: RoundModel, clause: string, strength: number, allowZero: boolean): Refusal | null {
  const at = model.scenario.agenda.index.get(clause);
  if (at === undefined) return refuse('notOnAgenda', { clause });
  const max = model.scenario.agenda.max[at] ?? 0;
  const fits = Number.isInteger(strength) && strength <= max && strength >= (allowZero ? 0 : 1);
  return fits ? null : refuse('badStrength', { clause, strength, max });
}

/**
 * Why an action is not allowed now, or null when it is. Pure; the round machine's only guard. Its
 * helpers live outside it: the random bot asks about a thousand candidates a step.
 */
export function refusalFor(
  model: RoundModel,
  data: RoundData,
  discrete: Discrete,
  phase: Phase,
  action: Action,
): Refusal | null {
  if (!PHASES_OF[action.type].includes(phase)) return refuse('wrongPhase', { action: action.type, phase });
  const cost = ACTION_MINUTES[action.type];
  if (cost > 0 && data.minute + cost > limitOf(model, data))
    return refuse('notEnoughTime', { minutes: cost, left: limitOf(model, data) - data.minute });
  switch (action.type) {
    case 'start':
    case 'proceed':
    case 'plenary':
      return null;
    case 'consult':
      return seatedRefusal(discrete, action.delegation);
    case 'sound':
      return seatedRefusal(discrete, action.delegation) ?? wordingRefusal(model, action.clause, action.strength, false);
    case 'assure': {
      const problem =
        seatedRefusal(discrete, action.delegation) ?? wordingRefusal(model, action.clause, action.strength, false);
      if (problem !== null) return problem;
      const again = data.promises.some((p) => p.delegation === action.delegation && p.clause === action.clause);
      return again ? refuse('alreadyPromised', { delegation: action.delegation, clause: action.clause }) : null;
    }
    case 'shuttle':
      if (action.from === action.to) return refuse('sameDelegation', { delegation: action.from });
      return (
        seatedRefusal(discrete, action.from) ??
        seatedRefusal(discrete, action.to) ??
        wordingRefusal(model, action.clause, action.strength, false)
      );
    case 'caucus': {
      const away = model.delegations.filter(isGuarantor).find((d) => discrete[d]?.attendance !== 'seated');
      const missing = (['russia', 'turkey', 'iran'] as const).find((d) => discrete[d] === undefined);
      return missing !== undefined || away !== undefined
        ? refuse('guarantorsAway', { delegation: missing ?? away ?? '' })
        : null;
    }
    case 'edit': {
      const problem = wordingRefusal(model, action.clause, action.strength, true);
      if (problem !== null) return problem;
      const at = model.scenario.agenda.index.get(action.clause) ?? -1;
      return data.draft[at] === action.strength
        ? refuse('noChange', { clause: action.clause, strength: action.strength })
        : null;
    }
    case 'recall': {
      const state = discrete[action.delegation];
      if (state === undefined) return refuse('notInRound', { delegation: action.delegation });
      return state.attendance === 'walkedOut' || state.attendance === 'boycotting'
        ? null
        : refuse('notAway', { delegation: action.delegation });
    }
    default:
      return classroomRefusal(model, data, discrete, phase, action);
  }
}

const goodText = (text: string): boolean =>
  text.length > 0 && text.length <= MAX_TEXT && text === text.trim() && !/\p{Cc}/u.test(text);

function classroomRefusal(
  model: RoundModel,
  data: RoundData,
  discrete: Discrete,
  phase: Phase,
  action: ClassroomAction,
): Refusal | null {
  const held = (d: DelegationId): Refusal | null => {
    const state = discrete[d];
    if (state === undefined) return refuse('notInRound', { delegation: d });
    return state.control === 'human' ? null : refuse('notHuman', { delegation: d });
  };
  switch (action.type) {
    case 'decide': {
      const problem = held(action.delegation);
      if (problem !== null) return problem;
      const state = discrete[action.delegation];
      if (phase === 'plenary')
        return state?.decision === 'awaitingHuman' ? null : refuse('notAwaited', { delegation: action.delegation });
      if (action.decision !== 'walkOut') return refuse('wrongPhase', { action: action.type, phase });
      return state?.attendance === 'seated'
        ? null
        : refuse('notSeated', { delegation: action.delegation, attendance: state?.attendance ?? 'absent' });
    }
    case 'answer': {
      const problem = held(action.delegation);
      if (problem !== null) return problem;
      const question = data.questions.find((q) => q.delegation === action.delegation);
      if (question === undefined) return refuse('noQuestion', { delegation: action.delegation });
      const at = model.scenario.agenda.index.get(question.clause) ?? -1;
      const max = model.scenario.agenda.max[at] ?? 0;
      const wanted = action.reply === 'amend';
      const fits =
        action.strength === undefined
          ? !wanted
          : wanted && action.strength >= 1 && action.strength <= max && action.strength !== question.strength;
      return fits ? null : refuse('badStrength', { clause: question.clause, strength: action.strength ?? 0, max });
    }
    case 'say':
      return held(action.delegation) ?? (goodText(action.text) ? null : refuse('badText', { max: MAX_TEXT }));
    case 'hand': {
      const state = discrete[action.delegation];
      if (state === undefined) return refuse('notInRound', { delegation: action.delegation });
      if (state.control === action.to) return refuse('sameControl', { delegation: action.delegation, to: action.to });
      const open = state.decision === 'undecided' || state.decision === 'awaitingHuman';
      return phase === 'plenary' && !open ? refuse('alreadyDecided', { delegation: action.delegation }) : null;
    }
    case 'inject':
      return model.scenario.deck.cards.some((c) => c.id === action.card)
        ? null
        : refuse('notInDeck', { card: action.card });
    case 'news':
      return goodText(action.text) ? null : refuse('badText', { max: MAX_TEXT });
    case 'extend': {
      const fits =
        Number.isInteger(action.minutes) &&
        action.minutes > 0 &&
        action.minutes % 15 === 0 &&
        data.extraMinutes + action.minutes <= MAX_EXTRA_MINUTES;
      return fits
        ? null
        : refuse('badMinutes', { minutes: action.minutes, left: MAX_EXTRA_MINUTES - data.extraMinutes });
    }
  }
}
