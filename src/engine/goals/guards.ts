import type { Draft } from '../draft';
import type { ClauseId, DelegationId } from '../vocabulary';

/** What a goal chart hears: facts about the text and the room, never a verdict (DESIGN §3). */
export type GoalEvent =
  /** The draft as it now stands, after an edit to a clause the goal watches (or on arrival). */
  | { readonly type: 'DRAFT'; readonly draft: Draft }
  /** The text is tabled at the plenary, as it stands. */
  | { readonly type: 'TABLED'; readonly draft: Draft }
  /** Who sits at the table now. */
  | { readonly type: 'SEATING'; readonly seated: readonly DelegationId[] };

/** A clause condition bound to this round's agenda: `at` is the clause's position in a draft, −1 off the agenda. */
export interface ClauseParams {
  readonly clause: ClauseId;
  readonly at: number;
  readonly min: number;
}
export interface RangeParams extends ClauseParams {
  readonly max: number;
}
/** A `prefers` goal's utility of each wording (index 0, the clause left out, is never read: PREF-2). */
export interface WordingParams {
  readonly clause: ClauseId;
  readonly at: number;
  readonly utilities: readonly number[];
}
/** `strength`: the strongest wording of the clause agreed in earlier rounds and still in force (0: none). */
export interface InForceParams {
  readonly clause: ClauseId;
  readonly min: number;
  readonly strength: number;
}
export interface StepParams extends ClauseParams {
  readonly inForce: number;
}
export interface BesideParams {
  readonly delegation: DelegationId;
}

/**
 * The wording of the clause at `at` in the text the event carries; 0 when it is left out or off the
 * agenda, or when the event carries no text (xstate's own start event reaches eventless guards too).
 */
export const strengthIn = (event: GoalEvent, at: number): number =>
  at < 0 || !('draft' in event) ? 0 : (event.draft[at] ?? 0);

/** What a wording is worth to a `prefers` goal, per unit of its weight: nothing when the clause is left out. */
export const wordingWorth = (utilities: readonly number[], strength: number): number =>
  strength === 0 ? 0 : (utilities[strength] ?? 0);

type Args = { readonly event: GoalEvent };
const within = (s: number, p: RangeParams): boolean => s >= p.min && s <= p.max;

/**
 * The named predicates every goal chart is guarded by. Pure: each reads the event's facts and its own
 * typed params (bound when the goal is compiled for a round), nothing else.
 */
export const GOAL_GUARDS = {
  /** The clause is in the text at this wording or a stronger one. */
  clauseAtLeast: ({ event }: Args, p: ClauseParams) => strengthIn(event, p.at) >= p.min,
  /** The clause is left out, or only in a weaker wording. */
  clauseBelow: ({ event }: Args, p: ClauseParams) => strengthIn(event, p.at) < p.min,
  /** The clause's wording lies in [min, max] (a condition of a `cosign` or `linkage` goal). */
  clauseWithin: ({ event }: Args, p: RangeParams) => within(strengthIn(event, p.at), p),
  clauseOutside: ({ event }: Args, p: RangeParams) => !within(strengthIn(event, p.at), p),
  /** An instrument agreed in an earlier round, and not revoked, already says this much. */
  inForce: (_: Args, p: InForceParams) => p.strength >= p.min,
  /**
   * A campaign's step is reached: in force from earlier rounds, or in this draft. Read on a draft change
   * only: the campaign's steps are eventless transitions, which xstate checks after any event.
   */
  stepReached: ({ event }: Args, p: StepParams) =>
    event.type === 'DRAFT' && (p.inForce >= p.min || strengthIn(event, p.at) >= p.min),
  /** The wording in the text is one the goal wants. */
  wordingWelcome: ({ event }: Args, p: WordingParams) => wordingWorth(p.utilities, strengthIn(event, p.at)) > 0,
  /** The wording in the text is one the goal dislikes. */
  wordingUnwelcome: ({ event }: Args, p: WordingParams) => wordingWorth(p.utilities, strengthIn(event, p.at)) < 0,
  /** The clause is left out, or in a wording the goal does not mind. */
  wordingNeutral: ({ event }: Args, p: WordingParams) => wordingWorth(p.utilities, strengthIn(event, p.at)) === 0,
  /** The named delegation sits at the table, so it would sign beside it. */
  signsBeside: ({ event }: Args, p: BesideParams) => event.type === 'SEATING' && event.seated.includes(p.delegation),
  besideAway: ({ event }: Args, p: BesideParams) => event.type === 'SEATING' && !event.seated.includes(p.delegation),
} as const;

export type GoalGuard = keyof typeof GOAL_GUARDS;
