import { describe, expect, it } from 'vitest';
import { BALANCE_POLICIES } from '../../src/engine/bots';
import { runCli } from '../support/cli';

/** Each call starts tsx and worker threads; on a loaded two-core machine that takes seconds. */
const CLI_TIMEOUT = { timeout: 60_000 };

describe('balance', CLI_TIMEOUT, () => {
  it("prints one JSON object: scenario, seeds, difficulty, every policy's figures, the degenerate list", async () => {
    const result = await runCli('balance', [
      '--scenario',
      'astana-01',
      '--seeds',
      '24',
      '--difficulty',
      'hard',
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(result.stdout);
    expect(Object.keys(out)).toEqual(['scenario', 'seeds', 'difficulty', 'policies', 'degenerate']);
    expect(out).toMatchObject({ scenario: 'astana-01', seeds: 24, difficulty: 'hard' });
    expect(Object.keys(out.policies)).toEqual([...BALANCE_POLICIES]);
    for (const figures of Object.values(out.policies))
      expect(Object.keys(figures as object)).toEqual(['adoptionRate', 'meanScore', 'medianScore']);
    expect(Array.isArray(out.degenerate)).toBe(true);
  });

  it('gives the same figures on one thread as on several, and as a table without --json', async () => {
    const args = ['--scenario', 'astana-01', '--seeds', '10'];
    const [one, two, table] = await Promise.all([
      runCli('balance', [...args, '--json', '--threads', '1']),
      runCli('balance', [...args, '--json', '--threads', '2']),
      runCli('balance', args),
    ]);
    expect(one.stdout).toBe(two.stdout);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^astana-01, 10 seeds, normal\n/);
    expect(table.stdout).toMatch(/\nnash +\d+\.\d %/);
    expect(table.stdout).toMatch(/\ndegenerate: /);
  });

  it.each([
    [['--scenario', 'astana-01', '--seeds', '10', '--difficulty', 'brutal'], /unknown difficulty "brutal"/],
    [['--scenario', 'astana-01', '--seeds', 'many'], /--seeds must be a whole number/],
    [['--scenario', 'astana-77', '--seeds', '10'], /unknown scenario "astana-77"/],
    [['--seeds', '10'], /usage: npm run -s balance/],
  ])('refuses %j with a clear message', async (args, message) => {
    const result = await runCli('balance', args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});

describe('sim with the new bots', CLI_TIMEOUT, () => {
  it.each(['nash', 'only-edit'])('plays --policy %s', async (policy) => {
    const result = await runCli('sim', ['--scenario', 'astana-01', '--seed', '4', '--policy', policy]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ policy, outcome: { adopted: expect.any(Boolean) } });
  });
});
