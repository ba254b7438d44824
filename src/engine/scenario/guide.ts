import { z } from '../zod';
import type { DelegationId } from '../vocabulary';
import { FORMAT, localized } from './schema';

/**
 * A teacher's guide to one historical round (issue 16): what the lesson should teach, the real round in
 * brief, questions for the class, what to watch for in each seat, and each seat's debrief sheet with its
 * rubric. Written by the project from ../shared/history; texts are localised like every scenario text.
 */

/** The shared record numbers its rounds 1 to 22 (2017–2024); a guide belongs to one of them. */
export const HISTORICAL_ROUNDS = 22;

/** The rows of the seat report's rubric (src/ui/classroom-reports.ts), so a guide's descriptors fit its table. */
export const RUBRIC_CRITERIA = ['brief', 'redLines', 'trade', 'conduct', 'voice'] as const;
export type RubricCriterion = (typeof RUBRIC_CRITERIA)[number];

/** The points a rubric row describes; the teacher may give the odd points in between. */
export const RUBRIC_LEVELS = ['0', '2', '4'] as const;

export const CONFIDENCES = ['high', 'medium', 'low'] as const;

/** The files of ../shared/history a source address was taken from. */
export const SOURCE_FILES = ['rounds.json', 'delegations.md'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2017-01-23');

export const rubricRow = z.strictObject({
  criterion: z.enum(RUBRIC_CRITERIA),
  /** What the row asks of this seat in this round, in a line. */
  focus: localized,
  levels: z.strictObject({ '0': localized, '2': localized, '4': localized }),
});

export const seatGuide = z
  .strictObject({
    /** False when the delegation stayed away from the real round (a boycott, or no one sent). */
    present: z.boolean().default(true),
    /** What the delegation really did at this round. */
    history: localized,
    /** Its aims at this date. */
    aims: localized,
    /** What it would not accept at this date. */
    redLines: localized,
    /** The frictions to expect, with whom. */
    tensions: localized,
    /** What good play in this seat looks like. */
    goodPlay: localized,
    /** Questions the seat answers after the lesson. */
    sheet: z.array(localized).min(3).max(5),
    rubric: z.array(rubricRow).min(3).max(5),
  })
  .superRefine((seat, ctx) => {
    const seen = new Set<string>();
    seat.rubric.forEach((row, i) => {
      if (seen.has(row.criterion))
        ctx.addIssue({
          code: 'custom',
          path: ['rubric', i, 'criterion'],
          message: 'a criterion used once in this seat',
          params: { found: `"${row.criterion}" again` },
        });
      seen.add(row.criterion);
    });
  });

export const guideSource = z.strictObject({
  url: z.url(),
  from: z.enum(SOURCE_FILES),
});

export const guideFile = z.strictObject({
  format: z.literal(FORMAT),
  id: z.string().regex(/^astana-\d{2}$/, 'a round id like astana-01'),
  /** The round's number in the shared record (1–22); checked against the id. */
  round: z.number().int().min(1).max(99),
  /** The round's name, with the city named as it was at the time; every printed page carries it. */
  title: localized,
  dates: z.strictObject({ start: isoDate, end: isoDate }),
  /** The venue as it was named at the time (Astana, Nur-Sultan from March 2019, Astana again from September 2022). */
  venue: localized,
  learningGoals: z.array(localized).min(3).max(5),
  real: z.strictObject({
    whoCame: localized,
    agreed: localized,
    notAgreed: localized,
    /** A short paragraph on the round. */
    summary: localized,
  }),
  questions: z.array(localized).min(3).max(5),
  /** Kazakhstan's seat, which a student may hold. */
  mediator: seatGuide,
  /** Every delegation a student may hold in this round, by the game's delegation ids (checked on load). */
  seats: z.record(z.string(), seatGuide),
  sources: z.array(guideSource).min(1),
  /** How sure the shared record is about this round, as it says. */
  confidence: z.enum(CONFIDENCES),
  /** Where the sources disagree or are thin. */
  caveats: z.array(localized).default([]),
});

export type RubricRow = z.infer<typeof rubricRow>;
export type SeatGuide = z.infer<typeof seatGuide>;
export type GuideSource = z.infer<typeof guideSource>;
export type GuideFile = z.infer<typeof guideFile>;

/** A valid guide: its seats are the game's delegations. */
export type Guide = Omit<GuideFile, 'seats'> & { readonly seats: Partial<Record<DelegationId, SeatGuide>> };

/** Who a sheet is for: Kazakhstan's mediator or one delegation. */
export type GuideSeat = 'mediator' | DelegationId;

/** The seats of a guide in print order: the mediator first, then the delegations as the game lists them. */
export function guideSeats(guide: Guide, order: readonly DelegationId[]): GuideSeat[] {
  return ['mediator', ...order.filter((d) => guide.seats[d] !== undefined)];
}

export function seatOf(guide: Guide, seat: GuideSeat): SeatGuide | undefined {
  return seat === 'mediator' ? guide.mediator : guide.seats[seat];
}
