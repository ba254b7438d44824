import { describe, expect, it } from 'vitest';
import { parseAction } from '../../src/engine/actions';
import { historyBot } from '../../src/engine/bots/history';
import { playBot } from '../../src/engine/bots/bot';
import { parseDraft } from '../../src/engine/draft';
import { fidelityOf, fidelityReport, fidelitySweep, FIDELITY_SEED } from '../../src/engine/fidelity';
import { arrivalFor, BOYCOTT_TRUST } from '../../src/engine/model/temper';
import { profileAt } from '../../src/engine/scenario/eras';
import { REAL_RESULTS } from '../../src/engine/scenario/schema';
import { startRound } from '../../src/engine/session';
import { GUARANTORS } from '../../src/engine/vocabulary';
import { library, scenario } from '../support/library';

const ROUNDS = [...library().rounds.keys()].toSorted();

describe('the historical rounds (issue 6)', () => {
  it('has one file per round of the shared record, all 22 of them, numbered as it numbers them (issue 18)', () => {
    expect(ROUNDS).toEqual(Array.from({ length: 22 }, (_, i) => `astana-${String(i + 1).padStart(2, '0')}`));
  });

  it.each(ROUNDS)(
    '%s: dated, sourced, its real text and course over its own agenda, a result for every guarantor it records',
    (id) => {
      const s = scenario(id);
      const history = s.round.history;
      expect(history).toBeDefined();
      if (history === undefined) return;
      expect(s.round.dates.start <= s.round.dates.end).toBe(true);
      expect(history.sources.length).toBeGreaterThan(0);
      expect(parseDraft(s.agenda, history.text).ok).toBe(true);
      for (const step of history.course) expect(parseAction(step).ok, step).toBe(true);
      for (const [d, r] of Object.entries(history.results)) {
        expect(REAL_RESULTS).toContain(r);
        // A result is recorded only for a delegation the round file names (present, boycotting or gone by then).
        expect(s.round.delegations[d as keyof typeof s.round.delegations], d).toBeDefined();
      }
      for (const kp of history.keyPoints)
        if (kp.clause !== undefined) expect(s.agenda.ids, kp.clause).toContain(kp.clause);
      // The real text is exactly what the key points map to: the strongest wording named for each clause.
      const mapped: Record<string, number> = {};
      for (const kp of history.keyPoints)
        if (kp.clause !== undefined) mapped[kp.clause] = Math.max(mapped[kp.clause] ?? 0, kp.strength ?? 0);
      const text = Object.fromEntries(
        history.text
          .split(/\s+/)
          .filter((t) => t !== '')
          .map((t) => [t.split(':')[0], Number(t.split(':')[1])]),
      );
      expect(mapped).toEqual(text);
      // Statements by named people are marked as paraphrases.
      for (const kp of history.keyPoints)
        if (/\bhead\b|envoy said|called/.test(kp.text.en) && !kp.clause)
          expect(kp.text.en).toMatch(/[Pp]araphrased|as reported/);
    },
  );
});

describe('eras', () => {
  it('the US stops coming in 2018; Iraq and Lebanon come from August 2019', () => {
    const us = library().delegations.get('us');
    const iraq = library().delegations.get('iraq');
    if (us === undefined || iraq === undefined) throw new Error('profiles missing');
    expect(profileAt(us, '2017-12-21').attends).toBe(true);
    expect(profileAt(us, '2018-11-28').attends).toBe(false);
    expect(profileAt(iraq, '2019-04-25').attends).toBe(false);
    expect(profileAt(iraq, '2019-12-10').attends).toBe(true);
    expect(scenario('astana-11').delegations).not.toContain('us');
    expect(scenario('astana-14').delegations).toEqual(expect.arrayContaining(['iraq', 'lebanon']));
  });

  it('adds, replaces and drops goals by date, and leaves the library profile untouched', () => {
    const turkey = library().delegations.get('turkey');
    const russia = library().delegations.get('russia');
    if (turkey === undefined || russia === undefined) throw new Error('profiles missing');
    const before = JSON.stringify(turkey);
    const kind = (date: string) => profileAt(turkey, date).profile.goals.find((g) => g.id === 'normalisation')?.kind;
    expect(kind('2019-01-01')).toBe('vetoes');
    expect(kind('2023-06-20')).toBe('prefers');
    expect(profileAt(turkey, '2023-06-20').profile.goals.some((g) => g.id === 'no-timetable')).toBe(true);
    expect(profileAt(russia, '2017-01-23').profile.hiddenPool.some((g) => g.id === 'no-terrorist-truce')).toBe(true);
    expect(profileAt(russia, '2018-07-30').profile.hiddenPool.some((g) => g.id === 'no-terrorist-truce')).toBe(false);
    expect(JSON.stringify(turkey)).toBe(before);
  });
});

describe('arrival', () => {
  it('follows the starting trust unless a round file forces it', () => {
    expect(arrivalFor(undefined, BOYCOTT_TRUST - 1)).toBe('boycott');
    expect(arrivalFor(undefined, BOYCOTT_TRUST)).toBe('present');
    expect(arrivalFor('present', 0)).toBe('present');
    expect(arrivalFor('boycott', 100)).toBe('boycott');
    // Astana 3: the opposition starts with little trust after the grievances it listed, and stays away.
    expect(scenario('astana-03').round.delegations.opposition?.arrival).toBeUndefined();
    expect(startRound(scenario('astana-03'), { seed: '1' }).model.byId.get('opposition')?.arrival).toBe('boycott');
  });
});

describe('the history policy', () => {
  it.each(['astana-01', 'astana-04', 'astana-20'])(
    '%s: the same seed plays the same record, and the real text is what gets tabled',
    (id) => {
      const play = () => {
        const round = startRound(scenario(id), { seed: '11' });
        playBot(round, historyBot());
        return round;
      };
      const [a, b] = [play(), play()];
      expect(a.record()).toEqual(b.record());
      const real = parseDraft(a.model.scenario.agenda, a.model.scenario.round.history?.text ?? '');
      expect(real.ok && a.data().outcome?.text).toEqual(real.ok ? real.value : null);
      expect(a.record().actions.at(-1)).toBe('plenary');
    },
  );
});

describe('fidelity', () => {
  const report = fidelityReport(ROUNDS.map((id) => fidelityOf(scenario(id), FIDELITY_SEED)));

  // Issue 18: the minimum over seeds 1 to 20 is the figure that counts, not the default seed.
  it('agrees on at least nine cells in ten at every seed from 1 to 20', () => {
    const sweep = fidelitySweep(
      ROUNDS.map((id) => scenario(id)),
      Array.from({ length: 20 }, (_, i) => String(i + 1)),
    );
    expect(sweep.seeds).toHaveLength(20);
    expect(sweep.min).toBeGreaterThanOrEqual(0.9);
    for (const s of sweep.seeds) expect(s.rate, `seed ${s.seed}`).toBeGreaterThanOrEqual(0.9);
  });

  it('plays every round with one shared model and agrees with the record on at least nine cells in ten', () => {
    expect(report.rounds.map((r) => r.id)).toEqual(ROUNDS);
    expect(report.cells).toBe(report.rounds.reduce((n, r) => n + r.cells.length, 0));
    expect(report.rate).toBeGreaterThanOrEqual(0.9);
  });

  // History is replayed without the difficulty's seeded lift (issue 18), so a guarantor's endorsement no
  // longer turns into a reservation on an unlucky seed.
  it('agrees on 90 % of the cells that attendance does not settle (guarantors and parties)', () => {
    const decided = report.rounds
      .flatMap((r) => r.cells)
      .filter((c) => !['observer', 'absent', 'boycott'].includes(c.real));
    expect(decided.filter((c) => c.predicted === c.real).length / decided.length).toBeGreaterThanOrEqual(0.9);
  });

  it('has every guarantor sign every document the record says it signed', () => {
    for (const r of report.rounds)
      for (const c of r.cells)
        if ((GUARANTORS as readonly string[]).includes(c.delegation) && c.real === 'signs')
          expect(c.predicted, `${r.id} ${c.delegation}`).toBe('signs');
  });
});
