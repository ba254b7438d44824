import { err, ok, type Result } from './result';
import { isDelegationId, type ClauseId, type DelegationId } from './vocabulary';

/** Everything the mediator can do. The record of a round is a list of these, in notation. */
export type Action =
  | { readonly type: 'start' }
  | { readonly type: 'proceed' }
  | { readonly type: 'consult'; readonly delegation: DelegationId }
  | { readonly type: 'sound'; readonly delegation: DelegationId; readonly clause: ClauseId; readonly strength: number }
  | { readonly type: 'shuttle'; readonly from: DelegationId; readonly to: DelegationId; readonly clause: ClauseId; readonly strength: number }
  | { readonly type: 'assure'; readonly delegation: DelegationId; readonly clause: ClauseId; readonly strength: number }
  | { readonly type: 'caucus' }
  | { readonly type: 'edit'; readonly clause: ClauseId; readonly strength: number }
  | { readonly type: 'recall'; readonly delegation: DelegationId }
  | { readonly type: 'plenary' };

export type ActionType = Action['type'];
export const ACTION_TYPES = ['start', 'proceed', 'consult', 'sound', 'shuttle', 'assure', 'caucus', 'edit', 'recall', 'plenary'] as const satisfies readonly ActionType[];

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
      return rest.length === 2 && isDelegationId(a) && at !== undefined ? ok({ type: verb, delegation: a, ...at }) : fail;
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
    default:
      return fail;
  }
}
