import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealRecord, type RoundRecord } from '../../src/engine/record';
import { DELEGATIONS } from '../../src/engine/vocabulary';
import { runCli } from '../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'astana-cli-'));

describe('sim', () => {
  it('prints one JSON object with the fields other tools read, the same bytes every time', async () => {
    const args = ['--scenario', 'astana-01', '--seed', '4', '--policy', 'greedy'];
    const [a, b, byPath] = await Promise.all([
      runCli('sim', args),
      runCli('sim', args),
      runCli('sim', ['--scenario', 'scenarios/rounds/astana-01.json', '--seed', '4', '--policy', 'greedy']),
    ]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(byPath.stdout).toBe(a.stdout);
    expect(a.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(a.stdout);
    expect(Object.keys(out)).toEqual(['scenario', 'contentHash', 'seed', 'policy', 'actions', 'outcome']);
    expect(out).toMatchObject({ scenario: 'astana-01', seed: 4, policy: 'greedy' });
    expect(out.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(out.outcome)).toEqual(['adopted', 'decisions', 'score']);
    expect(Object.keys(out.outcome.decisions).toSorted()).toEqual(DELEGATIONS.toSorted());
    expect(Object.keys(out.outcome.score)).toEqual(['total', 'signatures', 'substance', 'credibility', 'time']);
  });

  it.each([
    [['--scenario', 'astana-01', '--seed', '1', '--policy', 'clever'], /unknown policy "clever"/],
    [['--scenario', 'astana-77', '--seed', '1'], /unknown scenario "astana-77": known rounds are astana-01/],
    [['--scenario', 'astana-01'], /usage: npm run -s sim/],
    [['--scenario', 'astana-01', '--seed', '1', '--fast'], /Unknown option '--fast'/],
  ])('refuses %j with a clear message', async (args, message) => {
    const result = await runCli('sim', args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});

describe('replay', () => {
  it('re-plays a record and prints what sim printed for it', async () => {
    const file = join(dir, 'random-8.json');
    const sim = await runCli('sim', ['--scenario', 'astana-01', '--seed', '8', '--policy', 'random', '--record', file]);
    const again = await runCli('replay', [file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(sim.stdout);
    const record = JSON.parse(readFileSync(file, 'utf8'));
    expect(record).toMatchObject({ format: 2, scenario: 'astana-01', seed: '8', policy: 'random' });
  });

  it.each([
    [
      'contentHash',
      (r: Record<string, unknown>) => ({ ...r, contentHash: '0'.repeat(64) }),
      /content has changed since this record was made/,
    ],
    [
      'format',
      (r: Record<string, unknown>) => ({ ...r, format: 99 }),
      /record format 99 is newer than this version reads/,
    ],
    [
      'actions',
      (r: Record<string, unknown>) => ({ ...r, actions: ['start', 'proceed', 'consult jordan'] }),
      /action 3 \("consult jordan"\) was refused \(notInRound\)/,
    ],
    [
      'notation',
      (r: Record<string, unknown>) => ({ ...r, actions: ['start', 'dance'] }),
      /action 2 \("dance"\) is not valid action notation/,
    ],
    ['shape', () => ({ hello: 'world' }), /not a round record/],
  ])('refuses a record whose %s does not fit, and says why', async (name, change, message) => {
    const base = join(dir, 'base.json');
    await runCli('sim', ['--scenario', 'astana-01', '--seed', '2', '--policy', 'passive', '--record', base]);
    const file = join(dir, `bad-${name}.json`);
    // Sealed again after the change, as a record made on other content or by another version would be:
    // what is tested is the check behind the integrity hash (tests/cli/record-trust.test.ts tests the hash).
    const changed = change(JSON.parse(readFileSync(base, 'utf8'))) as RoundRecord;
    writeFileSync(file, JSON.stringify(name === 'format' || name === 'shape' ? changed : sealRecord(changed)));
    const result = await runCli('replay', [file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('refuses a file that is not JSON', async () => {
    const file = join(dir, 'garbage.json');
    writeFileSync(file, '{ not json');
    const result = await runCli('replay', [file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not a readable JSON record/);
  });
});
