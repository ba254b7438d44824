import { parseTree, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { err, ok, type Result } from '../result';
import { forbiddenKeys, MAX_FILE_BYTES, MAX_JSON_DEPTH, tooDeepAt, withoutForbiddenKeys } from '../safe-json';
import { describe, fromZodIssues, type Problem } from './problems';
import { salvageObject } from './salvage';
import { FILE_KINDS, type FileKind } from './schema';
import { utf8Problem, type InvalidUtf8 } from './utf8';

/** A scenario file as read from disk or bundled by Vite: its path and its text. */
export interface RawFile {
  readonly path: string;
  readonly text: string;
  /** Where the bytes stopped being UTF-8, when they did (the text then has U+FFFD there): see `invalidUtf8`. */
  readonly invalidUtf8?: InvalidUtf8;
}

export interface ParsedFile<K extends FileKind = FileKind> {
  readonly path: string;
  readonly kind: K;
  readonly data: z.infer<(typeof FILE_KINDS)[K]>;
}

const KIND_NAMES = Object.keys(FILE_KINDS) as FileKind[];

/** The kind comes from the folder (scenarios/rounds/…); a file elsewhere is recognised by its keys. */
export function kindOf(path: string, data: unknown): FileKind | undefined {
  const folders = path.split(/[\\/]/).slice(0, -1).toReversed();
  const folder = folders.find((f): f is FileKind => (KIND_NAMES as string[]).includes(f));
  if (folder !== undefined) return folder;
  if (typeof data !== 'object' || data === null) return undefined;
  if ('agenda' in data) return 'rounds';
  if ('wordings' in data) return 'clauses';
  if ('cards' in data) return 'decks';
  if ('goals' in data) return 'delegations';
  return undefined;
}

/** What the JSON syntax needed where it broke, in words. */
const SYNTAX_NEEDS: Record<number, string> = {
  [1]: 'a JSON value',
  [2]: 'a number',
  [3]: 'a property name in double quotes (is there a trailing comma?)',
  [4]: 'a value (is there a trailing comma?)',
  [5]: 'a colon',
  [6]: 'a comma',
  [7]: 'a closing }',
  [8]: 'a closing ]',
  [9]: 'the end of the file',
  [10]: 'no comments',
  [11]: 'the end of a comment',
  [12]: 'the string to be closed',
  [13]: 'the rest of the number',
  [14]: 'a valid unicode escape',
  [15]: 'a valid escape character',
  [16]: 'a valid character',
};

/** The first syntax error, with its line and column, or undefined when the text is valid JSON. */
export function syntaxProblem(file: string, text: string): Problem | undefined {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first === undefined) return undefined;
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  const token = text.slice(first.offset, first.offset + Math.max(1, first.length)).trim();
  return {
    file,
    path: '$',
    expected: `${SYNTAX_NEEDS[first.error] ?? 'valid JSON'} at line ${line}, column ${column}`,
    found:
      token === '' ? 'the end of the file' : JSON.stringify(token.length > 20 ? `${token.slice(0, 17)}...` : token),
  };
}

const baseName = (path: string): string => (path.split(/[\\/]/).pop() ?? path).replace(/\.json$/, '');

/** What no scenario file may be, whatever its kind: too large, too deep (issue 20). Checked before parsing. */
export function limitProblem(file: string, text: string): Problem | undefined {
  if (text.length > MAX_FILE_BYTES)
    return { file, path: '$', expected: `a file of at most ${MAX_FILE_BYTES / 1024 / 1024} MB`, found: 'a larger one' };
  const deep = tooDeepAt(text);
  return deep === undefined
    ? undefined
    : {
        file,
        path: '$',
        expected: `JSON nested at most ${MAX_JSON_DEPTH} deep`,
        found: `it nested more than ${MAX_JSON_DEPTH} deep at line ${deep.line}, column ${deep.column}`,
      };
}

/** What reading one file gives: all its problems, the file when it is valid, and what could be salvaged. */
export interface FileReading {
  readonly problems: readonly Problem[];
  readonly file?: ParsedFile;
  /** The file's kind, the id it is known by (its name) and its readable parts, for the reference checks. */
  readonly salvaged?: { readonly kind: FileKind; readonly id: string; readonly data: Record<string, unknown> };
}

/** Reads one file and reports every problem it has on its own, not only the first (issue 18). */
export function readFile(raw: RawFile): FileReading {
  const problems: Problem[] = [];
  if (raw.invalidUtf8 !== undefined) problems.push(utf8Problem(raw.path, raw.invalidUtf8));
  // A byte-order mark is an editor's habit, not an error.
  const text = raw.text.replace(/^\uFEFF/, '');
  // Too large or too deep to read at all (issue 20): checked before any parser sees the text.
  const limit = limitProblem(raw.path, text);
  if (limit !== undefined) return { problems: [...problems, limit] };
  const syntax = syntaxProblem(raw.path, text);
  if (syntax !== undefined) return { problems: [...problems, syntax] };
  const parsedJson: unknown = JSON.parse(text);
  // A prototype key is refused (issue 20); the rest of the file is still checked without it.
  for (const k of forbiddenKeys(parsedJson))
    problems.push({ file: raw.path, path: k.path, expected: `no key named "${k.key}"`, found: 'one' });
  const data = withoutForbiddenKeys(parsedJson);
  const kind = kindOf(raw.path, data);
  if (kind === undefined) {
    problems.push({
      file: raw.path,
      path: '$',
      expected: 'a delegation, clause, deck or round file',
      found: 'none of them',
    });
    return { problems };
  }
  const schema = FILE_KINDS[kind];
  const parsed = schema.safeParse(data, { reportInput: true });
  if (!parsed.success) problems.push(...fromZodIssues(raw.path, parsed.error.issues));
  const name = baseName(raw.path);
  const declared = typeof data === 'object' && data !== null && 'id' in data ? data.id : undefined;
  // The name check says what the id should be; it is pointless beside a schema error on the id itself.
  const idInvalid = problems.some((p) => p.path === '$.id');
  if (!idInvalid && declared !== name)
    problems.push({ file: raw.path, path: '$.id', expected: `"${name}" (the file's name)`, found: describe(declared) });
  const readable = parsed.success ? parsed.data : salvageObject(schema, data);
  // Checked under its file's name: a wrong id is reported once, above, and not again by every rule using it.
  const salvaged = { kind, id: name, data: { ...readable, id: name } };
  if (problems.length > 0 || !parsed.success) return { problems, salvaged };
  return { problems, salvaged, file: { path: raw.path, kind, data: parsed.data } as ParsedFile };
}

export function parseFile(raw: RawFile): Result<ParsedFile, Problem[]> {
  const reading = readFile(raw);
  return reading.file !== undefined ? ok(reading.file) : err([...reading.problems]);
}
