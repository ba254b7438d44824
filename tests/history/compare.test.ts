import { describe, expect, it } from 'vitest';
import { botFor, playBot } from '../../src/engine/bots';
import {
  clauseChange,
  compareWithHistory,
  playedRound,
  signatureChange,
  type PlayedRound,
} from '../../src/engine/compare';
import { parseDraft } from '../../src/engine/draft';
import { startRound } from '../../src/engine/session';
import { DELEGATIONS, type Decision, type DelegationId } from '../../src/engine/vocabulary';
import { createI18n } from '../../src/i18n';
import { translate } from '../../src/i18n/content';
import { contentFor } from '../support/client';
import { scenario } from '../support/library';

/** A played round over astana-04's agenda: a text in notation and decisions for the delegations named. */
function played(text: string, decisions: Partial<Record<DelegationId, Decision>>): PlayedRound {
  const s = scenario('astana-04');
  const draft = parseDraft(s.agenda, text);
  if (!draft.ok) throw new Error(text);
  const all = Object.fromEntries(DELEGATIONS.map((d) => [d, decisions[d] ?? 'absent'])) as Record<
    DelegationId,
    Decision
  >;
  const roles = Object.fromEntries(s.delegations.map((d) => [d, s.profiles[d]?.role])) as PlayedRound['roles'];
  return { text: draft.value, decisions: all, roles };
}

const GUARANTORS_SIGN = { russia: 'signs', turkey: 'signs', iran: 'signs' } as const;

describe('clause and signature changes', () => {
  it.each([
    [2, 2, 'same'],
    [3, 2, 'stronger'],
    [1, 2, 'weaker'],
    [0, 2, 'missing'],
    [1, 0, 'extra'],
    [0, 0, 'same'],
  ] as const)('player %i against real %i is %s', (player, real, change) =>
    expect(clauseChange(player, real)).toBe(change),
  );

  it.each([
    ['signs', 'refuses', 'gained'],
    ['reserves', 'walkedOut', 'gained'],
    ['refuses', 'signs', 'lost'],
    ['observer', 'observer', 'same'],
    ['observer', 'signs', 'other'],
    ['boycott', 'absent', 'other'],
  ] as const)('%s against real %s is %s', (player, real, change) => expect(signatureChange(player, real)).toBe(change));
});

describe('compareWithHistory (astana-04: the memorandum)', () => {
  it('finds nothing to say when the player tables the real text and the delegations do what they did', () => {
    const s = scenario('astana-04');
    const c = compareWithHistory(
      s,
      played(s.round.history?.text ?? '', {
        ...GUARANTORS_SIGN,
        government: 'signs',
        opposition: 'walkedOut',
        un: 'signs',
        us: 'refuses',
        jordan: 'signs',
      }),
    );
    expect(c?.clauses.every((row) => row.change === 'same')).toBe(true);
    expect(c?.signatures.every((row) => row.change === 'same')).toBe(true);
    expect(c?.achieved).toEqual([]);
    expect(c?.missed).toEqual([]);
    expect(c?.summary).toEqual([{ key: 'compare.summary.same' }]);
  });

  it('lists clause by clause what went further, what fell short, what was left out or added', () => {
    const c = compareWithHistory(
      scenario('astana-04'),
      played('ceasefire:3 zones:1 monitoring:2 sovereignty:1 detainees:1', GUARANTORS_SIGN),
    );
    const by = Object.fromEntries((c?.clauses ?? []).map((row) => [row.clause, row.change]));
    expect(by).toEqual({
      zones: 'weaker',
      ceasefire: 'stronger',
      monitoring: 'extra',
      terrorism: 'missing',
      sovereignty: 'same',
      detainees: 'same',
      political: 'same',
    });
    expect(c?.achieved.map((m) => m.key)).toEqual(['compare.clause.stronger', 'compare.clause.extra']);
    expect(c?.missed.map((m) => m.key)).toEqual([
      'compare.clause.weaker',
      'compare.clause.missing',
      'compare.signature.lost',
    ]);
    expect(c?.achieved[0]?.params).toEqual({ clause: 'ceasefire', strength: 3, real: 2 });
    // The government endorsed the real memorandum and is absent here; the opposition was away in both.
    expect(c?.missed[2]?.params).toEqual({ delegation: 'government', result: 'absent', realResult: 'signs' });
    expect(c?.summary.map((m) => m.params)).toEqual([{ count: 2 }, { count: 3 }]);
  });

  it('sets who signed in each side by side, observers as observers', () => {
    const c = compareWithHistory(
      scenario('astana-04'),
      played('zones:2', {
        russia: 'signs',
        turkey: 'signs',
        iran: 'refuses',
        government: 'reserves',
        opposition: 'reserves',
        un: 'signs',
      }),
    );
    const row = (d: DelegationId) => c?.signatures.find((x) => x.delegation === d);
    expect(row('iran')).toEqual({ delegation: 'iran', player: 'refuses', real: 'signs', change: 'lost' });
    expect(row('opposition')).toEqual({
      delegation: 'opposition',
      player: 'reserves',
      real: 'walkedOut',
      change: 'gained',
    });
    expect(row('un')).toEqual({ delegation: 'un', player: 'observer', real: 'observer', change: 'same' });
    expect(c?.playerAdopted).toBe(false);
    expect(c?.realAdopted).toBe(true);
    expect(c?.missed[0]).toEqual({ key: 'compare.adopted.realOnly' });
  });

  it('leaves its inputs untouched and says nothing for a round without history', () => {
    const p = played('zones:3', GUARANTORS_SIGN);
    const before = JSON.stringify(p);
    compareWithHistory(scenario('astana-04'), p);
    expect(JSON.stringify(p)).toBe(before);
    const s = scenario('astana-04');
    expect(compareWithHistory({ ...s, round: { ...s.round, history: undefined } }, p)).toBeUndefined();
  });

  it('compares a round the greedy bot played, and every message reads as English with names, not ids', async () => {
    const i18n = await createI18n('en');
    for (const id of ['astana-01', 'astana-04', 'astana-20']) {
      const s = scenario(id);
      const round = startRound(s, { seed: '7' });
      playBot(round, botFor('greedy', '7'));
      const p = playedRound(round);
      expect(p).toBeDefined();
      const c = compareWithHistory(s, p as PlayedRound);
      for (const m of [...(c?.achieved ?? []), ...(c?.missed ?? []), ...(c?.summary ?? [])]) {
        expect(i18n.exists(m.key, m.params), m.key).toBe(true);
        const text = translate(m, contentFor(s), i18n.t, 'en');
        expect(text, m.key).not.toMatch(/\{\{|\}\}/);
        expect(text, m.key).not.toMatch(/\b[a-z0-9]+-[a-z0-9-]+\b/);
      }
    }
  });
});
