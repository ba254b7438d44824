import { err, ok, type Result } from './result';
import type { Controller } from './delegation/events';
import {
  isDelegationId,
  REPLIES,
  VERDICTS,
  type ClauseId,
  type DelegationId,
  type Reply,
  type Verdict,
} from './vocabulary';

/** Everything the mediator can do. The record of a round is a list of these, in notation. */
export type Action =
  | { readonly type: 'start' }
  | { readonly type: 'proceed' }
  | { readonly type: 'consult'; readonly delegation: DelegationId }
  | { readonly type: 'sound'; readonly delegation: DelegationId; readonly clause: ClauseId; readonly strength: number }
  | {
      readonly type: 'shuttle';
      readonly from: DelegationId;
      readonly to: DelegationId;
      readonly clause: ClauseId;
      readonly strength: number;
    }
  | { readonly type: 'assure'; readonly delegation: DelegationId; readonly clause: ClauseId; readonly strength: number }
  | { readonly type: 'caucus' }
  | { readonly type: 'edit'; readonly clause: ClauseId; readonly strength: number }
  | { readonly type: 'recall'; readonly delegation: DelegationId }
  | { readonly type: 'plenary' }
  | ClassroomAction;

/**
 * What the classroom adds (DESIGN §3): students answering for their seat, and the teacher steering.
 * They are actions like the mediator's so that a record still replays the whole lesson.
 */
export type ClassroomAction =
  | { readonly type: 'decide'; readonly delegation: DelegationId; readonly decision: Verdict | 'walkOut' }
  | { readonly type: 'answer'; readonly delegation: DelegationId; readonly reply: Reply; readonly strength?: number }
  | { readonly type: 'say'; readonly delegation: DelegationId; readonly text: string }
  | { readonly type: 'hand'; readonly delegation: DelegationId; readonly to: Controller }
  | { readonly type: 'inject'; readonly card: string }
  | { readonly type: 'news'; readonly text: string }
  | { readonly type: 'extend'; readonly minutes: number };

export type ActionType = Action['type'];
export const MEDIATOR_ACTION_TYPES = [
  'start',
  'proceed',
  'consult',
  'sound',
  'shuttle',
  'assure',
  'caucus',
  'edit',
  'recall',
  'plenary',
] as const satisfies readonly ActionType[];
export const CLASSROOM_ACTION_TYPES = [
  'decide',
  'answer',
  'say',
  'hand',
  'inject',
  'news',
  'extend',
] as const satisfies readonly ClassroomAction['type'][];
export const ACTION_TYPES = [...MEDIATOR_ACTION_TYPES, ...CLASSROOM_ACTION_TYPES] as const;
/** Free text (typed news, a student's statement) fits on one line of the record. */
export const MAX_TEXT = 280;
/**
 * The most actions a round takes. The talks allow about a hundred timed moves (16 hours and 8 more a
 * teacher may add, 15 minutes the shortest); the rest is room for a classroom's statements, whose
 * moves take no time. A record of 2,000 replays in about 0.1 s and stays under a megabyte.
 */
export const MAX_ACTIONS = 2000;
/** The longest line the notation writes: `say opposition ` and a statement of MAX_TEXT characters. */
export const MAX_ACTION_CHARS = 'say opposition '.length + MAX_TEXT;

/** Action notation, one line each: `consult iran`, `sound iran us-role:1`, `edit ceasefire:2`. */
export function makeAction(action: Action): string {
  switch (action.type) {
    case 'start':
    case 'proceed':
    case 'caucus':
    case 'plenary':
      return action.type;
    case 'consult':
    case 'recall':
      return `${action.type} ${action.delegation}`;
    case 'sound':
    case 'assure':
      return `${action.type} ${action.delegation} ${action.clause}:${action.strength}`;
    case 'shuttle':
      return `shuttle ${action.from} ${action.to} ${action.clause}:${action.strength}`;
    case 'edit':
      return `edit ${action.clause}:${action.strength}`;
    case 'decide':
      return `decide ${action.delegation} ${action.decision}`;
    case 'answer':
      return action.strength === undefined
        ? `answer ${action.delegation} ${action.reply}`
        : `answer ${action.delegation} ${action.reply}:${action.strength}`;
    case 'say':
      return `say ${action.delegation} ${action.text}`;
    case 'hand':
      return `hand ${action.delegation} ${action.to}`;
    case 'inject':
      return `inject ${action.card}`;
    case 'news':
      return `news ${action.text}`;
    case 'extend':
      return `extend ${action.minutes}`;
  }
}

export interface NotationError {
  readonly code: 'syntax';
  readonly text: string;
}

const clauseAt = (token: string | undefined): { clause: ClauseId; strength: number } | undefined => {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*):(\d)$/.exec(token ?? '');
  return match?.[1] === undefined ? undefined : { clause: match[1], strength: Number(match[2]) };
};

const DECISION_WORDS: readonly string[] = [...VERDICTS, 'walkOut'];
const isDecisionWord = (w: string | undefined): w is Verdict | 'walkOut' => DECISION_WORDS.includes(w ?? '');
const isReply = (w: string | undefined): w is Reply => (REPLIES as readonly string[]).includes(w ?? '');
/** The words after the first `skip` ones, as written: free text keeps its own spacing. */
const textAfter = (line: string, skip: number): string =>
  line.trim().split(/\s+/).length > skip ? line.trim().replace(new RegExp(`^(\\S+\\s+){${skip}}`), '') : '';

export function parseAction(text: string): Result<Action, NotationError> {
  const [verb, ...rest] = text.trim().split(/\s+/);
  const fail = err<NotationError>({ code: 'syntax', text });
  const [a, b, c] = rest;
  switch (verb) {
    case 'start':
    case 'proceed':
    case 'caucus':
    case 'plenary':
      return rest.length === 0 ? ok({ type: verb }) : fail;
    case 'consult':
    case 'recall':
      return rest.length === 1 && isDelegationId(a) ? ok({ type: verb, delegation: a }) : fail;
    case 'sound':
    case 'assure': {
      const at = clauseAt(b);
      return rest.length === 2 && isDelegationId(a) && at !== undefined
        ? ok({ type: verb, delegation: a, ...at })
        : fail;
    }
    case 'shuttle': {
      const at = clauseAt(c);
      return rest.length === 3 && isDelegationId(a) && isDelegationId(b) && at !== undefined
        ? ok({ type: 'shuttle', from: a, to: b, ...at })
        : fail;
    }
    case 'edit': {
      const at = clauseAt(a);
      return rest.length === 1 && at !== undefined ? ok({ type: 'edit', ...at }) : fail;
    }
    case 'decide':
      return rest.length === 2 && isDelegationId(a) && isDecisionWord(b)
        ? ok({ type: 'decide', delegation: a, decision: b })
        : fail;
    case 'answer': {
      const [reply, strength] = (b ?? '').split(':');
      if (rest.length !== 2 || !isDelegationId(a) || !isReply(reply)) return fail;
      if (strength === undefined) return ok({ type: 'answer', delegation: a, reply });
      return /^\d$/.test(strength) ? ok({ type: 'answer', delegation: a, reply, strength: Number(strength) }) : fail;
    }
    case 'say':
      return isDelegationId(a) && rest.length >= 2
        ? ok({ type: 'say', delegation: a, text: textAfter(text, 2) })
        : fail;
    case 'hand':
      return rest.length === 2 && isDelegationId(a) && (b === 'ai' || b === 'human')
        ? ok({ type: 'hand', delegation: a, to: b })
        : fail;
    case 'inject':
      return rest.length === 1 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(a ?? '')
        ? ok({ type: 'inject', card: a ?? '' })
        : fail;
    case 'news':
      return rest.length >= 1 && rest[0] !== '' ? ok({ type: 'news', text: textAfter(text, 1) }) : fail;
    case 'extend':
      return rest.length === 1 && /^\d{1,4}$/.test(a ?? '') ? ok({ type: 'extend', minutes: Number(a) }) : fail;
    default:
      return fail;
  }
}
