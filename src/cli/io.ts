import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScenario, type Scenario } from '../engine/scenario/build';
import { kindOf, type RawFile } from '../engine/scenario/files';
import { isGuidePath } from '../engine/scenario/guide-files';
import { loadLibrary, type Library } from '../engine/scenario/library';
import { findInvalidUtf8 } from '../engine/scenario/utf8';
import { formatProblem, type Problem } from '../engine/scenario/problems';
import { MAX_FILE_BYTES, megabytes, parseJson } from '../engine/safe-json';
import { describeJsonProblem } from './messages';
import { say } from './text';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCENARIO_DIR = join(PROJECT_ROOT, 'scenarios');

/** A path as the user would type it: relative to where they stand when it is inside it. */
export const shown = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
};

/** A file's text, and where its bytes stop being UTF-8 when they do (the loader reports it, issue 18). */
function rawFile(path: string, bytes: Buffer): RawFile {
  const invalidUtf8 = findInvalidUtf8(bytes);
  return { path, text: bytes.toString('utf8'), ...(invalidUtf8 === undefined ? {} : { invalidUtf8 }) };
}

/**
 * Why a path the person named cannot be read as a file, in words, or undefined when it can: checked
 * before reading, so a directory, a missing path or a 10 MB file is one line, never an errno or a wait.
 */
export function unreadable(path: string): string | undefined {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return say('cli.file.directory');
    if (!stat.isFile()) return say('cli.file.notRegular');
    if (stat.size > MAX_FILE_BYTES)
      return say('cli.file.tooLarge', { max: megabytes(MAX_FILE_BYTES), size: megabytes(stat.size) });
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return say('cli.file.missing');
    if (code === 'EACCES' || code === 'EPERM') return say('cli.file.denied');
    return say('cli.file.unreadable');
  }
}

/** The bytes of a file the person named, or exit 1 with `FILE: why`. */
function readBytesOrExit(path: string): Buffer {
  const why = unreadable(path);
  if (why !== undefined) fail(`${path}: ${why}`);
  try {
    return readFileSync(path);
  } catch {
    return fail(`${path}: ${say('cli.file.unreadable')}`);
  }
}

/** The text of a file the person named, or exit 1 with `FILE: why`. */
export const readTextOrExit = (path: string): string => readBytesOrExit(path).toString('utf8');

/** What a JSON file the person names should hold, in the words of `cli.notReadable.*`. */
export type JsonWhat = 'json' | 'record' | 'actions';

/** A JSON file the person named, through the same limits as every reader (src/engine/safe-json.ts). */
export function readJsonOrExit(path: string, what: JsonWhat = 'json'): unknown {
  const parsed = parseJson(readTextOrExit(path));
  if (!parsed.ok)
    fail(
      parsed.error.code === 'syntax'
        ? `${path}: ${say(`cli.notReadable.${what}`, { message: parsed.error.message })}`
        : `${path}: ${describeJsonProblem(parsed.error)}`,
    );
  return parsed.value;
}

export function readJsonFiles(dir: string): RawFile[] {
  const out: RawFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).toSorted((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...readJsonFiles(path));
    else if (entry.name.endsWith('.json')) out.push(rawFile(shown(path), readFileSync(path)));
  }
  return out;
}

/** Where the library keeps the file of this kind and id, when a named file can be read that far. */
function twinOf(path: string, text: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  const kind = isGuidePath(path) ? 'guides' : kindOf(path, data);
  const id =
    typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'string' ? data.id : undefined;
  // A file whose id does not match its name is an error of its own; it replaces nothing.
  if (kind === undefined || id === undefined || basename(path) !== `${id}.json`) return undefined;
  return join(SCENARIO_DIR, kind, `${id}.json`);
}

/**
 * The scenario library with the files named on the command line in it. A named file takes the place
 * of the library's file of the same kind and id, wherever it lives, so that checking an edited copy
 * gives the same verdict as checking the file in place.
 */
export function libraryFiles(extra: readonly string[] = []): { files: RawFile[]; given: Set<string> } {
  const files = new Map(readJsonFiles(SCENARIO_DIR).map((f) => [resolve(f.path), f]));
  const given = new Set<string>();
  for (const path of extra) {
    const full = resolve(path);
    const raw = rawFile(shown(full), readBytesOrExit(full));
    const twin = twinOf(full, raw.text);
    if (twin !== undefined && twin !== full) files.delete(twin);
    given.add(shown(full));
    files.set(full, raw);
  }
  return { files: [...files.values()], given };
}

export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

export function libraryOrExit(extra: readonly string[] = []): Library {
  const result = loadLibrary(libraryFiles(extra).files);
  if (!result.ok) fail(result.error.map((p: Problem) => formatProblem(p)).join('\n'));
  return result.value;
}

const isPathArg = (idOrPath: string): boolean => idOrPath.endsWith('.json') || idOrPath.includes('/');

/** The round id a `--scenario` argument names, and the files to read for it. */
export function scenarioSource(idOrPath: string): { id: string; files: RawFile[] } {
  const isPath = isPathArg(idOrPath);
  return {
    id: isPath ? (idOrPath.split('/').pop() ?? '').replace(/\.json$/, '') : idOrPath,
    files: libraryFiles(isPath ? [idOrPath] : []).files,
  };
}

/** A scenario by round id (`astana-01`) or by the path of a round file the person named. */
export function scenarioOrExit(idOrPath: string): Scenario {
  const isPath = isPathArg(idOrPath);
  return scenarioByIdOrExit(
    isPath ? (idOrPath.split('/').pop() ?? '').replace(/\.json$/, '') : idOrPath,
    isPath ? [idOrPath] : [],
  );
}

/**
 * A scenario by round id only, for ids that come from a file (a record's `scenario`): such an id is
 * looked up in the library, with the files the person named on the command line, and never opened.
 */
export function scenarioByIdOrExit(id: string, given: readonly string[] = []): Scenario {
  const scenario = buildScenario(libraryOrExit(given), id);
  if (!scenario.ok) fail(say('cli.unknownScenario', { id, list: scenario.error.known.join(', ') }));
  return scenario.value;
}

export const printJson = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value)}\n`);
};
