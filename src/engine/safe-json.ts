import { err, ok, type Result } from './result';

/**
 * JSON from outside the program (scenario files, records, saves, settings) is read through here, so
 * that every reader refuses the same things in the same way, before any schema sees the data:
 * - more than MAX_FILE_BYTES (a round file is about 10 kB, the longest record under 1 MB);
 * - nesting deeper than MAX_JSON_DEPTH (the deepest scenario file nests 6), which recursive parsers
 *   and validators would otherwise meet with a stack overflow;
 * - the keys `__proto__`, `constructor` and `prototype`, which mean something to JavaScript objects
 *   and nothing to this game: refused wherever they appear, so no later spread or lookup can trip on one.
 */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
export const MAX_JSON_DEPTH = 64;
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export type JsonProblem =
  | { readonly code: 'tooLarge'; readonly size: number; readonly max: number }
  | { readonly code: 'tooDeep'; readonly max: number; readonly line: number; readonly column: number }
  | { readonly code: 'syntax'; readonly message: string }
  | { readonly code: 'forbiddenKey'; readonly key: string; readonly path: string; readonly parent: string };

/** Where the text first nests deeper than `max` (arrays and objects, outside strings), or undefined. */
export function tooDeepAt(text: string, max = MAX_JSON_DEPTH): { line: number; column: number } | undefined {
  let depth = 0;
  let inString = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > max) return { line, column: i - lineStart + 1 };
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
    else if (c === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return undefined;
}

const pathOf = (parent: string, key: string | number): string =>
  typeof key === 'number'
    ? `${parent}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? `${parent}.${key}`
      : `${parent}[${JSON.stringify(key)}]`;

/** Every forbidden key in parsed JSON, with its path from `$`, in document order (without recursion). */
export function forbiddenKeys(value: unknown): { key: string; path: string; parent: string }[] {
  const found: { key: string; path: string; parent: string }[] = [];
  const stack: { value: unknown; path: string }[] = [{ value, path: '$' }];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined || typeof next.value !== 'object' || next.value === null) continue;
    const children: { value: unknown; path: string }[] = [];
    if (Array.isArray(next.value))
      next.value.forEach((v, i) => children.push({ value: v, path: pathOf(next.path, i) }));
    else
      for (const key of Object.keys(next.value)) {
        const path = pathOf(next.path, key);
        if (FORBIDDEN_KEYS.includes(key)) found.push({ key, path, parent: next.path });
        else children.push({ value: (next.value as Record<string, unknown>)[key], path });
      }
    stack.push(...children.toReversed());
  }
  return found;
}

/**
 * A copy of parsed JSON without the forbidden keys, so that a reader that reports them can go on checking
 * the rest. Recursive: call it only on values already found no deeper than MAX_JSON_DEPTH.
 */
export function withoutForbiddenKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(withoutForbiddenKeys);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (!FORBIDDEN_KEYS.includes(key)) out[key] = withoutForbiddenKeys(v);
  return out;
}

/** JSON.parse with the limits above; the first problem found, or the value. */
export function parseJson(text: string, maxChars = MAX_FILE_BYTES): Result<unknown, JsonProblem> {
  if (text.length > maxChars) return err({ code: 'tooLarge', size: text.length, max: maxChars });
  const deep = tooDeepAt(text);
  if (deep !== undefined) return err({ code: 'tooDeep', max: MAX_JSON_DEPTH, ...deep });
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return err({ code: 'syntax', message: (error as Error).message });
  }
  const [key] = forbiddenKeys(value);
  return key === undefined ? ok(value) : err({ code: 'forbiddenKey', ...key });
}

const MB = 1024 * 1024;
/** A size as people read it: `10.0 MB`, `4 MB`. */
export const megabytes = (bytes: number): string =>
  Number.isInteger(bytes / MB) ? `${bytes / MB} MB` : `${(bytes / MB).toFixed(1)} MB`;
