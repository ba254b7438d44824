import { z } from 'zod';
import { err, ok, type Result } from './result';
import type { Controller } from './delegation/events';
import { DELEGATIONS, DIFFICULTIES, type SomeDelegations } from './vocabulary';

/** A round is a seed plus an action log (DESIGN §4). Bump the format when its meaning changes. */
export const RECORD_FORMAT = 1;

export const roundRecord = z.strictObject({
  format: z.number().int(),
  scenario: z.string(),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  seed: z.string().min(1),
  difficulty: z.enum(DIFFICULTIES).default('normal'),
  actions: z.array(z.string()),
  /** Seats students held from the start (a classroom round); the rest were the AI's. */
  seats: z.partialRecord(z.enum(DELEGATIONS), z.enum(['ai', 'human'])).optional(),
  /** Who played it, when a bot did: tools print it back. */
  policy: z.string().optional(),
});
export type RoundRecord = z.infer<typeof roundRecord>;

export type ReplayError =
  | { readonly code: 'notARecord'; readonly problems: readonly string[] }
  | { readonly code: 'newerFormat' | 'olderFormat'; readonly format: number }
  | { readonly code: 'otherScenario'; readonly expected: string; readonly found: string }
  | { readonly code: 'contentChanged'; readonly expected: string; readonly found: string }
  | { readonly code: 'badAction'; readonly index: number; readonly text: string }
  | { readonly code: 'refusedAction'; readonly index: number; readonly text: string; readonly refusal: string };

export function parseRecord(raw: unknown): Result<RoundRecord, ReplayError> {
  const parsed = roundRecord.safeParse(raw);
  if (!parsed.success)
    return err({
      code: 'notARecord',
      problems: parsed.error.issues.map((i) => `${i.path.join('.') || '$'}: ${i.message}`),
    });
  const record = parsed.data;
  if (record.format > RECORD_FORMAT) return err({ code: 'newerFormat', format: record.format });
  if (record.format < RECORD_FORMAT) return err({ code: 'olderFormat', format: record.format });
  return ok(record);
}

/** The seats a record must name: only students' seats, so that an AI-only round's record stays as it was. */
export function seatsOf(controllers: SomeDelegations<Controller> | undefined): { seats?: SomeDelegations<Controller> } {
  const held = Object.entries(controllers ?? {}).filter(([, c]) => c === 'human');
  return held.length === 0 ? {} : { seats: Object.fromEntries(held) as SomeDelegations<Controller> };
}
