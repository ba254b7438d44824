import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_ACTION_CHARS, MAX_ACTIONS } from '../../src/engine/actions';
import { MAX_SEED, RECORD_FORMAT } from '../../src/engine/record';
import { MAX_FILE_BYTES, MAX_JSON_DEPTH } from '../../src/engine/safe-json';
import { MAX_KEPT } from '../../src/game/kept-saves';

/** The README states the limits of issue 20; they are the code's. */
describe('the limits the README states', () => {
  const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
  const n = (x: number): string => x.toLocaleString('en');

  it('are the code’s limits', () => {
    expect(readme).toContain(`at most ${n(MAX_ACTIONS)} actions`);
    expect(readme).toContain(`the ${n(MAX_ACTIONS + 1)}st is refused`);
    expect(readme).toContain(`each at most ${MAX_ACTION_CHARS} characters, a seed of at most ${MAX_SEED}`);
    expect(readme).toContain(
      `a file over ${MAX_FILE_BYTES / 1024 / 1024} MB, JSON nested more than ${MAX_JSON_DEPTH} deep`,
    );
    expect(readme).toContain(`up to ${MAX_KEPT.replaced} rounds put aside and ${MAX_KEPT.unreadable} unreadable saves`);
    expect(readme).toContain(`["astana-record", ${RECORD_FORMAT}, scenario`);
  });
});
