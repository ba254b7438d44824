import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryFiles, PROJECT_ROOT } from '../../src/cli/io';
import { loadLibrary } from '../../src/engine/scenario/library';
import { formatProblem, type Problem } from '../../src/engine/scenario/problems';

import { CASES } from './malformed-cases';
import { ENGLISH_ENV } from '../support/cli';

const FIXTURES = 'tests/fixtures/malformed';

/** What src/cli/validate.ts does for the named files, in-process: the whole library, only their problems. */
function validate(paths: readonly string[]): { problems: Problem[]; lines: string[] } {
  const { files, given } = libraryFiles(paths);
  const result = loadLibrary(files);
  const problems = result.ok ? [] : result.error.filter((p) => paths.length === 0 || given.has(p.file));
  const out =
    problems.length > 0
      ? problems.map(formatProblem).join('\n')
      : `ok: ${paths.length === 0 ? files.length : paths.length} files`;
  return { problems, lines: out.split('\n') };
}

/** The real CLI, as `npm run -s validate -- ARGS` runs it. */
function runValidate(args: readonly string[]): { code: number; stdout: string } {
  const argv = ['--import', 'tsx', 'src/cli/validate.ts', ...args];
  try {
    return {
      code: 0,
      stdout: execFileSync(process.execPath, argv, {
        cwd: PROJECT_ROOT,
        env: ENGLISH_ENV,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    };
  } catch (error) {
    const failed = error as { status: number | null; stdout: string };
    return { code: failed.status ?? -1, stdout: failed.stdout };
  }
}

const linesOf = (path: string): readonly string[] => CASES.find(([p]) => p === path)?.[1] ?? [];

describe('validate on malformed files', () => {
  it('runs from the project root, which the expected paths are relative to', () => {
    expect(process.cwd()).toBe(PROJECT_ROOT);
  });

  it.each(CASES)('%s', (path, expected) => {
    const { problems, lines } = validate([path]);
    // Each fixture breaks one thing (or two, to show one no longer hides the other): exactly those problems, in it.
    expect(problems).toHaveLength(expected.length);
    for (const p of problems) expect(p.file).toBe(path);
    expect(lines).toEqual(expected);
  });

  it('has a row for every fixture file, and a fixture for every row', () => {
    const onDisk = readdirSync(join(PROJECT_ROOT, FIXTURES), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${FIXTURES}/${f.split('\\').join('/')}`)
      .toSorted();
    const inTable = CASES.map(([p]) => p).toSorted();
    expect(new Set(inTable).size).toBe(inTable.length);
    expect(inTable).toEqual(onDisk);
  });

  it('covers at least 20 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });
});

describe('the validate CLI', () => {
  it('prints "ok: 1 files" and exits 0 for a valid file', { timeout: 60_000 }, () => {
    expect(runValidate(['scenarios/rounds/astana-01.json'])).toEqual({ code: 0, stdout: 'ok: 1 files\n' });
  });

  it("prints both malformed files' lines and exits 1", { timeout: 60_000 }, () => {
    const clause = `${FIXTURES}/clauses/truce.json`;
    const round = `${FIXTURES}/rounds/astana-91.json`;
    const expected = [...linesOf(clause), ...linesOf(round)];
    expect(expected).toHaveLength(2);
    expect(runValidate([clause, round])).toEqual({ code: 1, stdout: `${expected.join('\n')}\n` });
  });
});
