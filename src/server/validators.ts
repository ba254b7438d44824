import { z } from 'zod';
import { MAX_TEXT } from '../engine/actions';
import { DELEGATIONS, DIFFICULTIES } from '../engine/vocabulary';
import { CODE_LENGTH, type JoinOptions, type RoomMessages, type RoomSetup } from '../client/classroom-protocol';
import type { RequestName } from '../client/requests';

/**
 * What the server takes from a device, checked before anything reads it (STYLE (b) 4: the validator is the
 * third argument of `onMessage`; extra fields are dropped; a throw sends the device away). Every limit is
 * here: a field too long, a list too big or a name the server does not know is malformed.
 */
const delegation = z.enum(DELEGATIONS);
const seat = z.union([z.enum(['mediator', 'projector', 'teacher']), z.strictObject({ delegation })]);
const none = z.strictObject({});
const id = z
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 1);
/** A name a person typed: one line, printable, not empty. */
export const personName = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[^\p{Cc}\p{Cf}]+$/u, 'a name is one line of text');

const ARGS: { readonly [K in RequestName]: z.ZodType } = {
  catalogue: none,
  content: z.strictObject({ round: z.string().max(40) }),
  start: z.object({}).passthrough(),
  replay: z.object({}).passthrough(),
  fork: z.strictObject({ upTo: z.number().int().min(0).max(100_000) }),
  close: none,
  act: z.strictObject({
    action: z
      .string()
      .min(1)
      .max(MAX_TEXT + 60),
  }),
  checkSave: z.object({}).passthrough(),
  // Load record and Settings' kept saves read files on the page's own host; a device's message is 4 kB at most.
  checkRecord: z.strictObject({ text: z.string() }),
  describeSaves: z.object({}).passthrough(),
  campaign: z.object({}).passthrough(),
  newCampaign: z.object({}).passthrough(),
  recordCampaign: z.object({}).passthrough(),
  debrief: none,
  expert: none,
  seatReports: z.strictObject({ delegations: z.array(delegation).max(DELEGATIONS.length) }),
  roleCard: z.strictObject({ delegation }),
  views: z.strictObject({ seats: z.array(seat).max(16) }),
};

const requestShape = z.strictObject({
  type: z.literal('request'),
  id,
  name: z.enum(Object.keys(ARGS) as [RequestName, ...RequestName[]]),
  args: z.unknown(),
});

/** Turns a validator's failure into one line for the log, and throws it. */
function checked<T>(kind: string, schema: z.ZodType<T>, raw: unknown, log: (line: string) => void): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const problem = result.error.issues[0];
  const detail = `${problem?.path.join('.') || '$'}: ${problem?.message ?? 'malformed'}`;
  log(`sent a malformed '${kind}' message (${detail}): refused`);
  throw new Error(`malformed ${kind}: ${detail}`);
}

export function validators(log: (line: string) => void): {
  readonly [K in keyof RoomMessages]: (raw: unknown) => RoomMessages[K];
} {
  return {
    request(raw) {
      const shape = checked('request', requestShape, raw, log);
      const args = checked(`request ${shape.name}`, ARGS[shape.name], shape.args, log);
      return { ...shape, args } as RoomMessages['request'];
    },
    watch: (raw) => checked('watch', z.strictObject({ seats: z.array(seat).max(16) }), raw, log),
    clock: (raw) => checked('clock', z.strictObject({ paused: z.boolean() }), raw, log),
    signedRecord: (raw) => checked('signedRecord', z.strictObject({ id }), raw, log),
    end: (raw) => checked('end', none, raw, log),
  };
}

const code = z.string().length(CODE_LENGTH);

export const joinOptions: z.ZodType<JoinOptions> = z.union([
  z.strictObject({ code, role: z.literal('teacher') }),
  z.strictObject({ code, role: z.literal('projector') }),
  z.strictObject({
    code,
    role: z.literal('seat'),
    seat: z.union([delegation, z.literal('mediator')]),
    name: personName,
  }),
]);

export const roomSetup: z.ZodType<RoomSetup> = z.strictObject({
  round: z.string().min(1).max(40),
  seed: z.string().trim().min(1).max(40),
  difficulty: z.enum(DIFFICULTIES),
  controllers: z.partialRecord(delegation, z.enum(['ai', 'human'])),
  names: z.partialRecord(delegation, z.string().max(120)),
  mediator: z.string().max(80),
  studentMediator: z.boolean(),
  minutes: z.number().int().min(5).max(240),
});
