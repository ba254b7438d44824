import { z } from '../zod';
import { ARRIVALS, ROLES } from '../vocabulary';
import { card, delegationId, id, isoDate, isRealDate, localized } from './schema-parts';

/** The shape of a round file (scenarios/rounds/astana-NN.json) and of its record of what really happened. */

export const seatPlan = z.strictObject({
  /**
   * Set only to force it (tests, what-ifs); otherwise a delegation boycotts when its starting trust is below
   * BOYCOTT_TRUST.
   */
  arrival: z.enum(ARRIVALS).optional(),
  /** Overrides the profile's role for this round (Jordan as observer, say). */
  role: z.enum(ROLES).optional(),
  head: localized,
  trust: z.number().min(0).max(100).optional(),
  patience: z.number().min(0).max(100).optional(),
  /** The delegation came after the talks opened: the minute it arrived, and what the sources say (issue 18). */
  late: z.strictObject({ at: z.number().int().min(0), text: localized }).optional(),
});

/** Who came without a seat at the table: observers such as the ICRC and UNHCR, and the host (issue 18). */
export const attendee = z.strictObject({
  id,
  name: localized,
  role: z.enum(['observer', 'host']),
  head: localized.optional(),
  note: localized.optional(),
});

/**
 * An instrument an earlier round set up that no longer holds when this round opens (issue 18): the zones
 * overrun, the congress held. `to` is the strongest wording still in force (0: none).
 */
export const lapse = z.strictObject({
  clause: id,
  to: z.number().int().min(0).max(9).default(0),
  text: localized,
});

/** What each delegation did with the real text: a decision, or "observer" for those who only watched. */
export const REAL_RESULTS = ['signs', 'reserves', 'refuses', 'walkedOut', 'boycott', 'absent', 'observer'] as const;

/** One point of the real document in the game's words, with the clause and wording it maps to (if one does). */
export const keyPoint = z.strictObject({
  text: localized,
  clause: id.optional(),
  strength: z.number().int().min(1).max(9).optional(),
});

/** A move of the real mediator that a source records (a shuttle, a postponement, a late start), cited. */
export const recordedMove = z.strictObject({
  text: localized,
  /** One of the round's sources. */
  source: z.string().url(),
  /** The step of the reconstructed course that stands for it, when one does. */
  step: z.number().int().min(0).optional(),
});

/** What really happened in a round (issue 6), for the history policy, fidelity and the debrief comparison. */
export const history = z.strictObject({
  /** The document the round produced, named as the sources name it. */
  document: localized,
  /** The real text in draft notation over this round's agenda: key points mapped to clauses and wordings. */
  text: z.string(),
  /** Each delegation's real result (every delegation in the round, and any that stayed away). */
  results: z.partialRecord(delegationId, z.enum(REAL_RESULTS)),
  /** The real key points, paraphrased and attributed; each mapped to the clause and wording it matches, if any. */
  keyPoints: z.array(keyPoint).default([]),
  /** What was on the table but not agreed (issue 18): a package discussed, a wording dropped. */
  notAgreed: z.array(keyPoint).default([]),
  /**
   * The mediator's course in action notation, for the `history` policy: the project's reconstruction from
   * the agenda and the outcome, not a record of who met whom. Moves a source does record are in `recorded`.
   */
  course: z.array(z.string()).default([]),
  recorded: z.array(recordedMove).default([]),
  sources: z.array(z.string().url()).min(1),
  confidence: z.enum(['high', 'medium', 'low']),
  /** Where sources disagree or a fact is uncertain. */
  caveats: z.array(localized).default([]),
});

/** First day and last: both real days, the last not before the first. */
const dates = z.strictObject({ start: isoDate, end: isoDate }).superRefine((d, ctx) => {
  if (isRealDate(d.start) && isRealDate(d.end) && d.end < d.start)
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `a date on or after the start (${d.start})`,
      params: { found: d.end },
    });
});

/** Where the round met: the Kazakh capital (named as it was named that day) or Sochi. */
export const CITIES = ['kazakh-capital', 'sochi'] as const;

export const roundFile = z.strictObject({
  format: z.literal(1),
  id: z.string().regex(/^astana-\d{2}$/, 'a round id like astana-01'),
  number: z.number().int().min(1).max(99),
  /** Starts with the round's name, the city's name on its first day and its number ("Nur-Sultan 12: …"). */
  title: localized,
  dates,
  city: z.enum(CITIES).default('kazakh-capital'),
  venue: localized,
  context: localized,
  /** Hours of talks before the plenary must be called. */
  hours: z.number().int().min(1).max(48),
  agenda: z.array(z.strictObject({ clause: id, weight: z.number().min(0).max(10) })).min(1),
  /** The draft on the table when the talks open, in draft notation ("ceasefire:1 sovereignty:1"). */
  initialDraft: z.string().default(''),
  delegations: z.partialRecord(delegationId, seatPlan),
  attendees: z.array(attendee).default([]),
  lapses: z.array(lapse).default([]),
  deck: id,
  events: z.array(z.strictObject({ at: z.number().int().min(0), card })).default([]),
  history: history.optional(),
});

export type SeatPlan = z.infer<typeof seatPlan>;
export type RoundFile = z.infer<typeof roundFile>;
export type History = z.infer<typeof history>;
export type KeyPoint = z.infer<typeof keyPoint>;
export type Attendee = z.infer<typeof attendee>;
export type Lapse = z.infer<typeof lapse>;
