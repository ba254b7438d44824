import { describe, expect, it } from 'vitest';
import { parseAction } from '../../src/engine/actions';
import { compileRound } from '../../src/engine/model/round-model';
import { settle } from '../../src/engine/goals/settle';
import { startRound } from '../../src/engine/session';
import { viewFor } from '../../src/engine/view';
import type { Because } from '../../src/engine/goals/charts';
import { createI18n } from '../../src/i18n';
import { expertOf } from '../../src/client/host/reports';
import {
  becauseText,
  behindText,
  decisive,
  namer,
  objectionLines,
  reasonsLine,
  recallText,
  stateKey,
  stateLabel,
  type Words,
} from '../../src/ui/why-words';
import { contentFor } from '../support/client';
import { scenario } from '../support/library';

const i18n = await createI18n('en');
const s = scenario('astana-01');
const w: Words = { t: i18n.t, content: contentFor(s), locale: 'en' };
const label = (
  kind: Parameters<typeof stateKey>[0]['kind'],
  state: string,
  because: Because = { guard: 'clauseBelow' },
) => stateLabel(w, { kind, state, because });

function played(...actions: string[]) {
  const round = startRound(s, { seed: '1' });
  for (const a of actions) {
    const parsed = parseAction(a);
    if (!parsed.ok || !round.act(parsed.value).ok) throw new Error(`not accepted: ${a}`);
  }
  return round;
}

describe('the labels of goal states (issue 13)', () => {
  it('says a veto is "not crossed" or "crossed", never "met"', () => {
    expect(label('vetoes', 'clear')).toBe('not crossed');
    expect(label('vetoes', 'crossed')).toBe('crossed');
  });

  it('never says a hope is crossed or met: pleased, displeased, or not in the text', () => {
    const absent = label('prefers', 'indifferent', { guard: 'wordingNeutral', clause: 'terrorism', found: 0 });
    const neutral = label('prefers', 'indifferent', { guard: 'wordingNeutral', clause: 'terrorism', found: 1 });
    expect([label('prefers', 'pleased'), label('prefers', 'displeased'), absent, neutral]).toEqual([
      'pleased',
      'displeased',
      'not in the text',
      'indifferent',
    ]);
  });

  it('says a demand is met, met by what is in force, not met, or a red line crossed when tabled without it', () => {
    expect(label('requires', 'met', { guard: 'clauseAtLeast' })).toBe('met');
    expect(label('requires', 'met', { guard: 'inForce', clause: 'ceasefire', inForce: 2 })).toBe(
      'met: in force from earlier rounds',
    );
    expect(label('requires', 'unmet')).toBe('not met');
    expect(label('requires', 'violated')).toBe('not met: a red line crossed');
  });

  it('names the step a campaign stops short of by its clause', () => {
    expect(label('campaign', 'monitoring', { guard: 'clauseBelow', clause: 'monitoring', min: 2 })).toBe(
      'stops short of Monitoring the ceasefire',
    );
    expect(label('campaign', 'achieved')).toBe('achieved');
  });

  it('has words for every state every goal of the round can reach, and no raw state name', () => {
    const model = compileRound(s, '1', 'normal', true);
    const agenda = s.agenda;
    const everyone = () => true;
    for (const id of model.delegations) {
      for (const g of model.byId.get(id)?.goals ?? []) {
        for (let at = 0; at < agenda.ids.length; at += 1) {
          for (let strength = 0; strength <= (agenda.max[at] ?? 0); strength += 1) {
            const draft = agenda.ids.map((_, i) => (i === at ? strength : 0));
            const record = settle(g, draft, everyone);
            const key = stateKey({ kind: g.kind, ...record });
            expect(i18n.exists(key), `${id} ${g.id} ${record.state}: ${key}`).toBe(true);
            expect(key).not.toBe('why.state.unknown');
            if (g.kind === 'prefers') expect(stateLabel(w, { kind: g.kind, ...record })).not.toMatch(/crossed|met/);
          }
        }
      }
    }
  });
});

describe('the reason a guard gives, in words', () => {
  it('reads the clause and wording the guard saw', () => {
    expect(becauseText(w, { guard: 'clauseAtLeast', clause: 'us-role', min: 1, found: 1 })).toBe(
      'the text says “US welcomed” on The United States',
    );
    expect(becauseText(w, { guard: 'clauseBelow', clause: 'political', min: 3, found: 0 })).toBe(
      'the text leaves out Political process',
    );
    expect(becauseText(w, { guard: 'clauseBelow', clause: 'political', min: 3, found: 1 })).toMatch(
      /^the text says only “.+” on Political process$/,
    );
    expect(becauseText(w, { guard: 'signsBeside', delegation: 'iran' })).toBe('Iran is at the table');
    expect(becauseText(w, { guard: 'notHeard' })).toBe('it has not heard the text yet');
  });
});

describe('the reasons for a refusal, as every screen names them', () => {
  it('gives the crossed red lines of a delegation that walked out, and Recall says what would bring it back', () => {
    const round = played('start', 'proceed', 'edit us-role:2', 'caucus', 'edit political:3', 'consult un');
    const view = viewFor(round, 'mediator');
    const iran = view.delegations.find((d) => d.id === 'iran');
    if (iran === undefined) throw new Error('no Iran');
    expect(iran.attendance).toBe('walkedOut');
    expect(decisive(iran.why).map((r) => (r.known ? r.id : '?'))).toEqual(['no-us']);
    expect(reasonsLine(w, iran)).toBe('Any role for the United States — crossed');
    expect(recallText(w, iran)).toContain(
      'a draft that changes what keeps it away (Any role for the United States — crossed)',
    );
    const turkey = view.delegations.find((d) => d.id === 'turkey');
    if (turkey === undefined) throw new Error('no Turkey');
    expect(recallText(w, turkey)).toMatch(/^Nothing you know of/);
  });

  it('stands one untold line for a refusal the known goals do not explain, and never names the hidden goal', () => {
    const round = played('start', 'proceed', 'edit political:3', 'plenary');
    const view = viewFor(round, 'mediator');
    const russia = view.delegations.find((d) => d.id === 'russia');
    if (russia === undefined) throw new Error('no Russia');
    expect(russia.why.verdict).toBe('refuses');
    expect(reasonsLine(w, russia)).toBe('a reason it has not told you');
    const named = russia.why.reasons.map((r) => (r.known ? stateLabel(w, r) : '')).join(' ');
    expect(named).not.toContain('removes the Syrian president');
    expect(namer(w, russia)('no-transition')).toBe('no-transition');
  });

  it('puts the editor’s objections strongest first, each with its goal in words', () => {
    const view = viewFor(played('start', 'proceed', 'consult us'), 'mediator');
    const lines = objectionLines(w, view.delegations, [
      { delegation: 'us', goal: 'role', severity: 'frowns' },
      { delegation: 'iran', goal: 'no-us', severity: 'walksOut' },
    ]);
    expect(lines.map((l) => l.severity)).toEqual(['walksOut', 'frowns']);
    expect(lines[0]?.text).toBe('Iran would walk out — will not accept: Any role for the United States');
    expect(view.objections['us-role']?.[1]).toEqual([{ delegation: 'iran', goal: 'no-us', severity: 'walksOut' }]);
  });

  it('names the known goals behind a gain the expert’s text beats, and an untold reason for the rest', () => {
    const round = played('start', 'proceed', 'plenary');
    const view = viewFor(round, 'mediator');
    const { behind, shares } = expertOf(round);
    const of = (id: string) => {
      const d = view.delegations.find((x) => x.id === id);
      if (d === undefined) throw new Error(`no ${id}`);
      return behindText(w, d, behind[d.id]);
    };
    expect(of('turkey')).toBe(
      'Behind it: The PKK and its Syrian branches named among terrorist groups (indifferent with yours, ' +
        'pleased with the expert’s); perhaps goals it has not told you.',
    );
    // Nothing the mediator learned of the opposition's goals reads the two texts differently.
    expect(of('opposition')).toBe('Behind it: a reason it has not told you.');
    // Only a gain that differs has goals behind it, and only goals the mediator knows.
    for (const share of shares) {
      const b = behind[share.delegation];
      expect(b === undefined).toBe(share.nash === null || share.nash === share.player);
      const known = view.delegations.find((d) => d.id === share.delegation)?.goals.map((g) => g.id) ?? [];
      for (const x of b?.differences ?? []) expect(known).toContain(x.mine.id);
    }
  });
});
