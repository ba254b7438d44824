import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFile } from '../../src/engine/scenario/files';
import { parseGuide } from '../../src/engine/scenario/guide-files';

/**
 * Issue 20's limits on every file from outside, with issue 18's promise kept: a refused key is one problem
 * among the file's others, and a guide (issue 16) is read by the same rules as a scenario file.
 */
const guide = readFileSync('scenarios/guides/astana-01.json', 'utf8');
const round = readFileSync('scenarios/rounds/astana-01.json', 'utf8');
const withKey = (text: string, key: string): string => text.replace('{', `{"${key}":{"x":1},`);

describe('prototype keys and limits in scenario files and guides', () => {
  it.each(['__proto__', 'constructor', 'prototype'])(
    'a round file with a key %s: that and its other problems',
    (key) => {
      const text = withKey(round, key).replace('"id": "astana-01"', '"id": "astana-1"');
      const reading = readFile({ path: 'scenarios/rounds/astana-01.json', text });
      const paths = reading.problems.map((p) => `${p.path}: ${p.expected}`);
      expect(paths).toContain(`$${key === '__proto__' ? '.__proto__' : `.${key}`}: no key named "${key}"`);
      expect(paths.some((p) => p.startsWith('$.id'))).toBe(true);
      expect(reading.file).toBeUndefined();
    },
  );

  it.each(['__proto__', 'constructor', 'prototype'])('a guide with a key %s is refused', (key) => {
    const { guide: read, problems } = parseGuide({
      path: 'scenarios/guides/astana-01.json',
      text: withKey(guide, key),
    });
    expect(read).toBeUndefined();
    expect(problems.map((p) => p.expected)).toContain(`no key named "${key}"`);
  });

  it('a guide nested 100,000 deep or over 4 MB is one problem, never a stack overflow', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(parseGuide({ path: 'g/guides/astana-01.json', text: deep }).problems).toEqual([
      expect.objectContaining({ path: '$', expected: 'JSON nested at most 64 deep' }),
    ]);
    const large = `"${'x'.repeat(4 * 1024 * 1024)}"`;
    expect(parseGuide({ path: 'g/guides/astana-01.json', text: large }).problems).toEqual([
      expect.objectContaining({ path: '$', expected: 'a file of at most 4 MB' }),
    ]);
  });
});
