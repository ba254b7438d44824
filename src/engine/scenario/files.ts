import { parseTree, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { err, ok, type Result } from '../result';
import { forbiddenKeys, MAX_FILE_BYTES, MAX_JSON_DEPTH, tooDeepAt } from '../safe-json';
import { FILE_KINDS, type FileKind } from './schema';
import { fromZodIssues, type Problem } from './problems';

/** A scenario file as read from disk or bundled by Vite: its path and its text. */
export interface RawFile {
  readonly path: string;
  readonly text: string;
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
function syntaxProblem(file: string, text: string): Problem | undefined {
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
function limitProblem(file: string, text: string): Problem | undefined {
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

export function parseFile(raw: RawFile): Result<ParsedFile, Problem[]> {
  // A byte-order mark is an editor's habit, not an error.
  const text = raw.text.replace(/^\uFEFF/, '');
  const limit = limitProblem(raw.path, text);
  if (limit !== undefined) return err([limit]);
  const syntax = syntaxProblem(raw.path, text);
  if (syntax !== undefined) return err([syntax]);
  const data: unknown = JSON.parse(text);
  const keys = forbiddenKeys(data);
  if (keys.length > 0)
    return err(keys.map((k) => ({ file: raw.path, path: k.path, expected: `no key named "${k.key}"`, found: 'one' })));
  const kind = kindOf(raw.path, data);
  if (kind === undefined) {
    return err([
      { file: raw.path, path: '$', expected: 'a delegation, clause, deck or round file', found: 'none of them' },
    ]);
  }
  const parsed = FILE_KINDS[kind].safeParse(data, { reportInput: true });
  if (!parsed.success) return err(fromZodIssues(raw.path, parsed.error.issues));
  const name = baseName(raw.path);
  if (parsed.data.id !== name) {
    return err([
      { file: raw.path, path: '$.id', expected: `"${name}" (the file's name)`, found: JSON.stringify(parsed.data.id) },
    ]);
  }
  return ok({ path: raw.path, kind, data: parsed.data } as ParsedFile);
}
