import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from './zod';
import { MAX_ACTION_CHARS, MAX_ACTIONS } from './actions';
import { err, ok, type Result } from './result';
import type { Controller } from './delegation/events';
import { DELEGATIONS, DIFFICULTIES, type SomeDelegations } from './vocabulary';

/**
 * A round is a seed plus an action log (DESIGN §4). Bump the format when its meaning changes.
 * Format 2 adds `hash`, the record's integrity hash (see `recordHash`); format 1 had none.
 */
export const RECORD_FORMAT = 2;
/** The oldest format still read: its records replay, but as unverified (nothing can tell a cut or edit). */
export const OLDEST_RECORD_FORMAT = 1;
/** Seeds are short words or numbers: 64 characters is more than any the game or a teacher makes. */
export const MAX_SEED = 64;
/** A round id (`astana-01`): a name in the library, never a path to open. */
export const ROUND_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const roundRecord = z.strictObject({
  format: z.number().int(),
  scenario: z.string().max(64).regex(ROUND_ID, 'a round id such as "astana-01", never a path'),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  seed: z.string().min(1).max(MAX_SEED, `a seed of at most ${MAX_SEED} characters`),
  difficulty: z.enum(DIFFICULTIES).default('normal'),
  actions: z
    .array(z.string().max(MAX_ACTION_CHARS, `an action of at most ${MAX_ACTION_CHARS} characters`))
    .max(MAX_ACTIONS, `at most ${MAX_ACTIONS} actions, the most a round takes`),
  /** Seats students held from the start (a classroom round); the rest were the AI's. */
  seats: z.partialRecord(z.enum(DELEGATIONS), z.enum(['ai', 'human'])).optional(),
  /** Who played it, when a bot did: tools print it back. */
  policy: z.string().max(32).optional(),
  /** The integrity hash (format 2 on): present in every file and save, absent from a live round's record. */
  hash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type RoundRecord = z.infer<typeof roundRecord>;

export type ReplayError =
  | { readonly code: 'notARecord'; readonly problems: readonly string[] }
  | { readonly code: 'newerFormat' | 'olderFormat'; readonly format: number }
  | { readonly code: 'noHash' | 'hashMismatch' }
  | { readonly code: 'otherScenario'; readonly expected: string; readonly found: string }
  | { readonly code: 'contentChanged'; readonly expected: string; readonly found: string }
  | { readonly code: 'badAction'; readonly index: number; readonly text: string }
  | { readonly code: 'refusedAction'; readonly index: number; readonly text: string; readonly refusal: string };

/**
 * SHA-256 over everything a record says (its scenario id and content hash, seed, difficulty, seats,
 * policy and every action, in order), as the JSON array
 * `["astana-record", 2, scenario, contentHash, seed, difficulty, [[seat, controller]…] sorted by seat,
 * policy or null, [action…]]`. It catches a record cut short or edited by mistake or by hand; it is
 * not a signature (anyone with this code can compute it), so it says nothing of who made the record.
 */
export function recordHash(record: RoundRecord): string {
  const seats = Object.entries(record.seats ?? {}).toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonical = JSON.stringify([
    'astana-record',
    RECORD_FORMAT,
    record.scenario,
    record.contentHash,
    record.seed,
    record.difficulty,
    seats,
    record.policy ?? null,
    record.actions,
  ]);
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}

/** The record as it is written to a file or a save: the current format, with its integrity hash last. */
export function sealRecord(record: RoundRecord): RoundRecord {
  const { hash: _old, ...rest } = record;
  const current = { ...rest, format: RECORD_FORMAT };
  return { ...current, hash: recordHash(current) };
}

/** Whether a parsed record was checked against its hash, or is an old one (format 1) that replays unverified. */
export const isVerified = (record: RoundRecord): boolean => record.hash !== undefined;

export function parseRecord(raw: unknown): Result<RoundRecord, ReplayError> {
  // The format first: a newer record may have fields this version does not know.
  const format = typeof raw === 'object' && raw !== null ? (raw as { format?: unknown }).format : undefined;
  if (typeof format === 'number' && format > RECORD_FORMAT) return err({ code: 'newerFormat', format });
  const parsed = roundRecord.safeParse(raw);
  if (!parsed.success)
    return err({
      code: 'notARecord',
      problems: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '$'}: ${i.message}`),
    });
  const record = parsed.data;
  if (record.format < OLDEST_RECORD_FORMAT) return err({ code: 'olderFormat', format: record.format });
  if (record.format >= 2 || record.hash !== undefined) {
    if (record.hash === undefined) return err({ code: 'noHash' });
    if (record.hash !== recordHash(record)) return err({ code: 'hashMismatch' });
  }
  return ok(record);
}

/** The seats a record must name: only students' seats, so that an AI-only round's record stays as it was. */
export function seatsOf(controllers: SomeDelegations<Controller> | undefined): { seats?: SomeDelegations<Controller> } {
  const held = Object.entries(controllers ?? {}).filter(([, c]) => c === 'human');
  return held.length === 0 ? {} : { seats: Object.fromEntries(held) as SomeDelegations<Controller> };
}
