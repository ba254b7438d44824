import { z } from 'zod';
import type { Controller } from './delegation/events';
import { err, ok, type Result } from './result';
import type { RoundState } from './round/state';
import {
  ATTENDANCES,
  DELEGATIONS,
  DIFFICULTIES,
  MOODS,
  PHASES,
  VERDICTS,
  type Difficulty,
  type SomeDelegations,
} from './vocabulary';

/** A saved round's state (issue 13): restored as it is, without replaying its log. Bump when its meaning changes. */
export const SNAPSHOT_FORMAT = 1;

export interface RoundSnapshot {
  readonly format: number;
  readonly scenario: string;
  readonly contentHash: string;
  readonly seed: string;
  readonly difficulty: Difficulty;
  readonly seats?: SomeDelegations<Controller>;
  readonly state: RoundState;
}

const int = z.number().int();
const alea = z.strictObject({ c: z.number(), s0: z.number(), s1: z.number(), s2: z.number() });
const delegationId = z.enum(DELEGATIONS);
const because = z
  .object({ guard: z.string() })
  .catchall(z.union([z.string(), z.number()]))
  .readonly();
const delegationState = z.strictObject({
  attendance: z.enum(ATTENDANCES),
  mood: z.enum(MOODS),
  decision: z.enum([...VERDICTS, 'undecided', 'awaitingHuman', 'walkedOut']),
  control: z.enum(['ai', 'human']),
  goals: z.record(z.string(), z.strictObject({ state: z.string(), because })),
});
const message = z.strictObject({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
const draft = z.array(int.min(0).max(9));

/**
 * The shape of a snapshot: strict where a wrong value would reach a statechart (phases, chart states,
 * stream states), looser inside the round's data, whose meaning `restoreRound` checks against the scenario.
 */
const snapshotSchema = z.strictObject({
  format: int,
  scenario: z.string(),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  seed: z.string().min(1),
  difficulty: z.enum(DIFFICULTIES),
  seats: z.partialRecord(delegationId, z.enum(['ai', 'human'])).optional(),
  state: z.strictObject({
    phase: z.enum(PHASES),
    delegations: z.partialRecord(delegationId, delegationState),
    rng: z.strictObject({ events: alea.nullable(), delegations: z.partialRecord(delegationId, alea) }),
    data: z.looseObject({
      stateId: int.min(0),
      minute: z.number().min(0),
      extraMinutes: z.number().min(0),
      draft,
      dyn: z.partialRecord(delegationId, z.looseObject({ patience: z.number(), revealed: z.array(z.string()) })),
      log: z.array(z.looseObject({ minute: z.number(), message, tone: z.enum(['good', 'bad', 'neutral']) })),
      actions: z.array(z.string()),
      awaiting: z.array(delegationId).nullable(),
    }),
  }),
});

export type SnapshotError =
  | { readonly code: 'notASnapshot'; readonly problems: readonly string[] }
  | { readonly code: 'newerFormat' | 'olderFormat'; readonly format: number }
  | { readonly code: 'otherScenario'; readonly expected: string; readonly found: string }
  | { readonly code: 'contentChanged'; readonly expected: string; readonly found: string }
  | { readonly code: 'notThisRound'; readonly problems: readonly string[] };

/** A snapshot read from storage: every problem with its path, never an exception. */
export function parseSnapshot(raw: unknown): Result<RoundSnapshot, SnapshotError> {
  const parsed = snapshotSchema.safeParse(raw);
  if (!parsed.success)
    return err({
      code: 'notASnapshot',
      problems: parsed.error.issues.map((i) => `${i.path.join('.') || '$'}: ${i.message}`),
    });
  // Zod's output lists keys in its schema's order; the snapshot is kept as it was written, so that a
  // restored round's state is the saved one, byte for byte.
  const snapshot = JSON.parse(JSON.stringify(raw)) as RoundSnapshot;
  if (snapshot.format > SNAPSHOT_FORMAT) return err({ code: 'newerFormat', format: snapshot.format });
  if (snapshot.format < SNAPSHOT_FORMAT) return err({ code: 'olderFormat', format: snapshot.format });
  return ok(snapshot);
}
