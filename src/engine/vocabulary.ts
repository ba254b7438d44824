/** The words of DESIGN.md §6, as types. Everything else in the engine speaks these. */

export const DELEGATIONS = [
  'russia',
  'turkey',
  'iran',
  'government',
  'opposition',
  'us',
  'un',
  'jordan',
  'iraq',
  'lebanon',
] as const;
export type DelegationId = (typeof DELEGATIONS)[number];
export type ByDelegation<T> = { [D in DelegationId]: T };
export type SomeDelegations<T> = Partial<ByDelegation<T>>;

export const GUARANTORS = ['russia', 'turkey', 'iran'] as const satisfies readonly DelegationId[];

export const ROLES = ['guarantor', 'party', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const PHASES = ['briefing', 'opening', 'consultations', 'plenary', 'outcome'] as const;
export type Phase = (typeof PHASES)[number];

/** How a delegation comes to a round; the round file says which. */
export const ARRIVALS = ['present', 'boycott'] as const;
export type Arrival = (typeof ARRIVALS)[number];

export const ATTENDANCES = ['arriving', 'seated', 'boycotting', 'walkedOut'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

export const MOODS = ['cooperative', 'wary', 'obstructive'] as const;
export type Mood = (typeof MOODS)[number];

export const GOAL_STATUSES = ['unmet', 'met', 'violated'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const GOAL_KINDS = ['requires', 'vetoes', 'prefers', 'cosign', 'campaign', 'linkage'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

/** What a delegation does with the tabled text. */
export const VERDICTS = ['signs', 'reserves', 'refuses'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A delegation's line in the outcome: a verdict, or why it gave none. */
export const DECISIONS = ['signs', 'reserves', 'refuses', 'walkedOut', 'boycott', 'absent'] as const;
export type Decision = (typeof DECISIONS)[number];

export const REPLIES = ['accept', 'amend', 'reject'] as const;
export type Reply = (typeof REPLIES)[number];

export const DIFFICULTIES = ['easy', 'normal', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export type ClauseId = string;
export type GoalId = string;
export type RoundId = string;

/** Seats that look at a round: the mediator, one delegation, or the projector (public only). */
export type Seat = 'mediator' | 'projector' | { delegation: DelegationId };
/** Every seat that may look at a round, and the teacher who runs a lesson and knows every goal. */
export type ViewSeat = Seat | 'teacher';

export const isDelegationId = (value: unknown): value is DelegationId =>
  typeof value === 'string' && (DELEGATIONS as readonly string[]).includes(value);

export const isGuarantor = (id: DelegationId): boolean => (GUARANTORS as readonly string[]).includes(id);
