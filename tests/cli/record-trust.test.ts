import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAction } from '../../src/engine/actions';
import { replay } from '../../src/engine/replay';
import type { RoundRecord } from '../../src/engine/record';
import { loadScenario } from '../support/round';
import { runCli } from '../support/cli';

/** Issue 20: records you can trust. */
const dir = mkdtempSync(join(tmpdir(), 'astana-trust-'));
const at = (name: string): string => join(dir, name);
const write = (name: string, value: unknown): string => {
  writeFileSync(at(name), JSON.stringify(value));
  return at(name);
};

let record: RoundRecord & Record<string, unknown>;
let simOut = '';
beforeAll(async () => {
  const sim = await runCli('sim', [
    '--scenario',
    'astana-01',
    '--seed',
    '5',
    '--policy',
    'greedy',
    '--record',
    at('r.json'),
  ]);
  simOut = sim.stdout;
  record = JSON.parse(readFileSync(at('r.json'), 'utf8'));
});

/** An action changed so that the round still accepts every action but ends differently. */
function editedButPlayable(): RoundRecord {
  const scenario = loadScenario();
  const original = replay(scenario, record);
  if (!original.ok) throw new Error('the record does not replay');
  const score = original.value.data().outcome?.score.total;
  for (const [index, text] of record.actions.entries()) {
    for (const strength of [0, 1, 2, 3, 4]) {
      const changed = text.replace(/:\d$/, `:${strength}`);
      if (changed === text || !parseAction(changed).ok) continue;
      const edited = { ...record, actions: record.actions.with(index, changed) };
      const again = replay(scenario, edited);
      if (again.ok && again.value.data().outcome?.score.total !== score) return edited;
    }
  }
  throw new Error('no edit keeps the record playable');
}

describe('a record carries an integrity hash (issue 20)', () => {
  it('is written by sim --record, over everything the record says', () => {
    expect(record).toMatchObject({ format: 2, scenario: 'astana-01', seed: '5', policy: 'greedy' });
    expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(record).at(-1)).toBe('hash');
  });

  it('refuses an edited action that would replay with another score', async () => {
    const result = await runCli('replay', [write('edited.json', editedButPlayable())]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/edited.json: its integrity hash does not match: the record was cut short or edited/);
  });

  it('refuses a record with its last action dropped (it used to print outcome: null)', async () => {
    const result = await runCli('replay', [write('dropped.json', { ...record, actions: record.actions.slice(0, -1) })]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/integrity hash does not match/);
  });

  it.each([
    ['seed', { seed: '6' }],
    ['difficulty', { difficulty: 'hard' }],
    ['seats', { seats: { opposition: 'human' } }],
    ['policy', { policy: 'nash' }],
  ])('refuses a record whose %s was changed', async (name, change) => {
    const result = await runCli('replay', [write(`changed-${name}.json`, { ...record, ...change })]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/integrity hash does not match/);
  });

  it('refuses a format-2 record without its hash', async () => {
    const { hash: _hash, ...bare } = record;
    const result = await runCli('replay', [write('bare.json', bare)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/has no integrity hash/);
  });

  it('replays an old record (format 1, no hash) unverified, and says so on stderr', async () => {
    const { hash: _hash, ...bare } = record;
    const result = await runCli('replay', [write('old.json', { ...bare, format: 1 })]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(simOut);
    expect(result.stderr).toMatch(/old.json: unverified: a format-1 record has no integrity hash/);
  });
});

describe("a record's scenario is an id, never a path (issue 20)", () => {
  it.each([
    ['/etc/passwd', '/etc/passwd'],
    ['a round file in the library', 'scenarios/rounds/astana-01.json'],
    ['a relative path', '../astana-01'],
  ])('replay refuses a record naming %s, without opening it', async (_what, scenario) => {
    const result = await runCli('replay', [write('named.json', { ...record, scenario })]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /named.json: not a round record: scenario: a round id such as "astana-01", never a path/,
    );
    expect(result.stderr).not.toMatch(/root|expected a JSON value/);
  });

  it('takes a scenario file only from the person: replay FILE --scenario PATH', async () => {
    const round = JSON.parse(readFileSync('scenarios/rounds/astana-01.json', 'utf8'));
    const edited = join(mkdtempSync(join(dir, 'own-')), 'astana-01.json');
    writeFileSync(edited, JSON.stringify({ ...round, hours: round.hours - 1 }));
    const given = await runCli('replay', [at('r.json'), '--scenario', edited]);
    // The person's edited file is read, so the record no longer fits its content.
    expect(given.code).toBe(1);
    expect(given.stderr).toMatch(/content has changed since this record was made/);
    const library = await runCli('replay', [at('r.json'), '--scenario', 'scenarios/rounds/astana-01.json']);
    expect(library.stdout).toBe(simOut);
    const other = await runCli('replay', [at('r.json'), '--scenario', 'scenarios/rounds/astana-02.json']);
    expect(other.stderr).toMatch(/the record is for scenario "astana-01", not "astana-02"/);
  });
});

describe('sim --actions FILE plays a person’s own list of actions (issue 20)', () => {
  it('prints what sim prints for the same actions', async () => {
    const file = write('actions.json', record.actions);
    const result = await runCli('sim', ['--scenario', 'astana-01', '--seed', '5', '--actions', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(simOut.replace('"policy":"greedy"', '"policy":"actions"'));
  });

  it('takes --difficulty, and --record writes a record that replays', async () => {
    const file = write('actions-hard.json', ['start', 'proceed', 'consult iran', 'plenary']);
    const args = ['--scenario', 'astana-01', '--seed', '5', '--actions', file, '--difficulty', 'hard'];
    const result = await runCli('sim', [...args, '--record', at('hard.json')]);
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(at('hard.json'), 'utf8'))).toMatchObject({ difficulty: 'hard', policy: 'actions' });
    expect((await runCli('replay', [at('hard.json')])).stdout).toBe(result.stdout);
  });

  it.each([
    [['start', 'proceed', 'consult jordan'], /action 3 \("consult jordan"\) was refused \(notInRound\)/],
    [['start', 'dance'], /action 2 \("dance"\) is not valid action notation/],
    [{ actions: ['start'] }, /not a list of actions: expected a JSON array of strings/],
    [['start', 7], /not a list of actions: expected a JSON array of strings/],
  ])('stops at a refused or unreadable action %j, exit 1', async (actions, message) => {
    const file = write('bad-actions.json', actions);
    const result = await runCli('sim', ['--scenario', 'astana-01', '--seed', '5', '--actions', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(`${file}: `)).toBe(true);
    expect(result.stderr).toMatch(message);
  });

  it('will not take --actions and --policy together', async () => {
    const file = write('both.json', ['start']);
    const result = await runCli('sim', [
      '--scenario',
      'astana-01',
      '--seed',
      '5',
      '--actions',
      file,
      '--policy',
      'nash',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--actions and --policy/);
  });
});
