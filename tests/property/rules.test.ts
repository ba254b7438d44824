import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/engine/actions';
import { settle } from '../../src/engine/goals/settle';
import { seatedIn } from '../../src/engine/round/context';
import type { RoundState } from '../../src/engine/round/state';
import { stepRound } from '../../src/engine/round/step';
import { restoreRound } from '../../src/engine/restore';
import { startRound, type Round } from '../../src/engine/session';
import { DELEGATIONS, type DelegationId, type Seat } from '../../src/engine/vocabulary';
import { seatKnows, whyOf } from '../../src/engine/why';
import { loadScenario } from '../support/round';
import { anyAction, difficulty, moves, play, PROPERTY_TIMEOUT, resolve, runs, seed, variant } from './moves';

/**
 * Issue 13's properties. `npm test` runs a slice; `npm run -s test:long` runs each 10,000 times
 * (PROPERTIES=long), a few minutes on this machine.
 */
const LONG = process.env.PROPERTIES === 'long';
const RUNS = (slice: number) => (LONG ? { numRuns: 10_000 } : runs(slice));
const TIMEOUT = LONG ? 3_600_000 : PROPERTY_TIMEOUT;
const ENDORSE = new Set(['signs', 'reserves']);

/** A round played from any moves to its outcome: the plenary called at the end if the moves did not get there. */
function finished(s: string, ms: Parameters<typeof play>[1], level: 'easy' | 'normal' | 'hard', seats: object): Round {
  const round = startRound(loadScenario('astana-01', seats), { seed: s, difficulty: level });
  play(round, ms);
  for (const action of [{ type: 'start' }, { type: 'proceed' }, { type: 'plenary' }] as const) round.act(action);
  return round;
}

const decidedByStudents = (round: Round, d: DelegationId): boolean =>
  round.data().actions.some((a) => a.startsWith(`decide ${d} `));

describe('issue 13: what the goals decide, over any sequence of actions', () => {
  it(
    'a vetoed clause in the tabled text means its holder never signs, with or without reservations',
    () => {
      fc.assert(
        fc.property(seed, moves(30), difficulty, variant, (s, ms, level, seats) => {
          const round = finished(s, ms, level, seats);
          const outcome = round.data().outcome;
          if (outcome === null) return;
          for (const d of round.model.delegations) {
            if (decidedByStudents(round, d)) continue;
            const vetoed = (round.model.byId.get(d)?.goals ?? []).filter(
              (g) => g.kind === 'vetoes' && settle(g, outcome.text, seatedIn(round.discrete())).state === 'crossed',
            );
            if (vetoed.length > 0) expect(ENDORSE.has(outcome.decisions[d]), `${d} over ${vetoed[0]?.id}`).toBe(false);
          }
        }),
        RUNS(60),
      );
    },
    TIMEOUT,
  );

  it(
    'a delegation that walked out (or stayed away) never signs',
    () => {
      fc.assert(
        fc.property(seed, moves(40), difficulty, variant, (s, ms, level, seats) => {
          const round = startRound(loadScenario('astana-01', seats), { seed: s, difficulty: level });
          const left = new Set<DelegationId>();
          const note = (): void => {
            for (const d of round.model.delegations) {
              const a = round.discrete()[d]?.attendance;
              if (a === 'walkedOut' || a === 'boycotting') left.add(d);
              else if (a === 'seated') left.delete(d);
            }
          };
          play(round, ms, note);
          for (const action of [{ type: 'start' }, { type: 'proceed' }, { type: 'plenary' }] as const) {
            round.act(action);
            note();
          }
          const decisions = round.data().outcome?.decisions;
          for (const d of left) expect(ENDORSE.has(decisions?.[d] ?? 'absent'), d).toBe(false);
        }),
        RUNS(60),
      );
    },
    TIMEOUT,
  );

  it(
    'the same state and action give the same bytes: played twice, and from a state restored from its JSON',
    () => {
      fc.assert(
        fc.property(
          seed,
          moves(25),
          difficulty,
          variant,
          fc.array(anyAction, { minLength: 1, maxLength: 3 }),
          (s, ms, level, seats, next) => {
            const scenario = loadScenario('astana-01', seats);
            const round = startRound(scenario, { seed: s, difficulty: level });
            play(round, ms);
            const state: RoundState = round.state();
            const before = JSON.stringify(state);
            const restored = restoreRound(scenario, JSON.parse(JSON.stringify(round.snapshot())));
            if (!restored.ok) throw new Error(JSON.stringify(restored.error));
            const copy = restored.value.state();
            for (const m of next) {
              const action: Action = resolve(round, { kind: 'raw', action: m });
              const a = stepRound(round.model, state, action);
              const b = stepRound(round.model, state, action);
              const c = stepRound(restored.value.model, copy, action);
              expect(JSON.stringify(b)).toBe(JSON.stringify(a));
              expect(JSON.stringify(c)).toBe(JSON.stringify(a));
            }
            // Stepping never touched the state it stepped from.
            expect(JSON.stringify(state)).toBe(before);
          },
        ),
        RUNS(60),
      );
    },
    TIMEOUT,
  );

  it(
    'why never names a goal the asking seat has not learned',
    () => {
      const seats: Seat[] = ['mediator', 'projector', ...DELEGATIONS.slice(0, 7).map((d) => ({ delegation: d }))];
      fc.assert(
        fc.property(
          seed,
          moves(30),
          difficulty,
          fc.constantFrom(...seats),
          fc.boolean(),
          (s, ms, level, seat, table) => {
            const round = table
              ? finished(s, ms, level, {})
              : startRound(loadScenario(), { seed: s, difficulty: level });
            if (!table) play(round, ms);
            const state = round.state();
            for (const d of round.model.delegations) {
              const dm = round.model.byId.get(d);
              if (dm === undefined) continue;
              const knows = seatKnows(seat, dm, state);
              const why = whyOf(round.model, state, d, seat);
              const secret = dm.goals.filter((g) => !knows(g)).map((g) => g.id);
              for (const r of why.reasons) if (r.known) expect(secret, `${d}: ${r.id}`).not.toContain(r.id);
              // An untold reason says nothing about what it is; what holds a signature back is a goal the seat knows.
              for (const r of why.reasons) if (!r.known) expect(Object.keys(r)).toEqual(['known']);
              for (const id of why.holdingBack) expect(secret).not.toContain(id);
              expect(why.untold).toBe(secret.length);
            }
          },
        ),
        RUNS(60),
      );
    },
    TIMEOUT,
  );
});
