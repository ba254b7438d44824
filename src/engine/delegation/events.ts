import type { DelegationId, GoalStatus, Mood, Verdict } from '../vocabulary';

export type Controller = 'ai' | 'human';
export type Statuses = Readonly<Record<string, GoalStatus>>;

/**
 * Events into a delegation. The round sends one only when the delegation's discrete state changes
 * (DESIGN §7), and goal and mood changes are addressed to their own region (`goal.<id>`, `mood.<mood>`)
 * so that no other region has to look at them.
 */
export type DelegationEvent =
  | { readonly type: 'ARRIVE'; readonly boycott: boolean }
  | { readonly type: `goal.${string}`; readonly status: GoalStatus }
  | { readonly type: `mood.${Mood}` }
  | { readonly type: 'PATIENCE_GONE' }
  | { readonly type: 'RECALL'; readonly success: boolean }
  | { readonly type: 'PLENARY'; readonly verdict: Verdict; readonly walksOut: boolean }
  | { readonly type: 'HUMAN_DECISION'; readonly decision: Verdict | 'walkOut' }
  | { readonly type: 'HAND'; readonly to: Controller };

export type ReportWhat = 'seated' | 'boycotting' | 'walkedOut' | 'returned' | 'recallFailed' | 'awaitingHuman';

/** Events out of a delegation, to its round. */
export type DelegationReport =
  | { readonly type: 'REPORT'; readonly delegation: DelegationId; readonly what: ReportWhat }
  | { readonly type: 'DECIDED'; readonly delegation: DelegationId; readonly decision: Verdict | 'walkedOut' };
