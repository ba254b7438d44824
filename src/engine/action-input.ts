import { ACTION_TYPES, MAX_ACTIONS, type Action, type ActionType } from './actions';
import { err, ok, type Result } from './result';
import type { Refusal } from './round/refusal';
import { isDelegationId, REPLIES, VERDICTS } from './vocabulary';

/**
 * A field's check: does this value fit, as plain data? Ranges and meanings (a clause on the agenda, a
 * card in the deck, a strength in range) are the round's to judge, with their own refusals.
 */
type Check = (value: unknown) => boolean;

const delegation: Check = isDelegationId;
const number: Check = (v) => typeof v === 'number';
const text: Check = (v) => typeof v === 'string';
const oneOf =
  (words: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && words.includes(v);

/** The fields of each action type; `?` marks one that may be left out. */
const FIELDS: Readonly<Record<ActionType, Readonly<Record<string, Check>>>> = {
  start: {},
  proceed: {},
  caucus: {},
  plenary: {},
  consult: { delegation },
  recall: { delegation },
  sound: { delegation, clause: text, strength: number },
  assure: { delegation, clause: text, strength: number },
  shuttle: { from: delegation, to: delegation, clause: text, strength: number },
  edit: { clause: text, strength: number },
  decide: { delegation, decision: oneOf([...VERDICTS, 'walkOut']) },
  answer: { delegation, reply: oneOf(REPLIES), 'strength?': number },
  say: { delegation, text },
  hand: { delegation, to: oneOf(['ai', 'human']) },
  inject: { card: text },
  news: { text },
  extend: { minutes: number },
};

const notAnAction = (field: string): Refusal => ({
  code: 'notAnAction',
  key: 'refusal.notAnAction',
  params: { field },
});

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

function parse(value: unknown): Result<Action, Refusal> {
  if (!isPlainObject(value)) return err(notAnAction(''));
  const type = value.type;
  if (typeof type !== 'string' || !(ACTION_TYPES as readonly string[]).includes(type)) return err(notAnAction('type'));
  const fields = FIELDS[type as ActionType];
  const allowed = new Set(['type', ...Object.keys(fields).map((k) => k.replace(/\?$/, ''))]);
  const extra = Reflect.ownKeys(value).find((k) => typeof k !== 'string' || !allowed.has(k));
  if (extra !== undefined) return err(notAnAction(String(extra)));
  const out: Record<string, unknown> = { type };
  for (const [spec, check] of Object.entries(fields)) {
    const optional = spec.endsWith('?');
    const key = optional ? spec.slice(0, -1) : spec;
    // Each field is read once, so what is checked is what the round gets.
    const field = value[key];
    if (optional && field === undefined) continue;
    if (!check(field)) return err(notAnAction(key));
    out[key] = field;
  }
  return ok(out as unknown as Action);
}

/**
 * The action in any value a caller may hand the round (a page, a worker message, a socket, a test),
 * or `notAnAction` naming the first field that does not fit. It never throws, even on a proxy or a
 * getter that does; the action it returns is a fresh object, so the caller cannot change it later.
 * A round that has `taken` MAX_ACTIONS already is full (`recordFull`), so its record stays readable.
 */
export function actionFrom(value: unknown, taken = 0): Result<Action, Refusal> {
  let parsed: Result<Action, Refusal>;
  try {
    parsed = parse(value);
  } catch {
    return err(notAnAction(''));
  }
  if (parsed.ok && taken >= MAX_ACTIONS)
    return err({ code: 'recordFull', key: 'refusal.recordFull', params: { max: MAX_ACTIONS } });
  return parsed;
}
