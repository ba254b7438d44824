import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScenario, type Scenario } from '../engine/scenario/build';
import type { RawFile } from '../engine/scenario/files';
import { loadLibrary, type Library } from '../engine/scenario/library';
import { formatProblem, type Problem } from '../engine/scenario/problems';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCENARIO_DIR = join(PROJECT_ROOT, 'scenarios');

/** A path as the user would type it: relative to where they stand when it is inside it. */
export const shown = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
};

export function readJsonFiles(dir: string): RawFile[] {
  const out: RawFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).toSorted((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...readJsonFiles(path));
    else if (entry.name.endsWith('.json')) out.push({ path: shown(path), text: readFileSync(path, 'utf8') });
  }
  return out;
}

/** The scenario library, with extra files (given on the command line) replacing those at the same path. */
export function libraryFiles(extra: readonly string[] = []): { files: RawFile[]; given: Set<string> } {
  const files = new Map(readJsonFiles(SCENARIO_DIR).map((f) => [resolve(f.path), f]));
  const given = new Set<string>();
  for (const path of extra) {
    const full = resolve(path);
    given.add(shown(full));
    files.set(full, { path: shown(full), text: readFileSync(full, 'utf8') });
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

/** A scenario by round id (`astana-01`) or by the path of a round file. */
export function scenarioOrExit(idOrPath: string): Scenario {
  const isPath = idOrPath.endsWith('.json') || idOrPath.includes('/');
  const library = libraryOrExit(isPath ? [idOrPath] : []);
  const id = isPath ? (idOrPath.split('/').pop() ?? '').replace(/\.json$/, '') : idOrPath;
  const scenario = buildScenario(library, id);
  if (!scenario.ok) fail(`unknown scenario "${id}": known rounds are ${scenario.error.known.join(', ')}`);
  return scenario.value;
}

export const printJson = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value)}\n`);
};
