import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScenario, type Scenario } from '../engine/scenario/build';
import { kindOf, type RawFile } from '../engine/scenario/files';
import { isGuidePath } from '../engine/scenario/guide-files';
import { loadLibrary, type Library } from '../engine/scenario/library';
import { findInvalidUtf8 } from '../engine/scenario/utf8';
import { formatProblem, type Problem } from '../engine/scenario/problems';
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
    const raw = rawFile(shown(full), readFileSync(full));
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

/** A scenario by round id (`astana-01`) or by the path of a round file. */
export function scenarioOrExit(idOrPath: string): Scenario {
  const isPath = isPathArg(idOrPath);
  const library = libraryOrExit(isPath ? [idOrPath] : []);
  const id = isPath ? (idOrPath.split('/').pop() ?? '').replace(/\.json$/, '') : idOrPath;
  const scenario = buildScenario(library, id);
  if (!scenario.ok) fail(say('cli.unknownScenario', { id, list: scenario.error.known.join(', ') }));
  return scenario.value;
}

export const printJson = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value)}\n`);
};
