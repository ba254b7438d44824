import { z } from '../zod';
import { ROLES } from '../vocabulary';
import { roundFile } from './round-schema';
import { card, condition, delegationId, effect, goal, id, isoDate, localized } from './schema-parts';

/**
 * The shape of every file under scenarios/. Strict objects everywhere: a misspelt key is an error,
 * not a silently ignored field. Cross-file references are checked later, in references.ts.
 */

export const FORMAT = 1;

export { card, condition, effect, goal, localized } from './schema-parts';
export {
  attendee,
  history,
  keyPoint,
  lapse,
  REAL_RESULTS,
  recordedMove,
  roundFile,
  seatPlan,
  type Attendee,
  type History,
  type KeyPoint,
  type Lapse,
  type RoundFile,
  type SeatPlan,
} from './round-schema';

const colour = z.string().regex(/^#[0-9a-f]{6}$/, 'a colour like #1a2b3c');

export const flag = z.strictObject({
  stripes: z.enum(['horizontal', 'vertical']),
  colours: z.array(colour).min(1).max(5),
  emblem: z
    .strictObject({
      shape: z.enum(['disc', 'star', 'stars', 'crescent', 'laurel', 'cedar', 'triangle']),
      colour,
    })
    .optional(),
});

export const personality = z.strictObject({
  /** 0–100: how long it bears a red line in the draft before walking out. */
  patience: z.number().min(0).max(100),
  /** 0–100: trust in the mediator at the start of a round. */
  trust: z.number().min(0).max(100),
  /** 0–1: how far news and slights move it. */
  volatility: z.number().min(0).max(1),
  /** Concession exponent e of p(t): below 1 holds out (Boulware), above 1 gives early (conceder). */
  concession: z.number().min(0.1).max(10),
  /** Reservation level at the end and at the start of the talks, 0–1. */
  reservation: z.strictObject({ min: z.number().min(0).max(1), max: z.number().min(0).max(1) }),
});

/** A dated change to a profile (issue 6): from this date on, the delegation has these goals or temper. */
export const era = z.strictObject({
  from: isoDate,
  /** Why, in a sentence for the Sources panel. */
  note: localized,
  /** Goals this era adds, or replaces when their id is already in the profile. */
  goals: z.array(goal).default([]),
  /** Goal ids this era drops. */
  drop: z.array(id).default([]),
  personality: personality.partial().optional(),
  role: z.enum(ROLES).optional(),
  /** From this date the delegation stops coming to the rounds (false) or starts again (true). */
  attends: z.boolean().optional(),
});

export const delegationFile = z.strictObject({
  format: z.literal(FORMAT),
  id: delegationId,
  name: localized,
  role: z.enum(ROLES),
  flag,
  personality,
  /** −3..3: how it feels about sitting with, and being moved by, each other delegation. */
  affinities: z.partialRecord(delegationId, z.number().min(-3).max(3)).default({}),
  goals: z.array(goal).min(1),
  /** Goals a seed may add to this delegation's hidden agenda (historically plausible ones). */
  hiddenPool: z.array(goal).default([]),
  /** Dated changes, oldest first; a round uses every era that began on or before its first day. */
  eras: z.array(era).default([]),
});

export const wording = z.strictObject({ short: localized, text: localized });

export const clauseFile = z.strictObject({
  format: z.literal(FORMAT),
  id,
  title: localized,
  /** Strength 1, 2, 3…: each wording says more than the one before. */
  wordings: z.array(wording).min(1).max(9),
  /**
   * From this wording on, an adopted text sets up an instrument (a mechanism, areas, a working group) that
   * stays in force in later rounds until a round file says it lapsed (issue 18). Absent: a declaration that
   * each text restates.
   */
  inForceFrom: z.number().int().min(1).max(9).optional(),
});

export const deckFile = z.strictObject({
  format: z.literal(FORMAT),
  id,
  /** Chance of a draw for each hour of talks that passes, before difficulty. */
  rate: z.number().min(0).max(1),
  cards: z.array(card),
});

export type Localized = z.infer<typeof localized>;
export type Condition = z.infer<typeof condition>;
export type Goal = z.infer<typeof goal>;
export type Flag = z.infer<typeof flag>;
export type Personality = z.infer<typeof personality>;
export type DelegationProfile = z.infer<typeof delegationFile>;
export type ClauseDef = z.infer<typeof clauseFile>;
export type Card = z.infer<typeof card>;
export type Effect = z.infer<typeof effect>;
export type Deck = z.infer<typeof deckFile>;
export type Era = z.infer<typeof era>;

export const FILE_KINDS = {
  delegations: delegationFile,
  clauses: clauseFile,
  decks: deckFile,
  rounds: roundFile,
} as const;
export type FileKind = keyof typeof FILE_KINDS;
