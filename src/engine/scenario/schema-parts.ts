import { z } from '../zod';
import { DELEGATIONS } from '../vocabulary';

/** The pieces every kind of scenario file is built from (schema.ts and round-schema.ts share them). */

export const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase id with dashes');
export const delegationId = z.enum(DELEGATIONS);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** A real day of the calendar: 2017-02-29 matches the pattern but never happened. */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return month >= 1 && day >= 1 && day <= days;
}

/** An ISO date that exists: one message for the wrong shape, another for a day the calendar lacks. */
export const isoDate = z.string().superRefine((text, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
    ctx.addIssue({ code: 'custom', message: 'a date like 2017-01-23', input: text });
  else if (!isRealDate(text)) ctx.addIssue({ code: 'custom', message: 'a real calendar date', input: text });
});

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
  /**
   * The first day the sources record this position (issue 18): a round before it does not have the goal,
   * so a briefing of January 2017 shows no position first taken in 2019.
   */
  from: isoDate.optional(),
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
