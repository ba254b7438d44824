import type { z } from 'zod';
import { err, ok, type Result } from '../result';
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

function jsonProblem(file: string, text: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (position?.[1] !== undefined) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return { file, path: '$', expected: 'valid JSON', found: `a syntax error at line ${line}, column ${column}` };
  }
  return { file, path: '$', expected: 'valid JSON', found: `a syntax error (${message})` };
}

const baseName = (path: string): string => (path.split(/[\\/]/).pop() ?? path).replace(/\.json$/, '');

export function parseFile(raw: RawFile): Result<ParsedFile, Problem[]> {
  let data: unknown;
  try {
    data = JSON.parse(raw.text);
  } catch (error) {
    return err([jsonProblem(raw.path, raw.text, error)]);
  }
  const kind = kindOf(raw.path, data);
  if (kind === undefined) {
    return err([{ file: raw.path, path: '$', expected: 'a delegation, clause, deck or round file', found: 'none of them' }]);
  }
  const parsed = FILE_KINDS[kind].safeParse(data, { reportInput: true });
  if (!parsed.success) return err(fromZodIssues(raw.path, parsed.error.issues));
  const name = baseName(raw.path);
  if (parsed.data.id !== name) {
    return err([{ file: raw.path, path: '$.id', expected: `"${name}" (the file's name)`, found: JSON.stringify(parsed.data.id) }]);
  }
  return ok({ path: raw.path, kind, data: parsed.data } as ParsedFile);
}
