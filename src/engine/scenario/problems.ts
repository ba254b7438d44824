import type { z } from 'zod';

/** One thing wrong with one scenario file: where, what was expected, what was found. */
export interface Problem {
  readonly file: string;
  /** A JSON path into the file, from `$`. */
  readonly path: string;
  readonly expected: string;
  readonly found: string;
}

export const formatProblem = (p: Problem): string => `${p.file}:${p.path}: expected ${p.expected}, found ${p.found}`;

export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

/** A short, readable picture of a value for "found …". */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the key is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  return String(value);
}

const article = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

function expectedOf(issue: z.core.$ZodIssue): { expected: string; found: string; extraPath?: string } {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return {
        expected: issue.expected === 'int' ? 'a whole number' : article(issue.expected),
        found: describe(input),
      };
    case 'invalid_value':
      return {
        expected:
          issue.values.length === 1
            ? JSON.stringify(issue.values[0])
            : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        found: describe(input),
      };
    case 'too_small':
      return {
        expected:
          issue.origin === 'array'
            ? `at least ${String(issue.minimum)} item(s)`
            : issue.origin === 'string'
              ? 'a non-empty text'
              : `at least ${String(issue.minimum)}`,
        found: describe(input),
      };
    case 'too_big':
      return {
        expected:
          issue.origin === 'array' ? `at most ${String(issue.maximum)} item(s)` : `at most ${String(issue.maximum)}`,
        found: describe(input),
      };
    case 'unrecognized_keys':
      return { expected: 'no other keys', found: issue.keys.map((k) => `"${k}"`).join(', ') };
    case 'invalid_format':
      return {
        expected: issue.message.startsWith('Invalid')
          ? `text matching ${String((issue as { pattern?: string }).pattern ?? issue.format)}`
          : issue.message,
        found: describe(input),
      };
    case 'invalid_union': {
      const { options, discriminator } = issue as { options?: unknown[]; discriminator?: string };
      if (options !== undefined) {
        // The issue carries the whole object; what was wrong is its discriminating key.
        const value =
          discriminator !== undefined && typeof input === 'object' && input !== null
            ? (input as Record<string, unknown>)[discriminator]
            : input;
        return { expected: `one of ${options.map((o) => JSON.stringify(o)).join(', ')}`, found: describe(value) };
      }
      return { expected: 'one of the allowed shapes', found: describe(input) };
    }
    case 'custom': {
      // Our own rules say what they found in `params.found`.
      const found = (issue.params as { found?: string } | undefined)?.found;
      return { expected: issue.message, found: found ?? describe(input) };
    }
    default:
      return { expected: issue.message, found: describe(input) };
  }
}

export function fromZodIssues(file: string, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => {
    const { expected, found } = expectedOf(issue);
    return { file, path: jsonPath(issue.path), expected, found };
  });
}
