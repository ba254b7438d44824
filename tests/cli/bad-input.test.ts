import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../support/cli';

/**
 * Issue 20: bad input gets a clear error, never a stack trace. Each message starts with the file it is
 * about and the tool exits 1; a stack trace or a raw errno (EISDIR, ENOENT) is a failure.
 */
const dir = mkdtempSync(join(tmpdir(), 'astana-bad-'));
const at = (name: string): string => join(dir, name);
const DEEP = 100_000;

/** validate prints a file's problems on stdout (they are its report), the other tools on stderr. */
function expectClear(result: CliResult, file: string, message: RegExp): void {
  const said = `${result.stderr}${result.stdout}`;
  expect(result.code).toBe(1);
  expect(said).not.toMatch(/\n\s+at |RangeError|EISDIR|ENOENT|node:internal/);
  expect(said.startsWith(`${file}:`)).toBe(true);
  expect(said).toMatch(message);
}

let record: Record<string, unknown> = {};
beforeAll(async () => {
  mkdirSync(at('folder.json'));
  writeFileSync(at('deep-array.json'), `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`);
  writeFileSync(at('deep-object.json'), `${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}`);
  // A round file big enough to be refused for its size alone (well-formed, so nothing else is wrong).
  const round = JSON.parse(readFileSync('scenarios/rounds/astana-01.json', 'utf8'));
  writeFileSync(at('astana-01.json'), JSON.stringify({ ...round, notes: 'x'.repeat(10 * 1024 * 1024) }));
  await runCli('sim', ['--scenario', 'astana-01', '--seed', '2', '--policy', 'passive', '--record', at('base.json')]);
  record = JSON.parse(readFileSync(at('base.json'), 'utf8'));
});

describe('validate and replay on what is not a readable file (issue 20)', () => {
  it.each([
    ['validate', 'a directory', 'folder.json', /is a directory, not a file/],
    ['replay', 'a directory', 'folder.json', /is a directory, not a file/],
    ['validate', 'a missing path', 'missing.json', /no such file/],
    ['replay', 'a missing path', 'missing.json', /no such file/],
    ['validate', `JSON nested ${DEEP} deep in arrays`, 'deep-array.json', /nested more than 64 deep at line 1/],
    ['validate', `JSON nested ${DEEP} deep in objects`, 'deep-object.json', /nested more than 64 deep/],
    ['replay', `JSON nested ${DEEP} deep in arrays`, 'deep-array.json', /nested more than 64 deep/],
    ['replay', `JSON nested ${DEEP} deep in objects`, 'deep-object.json', /nested more than 64 deep/],
    ['validate', 'a file of more than 4 MB', 'astana-01.json', /larger than 4 MB/],
  ] as const)('%s on %s says FILE: and why, and exits 1', async (tool, _what, name, message) => {
    expectClear(await runCli(tool, [at(name)]), at(name), message);
  });
});

describe('records that ask for more than a round can hold (issue 20)', () => {
  const variants: readonly [string, (r: Record<string, unknown>) => unknown, RegExp][] = [
    ['a seed of 10 MB', (r) => ({ ...r, seed: 'x'.repeat(10 * 1024 * 1024) }), /larger than 4 MB/],
    ['a seed of 65 characters', (r) => ({ ...r, seed: '7'.repeat(65) }), /seed: .*at most 64/],
    [
      'more actions than a round can take',
      (r) => ({ ...r, actions: Array.from({ length: 2001 }, () => 'caucus') }),
      /actions: .*at most 2000/,
    ],
    ['an action longer than any the game writes', (r) => ({ ...r, actions: ['x'.repeat(400)] }), /at most 295/],
  ];
  it.each(variants)('refuses %s at once', async (_what, change, message) => {
    const file = at(`limit-${_what.length}.json`);
    writeFileSync(file, JSON.stringify(change(record)));
    const began = performance.now();
    const result = await runCli('replay', [file]);
    expectClear(result, file, message);
    expect(result.stdout).toBe('');
    // At once: the time it takes to start the tool, not to play a round on a 10 MB seed.
    expect(performance.now() - began).toBeLessThan(30_000);
  });
});

describe('__proto__, constructor and prototype as keys are refused everywhere (issue 20)', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('a round file with a key %s', async (key) => {
    const round = readFileSync('scenarios/rounds/astana-01.json', 'utf8');
    const file = join(mkdtempSync(join(dir, 'proto-')), 'astana-01.json');
    writeFileSync(file, round.replace('{', `{"${key}": {"agenda": []},`));
    const result = await runCli('validate', [file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${file}:$.${key}: expected no key named "${key}"`);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a record with a key %s', async (key) => {
    const file = at(`record-${key}.json`);
    writeFileSync(file, JSON.stringify(record).replace('"seats"', `"${key}":{},"seats"`).replace('{', `{"${key}":1,`));
    expectClear(await runCli('replay', [file]), file, new RegExp(`the key "${key}" is not allowed \\(at \\$\\)`));
  });
});
