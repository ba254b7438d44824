import { z } from '../zod';
import { ARRIVALS, DELEGATIONS, ROLES } from '../vocabulary';

/**
 * The shape of every file under scenarios/. Strict objects everywhere: a misspelt key is an error,
 * not a silently ignored field. Cross-file references are checked later, in references.ts.
 */

export const FORMAT = 1;

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase id with dashes');
const colour = z.string().regex(/^#[0-9a-f]{6}$/, 'a colour like #1a2b3c');
const delegationId = z.enum(DELEGATIONS);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2017-01-23');

/** Text the game shows, per locale; English is always there. */
export const localized = z.strictObject({
  en: z.string().min(1),
  ru: z.string().min(1).optional(),
  ar: z.string().min(1).optional(),
});

/** A clause in the text at a strength: min ≤ strength ≤ max (0 means absent). */
export const condition = z.strictObject({
  clause: id,
  min: z.number().int().min(0).max(9).optional(),
  max: z.number().int().min(0).max(9).optional(),
});

const goalBase = {
  id,
  text: localized,
  /** Known to everyone from the briefing; otherwise discovered by consultation. */
  public: z.boolean().default(false),
  /** A hard goal is a red line: crossing it means a refusal, whatever else the text holds. */
  hard: z.boolean().default(false),
  weight: z.number().min(0).max(10).default(1),
};

export const goal = z.discriminatedUnion('kind', [
  z.strictObject({ ...goalBase, kind: z.literal('requires'), clause: id, min: z.number().int().min(1).max(9) }),
  z.strictObject({ ...goalBase, kind: z.literal('vetoes'), clause: id, min: z.number().int().min(1).max(9) }),
  z.strictObject({
    ...goalBase,
    kind: z.literal('prefers'),
    clause: id,
    /** Utility of each strength, index 0 being "clause absent". */
    utilities: z.array(z.number().min(-5).max(5)).min(2),
  }),
  z
    .strictObject({
      ...goalBase,
      kind: z.literal('cosign'),
      /** Will not sign if this holds (unless `unless` holds too)… */
      when: condition.optional(),
      unless: condition.optional(),
      /** …or will not sign beside this delegation when it is seated. */
      beside: delegationId.optional(),
    })
    .superRefine((g, ctx) => {
      const both = g.when !== undefined && g.beside !== undefined;
      const neither = g.when === undefined && g.beside === undefined;
      if (both || neither) {
        ctx.addIssue({
          code: 'custom',
          message: 'exactly one of "when" (a condition) or "beside" (a delegation)',
          params: { found: both ? 'both' : 'neither' },
        });
      }
    }),
  z.strictObject({ ...goalBase, kind: z.literal('campaign'), steps: z.array(condition).min(1) }),
  z.strictObject({
    ...goalBase,
    kind: z.literal('linkage'),
    clause: id,
    min: z.number().int().min(1).max(9),
    if: condition,
  }),
]);

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
});

export const effect = z.strictObject({
  delegation: delegationId,
  trust: z.number().min(-50).max(50).default(0),
  patience: z.number().min(-100).max(100).default(0),
});

export const card = z.strictObject({
  id,
  text: localized,
  weight: z.number().min(0).max(100).default(1),
  effects: z.array(effect).default([]),
});

export const deckFile = z.strictObject({
  format: z.literal(FORMAT),
  id,
  /** Chance of a draw for each hour of talks that passes, before difficulty. */
  rate: z.number().min(0).max(1),
  cards: z.array(card),
});

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
});

/** What each delegation did with the real text: a decision, or "observer" for those who only watched. */
export const REAL_RESULTS = ['signs', 'reserves', 'refuses', 'walkedOut', 'boycott', 'absent', 'observer'] as const;

/** One point of the real document in the game's words, with the clause and wording it maps to (if one does). */
export const keyPoint = z.strictObject({
  text: localized,
  clause: id.optional(),
  strength: z.number().int().min(1).max(9).optional(),
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
  /** The real mediator's course, in action notation, for the `history` policy. */
  course: z.array(z.string()).default([]),
  sources: z.array(z.string().url()).min(1),
  confidence: z.enum(['high', 'medium', 'low']),
  /** Where sources disagree or a fact is uncertain. */
  caveats: z.array(localized).default([]),
});

export const roundFile = z.strictObject({
  format: z.literal(FORMAT),
  id: z.string().regex(/^astana-\d{2}$/, 'a round id like astana-01'),
  number: z.number().int().min(1).max(99),
  title: localized,
  dates: z.strictObject({ start: isoDate, end: isoDate }),
  venue: localized,
  context: localized,
  /** Hours of talks before the plenary must be called. */
  hours: z.number().int().min(1).max(48),
  agenda: z.array(z.strictObject({ clause: id, weight: z.number().min(0).max(10) })).min(1),
  /** The draft on the table when the talks open, in draft notation ("ceasefire:1 sovereignty:1"). */
  initialDraft: z.string().default(''),
  delegations: z.partialRecord(delegationId, seatPlan),
  deck: id,
  events: z.array(z.strictObject({ at: z.number().int().min(0), card })).default([]),
  history: history.optional(),
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
export type SeatPlan = z.infer<typeof seatPlan>;
export type RoundFile = z.infer<typeof roundFile>;
export type History = z.infer<typeof history>;
export type KeyPoint = z.infer<typeof keyPoint>;
export type Era = z.infer<typeof era>;

export const FILE_KINDS = {
  delegations: delegationFile,
  clauses: clauseFile,
  decks: deckFile,
  rounds: roundFile,
} as const;
export type FileKind = keyof typeof FILE_KINDS;
