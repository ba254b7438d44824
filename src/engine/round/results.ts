import type { REAL_RESULTS } from '../scenario/schema';
import type { Decision, Role } from '../vocabulary';

export type RealResult = (typeof REAL_RESULTS)[number];

/**
 * A delegation's one line in the outcome, in the words of the real record: its decision, except that
 * an observer that stayed to the end is an observer whatever it thought of the text (only guarantors
 * and parties put their names to it). So no screen lists a delegation as refusing and as observing.
 */
export function resultOf(decision: Decision, role: Role | undefined): RealResult {
  if (decision === 'walkedOut' || decision === 'boycott' || decision === 'absent') return decision;
  return role === 'observer' ? 'observer' : decision;
}
