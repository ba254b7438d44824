import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRecord, sealRecord } from '../../src/engine/record';
import { replay } from '../../src/engine/replay';
import { startRound, type ActResult } from '../../src/engine/session';
import { loadScenario } from '../support/round';
import { difficulty, moves, play, resolve, PROPERTY_TIMEOUT, runs, seed, snapshotJson, variant } from './moves';

const RUNS = runs(80);

describe('determinism: a seed and a list of actions make one round', () => {
  it(
    'two rounds played side by side with the same seed and actions agree byte for byte',
    () => {
      fc.assert(
        fc.property(seed, moves(40), difficulty, variant, (s, ms, level, seats) => {
          const scenario = loadScenario('astana-01', seats);
          const a = startRound(scenario, { seed: s, difficulty: level });
          const b = startRound(scenario, { seed: s, difficulty: level });
          const results: [ActResult, ActResult][] = [];
          // Interleaved, so that state shared between rounds (caches, streams) would show.
          for (const m of ms) {
            const action = resolve(a, m);
            results.push([a.act(action), b.act(action)]);
          }
          for (const [ra, rb] of results) expect(rb).toEqual(ra);
          expect(snapshotJson(b)).toBe(snapshotJson(a));
          expect(JSON.stringify(b.record())).toBe(JSON.stringify(a.record()));
          a.stop();
          b.stop();
        }),
        RUNS,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'a fresh round fed the same actions later agrees, and replaying the record (through its file form) reproduces it',
    () => {
      fc.assert(
        fc.property(seed, moves(40), difficulty, variant, (s, ms, level, seats) => {
          const scenario = loadScenario('astana-01', seats);
          const a = startRound(scenario, { seed: s, difficulty: level });
          const tried = play(a, ms);
          const b = startRound(scenario, { seed: s, difficulty: level });
          for (const action of tried) b.act(action);
          expect(snapshotJson(b)).toBe(snapshotJson(a));
          expect(b.record()).toEqual(a.record());

          const record = parseRecord(JSON.parse(JSON.stringify(sealRecord(a.record()))));
          expect(record.ok).toBe(true);
          if (!record.ok) return;
          const again = replay(scenario, record.value);
          expect(again.ok ? 'ok' : again.error).toBe('ok');
          if (!again.ok) return;
          expect(JSON.stringify(again.value.data())).toBe(JSON.stringify(a.data()));
          expect(snapshotJson(again.value)).toBe(snapshotJson(a));
          expect(again.value.record()).toEqual(a.record());
          expect(sealRecord(again.value.record())).toEqual(sealRecord(a.record()));
          a.stop();
          b.stop();
          again.value.stop();
        }),
        RUNS,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('the seed matters: the same actions under different seeds do not all make the same round', () => {
    const scenario = loadScenario();
    const script = [
      'start',
      'proceed',
      'consult opposition',
      'consult iran',
      'caucus',
      'sound iran monitoring:2',
      'plenary',
    ];
    const rounds = ['1', '2', '3', '4', '5', '6'].map((s) => {
      const r = replay(scenario, {
        format: 1,
        scenario: scenario.id,
        contentHash: scenario.contentHash,
        seed: s,
        difficulty: 'normal',
        actions: script,
      });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return snapshotJson(r.value);
    });
    expect(new Set(rounds).size).toBeGreaterThan(1);
  });

  it('refuses a strength that is not a whole wording, so every accepted action can be recorded and replayed', () => {
    const round = startRound(loadScenario(), { seed: '1' });
    round.act({ type: 'start' });
    round.act({ type: 'proceed' });
    for (const strength of [1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = round.act({ type: 'edit', clause: 'monitoring', strength });
      expect(result.ok ? 'accepted' : result.refusal.code).toBe('badStrength');
    }
  });
});
