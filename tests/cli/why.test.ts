import { describe, expect, it } from 'vitest';
import { UNTOLD } from '../../src/engine/why';
import { runCli } from '../support/cli';

const TEXT = 'ceasefire:2 monitoring:2 terrorism:2 political:3 sovereignty:2';

describe('why', () => {
  it('prints, for every delegation, its decision and the goal states behind it, the same bytes every time', async () => {
    const args = ['--scenario', 'astana-01', '--seed', '3', '--text', TEXT, '--json'];
    const [a, b] = await Promise.all([runCli('why', args), runCli('why', args)]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const out = JSON.parse(a.stdout);
    expect(Object.keys(out)).toEqual(['scenario', 'seed', 'text', 'delegations']);
    expect(out).toMatchObject({ scenario: 'astana-01', seed: 3, text: TEXT });
    expect(Object.keys(out.delegations)).toEqual(['russia', 'turkey', 'iran', 'government', 'opposition', 'us', 'un']);
    for (const d of Object.values(out.delegations) as { decision: string; goals: Record<string, unknown>[] }[]) {
      expect(Object.keys(d)).toEqual(['decision', 'goals']);
      for (const g of d.goals) expect(Object.keys(g)).toEqual(['id', 'kind', 'state', 'because']);
    }
    // A transition crosses the vetoes of Damascus and its allies; each says which guard, on which clause.
    const government = out.delegations.government;
    expect(['refuses', 'walkedOut']).toContain(government.decision);
    expect(government.goals).toContainEqual({
      id: 'no-transition',
      kind: 'vetoes',
      state: 'crossed',
      because: 'clauseAtLeast(political ≥ 3): text has political:3 "transition"',
    });
  });

  it('speaks for one seat: a delegation sees all its own goals, and the others only as far as the briefing told', async () => {
    const [mediator, russia] = await Promise.all([
      runCli('why', ['--scenario', 'astana-01', '--seed', '3', '--text', TEXT, '--json']),
      runCli('why', ['--scenario', 'astana-01', '--seed', '3', '--text', TEXT, '--seat', 'russia', '--json']),
    ]);
    const own = JSON.parse(russia.stdout).delegations.russia.goals.map((g: { id: string }) => g.id);
    expect(own).toContain('no-transition');
    expect(own).toContain('ceasefire');
    const turkey = JSON.parse(russia.stdout).delegations.turkey.goals.map((g: { id: string }) => g.id);
    expect(turkey).toEqual(['no-pyd', 'list-ypg']);
    // The mediator consulted each delegation once: Turkey told it one more goal.
    expect(JSON.parse(mediator.stdout).delegations.turkey.goals.length).toBeGreaterThan(turkey.length);
  });

  it('shows an untold reason for a refusal the known goals do not explain, never naming it', async () => {
    const seat = await runCli('why', [
      '--scenario',
      'astana-01',
      '--seed',
      '1',
      '--text',
      TEXT,
      '--seat',
      'projector',
      '--json',
    ]);
    const russia = JSON.parse(seat.stdout).delegations.russia;
    expect(['refuses', 'walkedOut']).toContain(russia.decision);
    expect(russia.goals).toContainEqual({ id: null, kind: null, state: null, because: UNTOLD });
    expect(JSON.stringify(russia)).not.toContain('no-transition');
  });

  it('prints a readable table without --json', async () => {
    const result = await runCli('why', ['--scenario', 'astana-01', '--seed', '3', '--text', TEXT]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^astana-01, seed 3: ceasefire:2/);
    expect(result.stdout).toMatch(/\ngovernment: (refuses|walkedOut)\n/);
    expect(result.stdout).toMatch(/no-transition +vetoes +crossed +clauseAtLeast\(political ≥ 3\)/);
  });

  it.each([
    [['--scenario', 'astana-01', '--seed', '1'], /missing --scenario, --seed or --text/],
    [['--scenario', 'astana-77', '--seed', '1', '--text', ''], /unknown scenario "astana-77"/],
    [['--scenario', 'astana-01', '--seed', '1', '--text', 'zones:2'], /--text: "zones:2" is not a clause of astana-01/],
    [['--scenario', 'astana-01', '--seed', '1', '--text', 'ceasefire:9'], /"ceasefire:9"/],
    [['--scenario', 'astana-01', '--seed', '1', '--text', '', '--seat', 'kazakhstan'], /unknown seat "kazakhstan"/],
    [['--scenario', 'astana-01', '--seed', '1', '--text', '', '--seat', 'jordan'], /jordan is not in astana-01/],
    [['--scenario', 'astana-01', '--seed', '1', '--text', '', '--loud'], /Unknown option '--loud'/],
  ])('refuses %j with the usage and exit code 2', async (args, message) => {
    const result = await runCli('why', args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/usage: npm run -s why/);
    expect(result.stdout).toBe('');
  });
});
