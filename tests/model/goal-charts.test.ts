import { fromTransition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { initialOf, stepChart } from '../../src/engine/chart';
import type { Draft } from '../../src/engine/draft';
import {
  ACHIEVED,
  campaignChart,
  cosignBesideChart,
  cosignWhenChart,
  linkageChart,
  prefersChart,
  requiresChart,
  stepNames,
  vetoesChart,
  type Chart,
  type GoalRecord,
} from '../../src/engine/goals/charts';
import { GOAL_GUARDS, type GoalEvent, type StepParams } from '../../src/engine/goals/guards';
import { settle } from '../../src/engine/goals/settle';
import type { CompiledGoal } from '../../src/engine/model/goals';
import { compileRound } from '../../src/engine/model/round-model';
import type { DelegationId } from '../../src/engine/vocabulary';
import { library, scenario } from '../support/library';

/**
 * Model-based walks of the goal charts (issue 13): xstate's graph walks each chart over events that
 * pass and fail every guard, and every state a path ends in is checked against RULES.md, step by step,
 * by an oracle written from the rules' words. Then every real goal of every round is settled on every
 * combination of the wordings it watches and held to the same oracle.
 */

/** What RULES.md says the goal's state is after this event, from the state it was in. */
type Oracle = (state: string, event: GoalEvent) => string;
const s = (e: GoalEvent, at: number): number => (at < 0 || !('draft' in e) ? 0 : (e.draft[at] ?? 0));

const requiresOracle =
  (at: number, min: number, inForce: number, hard: boolean): Oracle =>
  (state, e) => {
    // REQ-3: still unmet in the text tabled.
    if (e.type === 'TABLED') return hard && state === 'unmet' && s(e, at) < min && inForce < min ? 'violated' : state;
    if (e.type !== 'DRAFT') return state;
    return inForce >= min || s(e, at) >= min ? 'met' : 'unmet'; // REQ-1, REQ-2, FORCE-1
  };
const vetoesOracle =
  (at: number, min: number): Oracle =>
  (state, e) =>
    e.type !== 'DRAFT' ? state : s(e, at) >= min ? 'crossed' : 'clear'; // VETO-1
const prefersOracle =
  (at: number, u: readonly number[]): Oracle =>
  (state, e) => {
    if (e.type !== 'DRAFT') return state;
    const w = s(e, at) === 0 ? 0 : (u[s(e, at)] ?? 0); // PREF-2: a clause left out is worth nothing
    return w > 0 ? 'pleased' : w < 0 ? 'displeased' : 'indifferent'; // PREF-1
  };
const inRange = (x: number, min: number, max: number): boolean => x >= min && x <= max;
const cosignOracle =
  (when: [number, number, number], unless?: [number, number, number]): Oracle =>
  (state, e) => {
    if (e.type !== 'DRAFT') return state;
    const holds = inRange(s(e, when[0]), when[1], when[2]);
    const except = unless !== undefined && inRange(s(e, unless[0]), unless[1], unless[2]);
    return holds && !except ? 'withheld' : 'free'; // COSIGN-1
  };
const besideOracle =
  (d: DelegationId): Oracle =>
  (state, e) =>
    e.type !== 'SEATING' ? state : e.seated.includes(d) ? 'withheld' : 'free'; // COSIGN-2
const campaignOracle =
  (steps: readonly StepParams[]): Oracle =>
  (state, e) => {
    if (e.type !== 'DRAFT') return state;
    const first = steps.findIndex((p) => p.inForce < p.min && s(e, p.at) < p.min); // CAMP-1, FORCE-2
    return first < 0 ? ACHIEVED : (stepNames(steps)[first] ?? '');
  };
const linkageOracle =
  (at: number, min: number, cond: [number, number, number]): Oracle =>
  (state, e) => {
    if (e.type !== 'DRAFT') return state;
    if (s(e, at) < min) return 'idle'; // LINK-1
    return inRange(s(e, cond[0]), cond[1], cond[2]) ? 'honoured' : 'broken';
  };

/** Every draft over two agenda positions with wordings 0..3. */
const drafts: Draft[] = [];
for (let a = 0; a <= 3; a += 1) for (let b = 0; b <= 3; b += 1) drafts.push([a, b]);
const EVENTS: GoalEvent[] = [
  ...drafts.map((draft): GoalEvent => ({ type: 'DRAFT', draft })),
  ...drafts.filter((_, i) => i % 5 === 0).map((draft): GoalEvent => ({ type: 'TABLED', draft })),
  { type: 'SEATING', seated: ['iran', 'us'] },
  { type: 'SEATING', seated: ['iran'] },
];

interface Subject {
  readonly name: string;
  readonly chart: Chart;
  readonly oracle: Oracle;
  readonly states: readonly string[];
}
const c = (clause: string, at: number, min: number) => ({ clause, at, min });
const r = (clause: string, at: number, min: number, max = 9) => ({ clause, at, min, max });
const steps: StepParams[] = [
  { ...c('ceasefire', 0, 2), inForce: 0 },
  { ...c('monitoring', 1, 2), inForce: 0 },
  { ...c('zones', -1, 2), inForce: 2 },
  { ...c('political', 1, 3), inForce: 0 },
];
const SUBJECTS: readonly Subject[] = [
  {
    name: 'requires, soft',
    chart: requiresChart('r', c('sovereignty', 0, 2), 0, false),
    oracle: requiresOracle(0, 2, 0, false),
    states: ['unmet', 'met'],
  },
  {
    name: 'requires, a red line',
    chart: requiresChart('r', c('sovereignty', 0, 1), 0, true),
    oracle: requiresOracle(0, 1, 0, true),
    states: ['unmet', 'met', 'violated'],
  },
  {
    name: 'requires, in force',
    chart: requiresChart('r', c('monitoring', 1, 2), 2, true),
    oracle: requiresOracle(1, 2, 2, true),
    states: ['met'],
  },
  {
    name: 'vetoes',
    chart: vetoesChart('v', c('us-role', 1, 2)),
    oracle: vetoesOracle(1, 2),
    states: ['clear', 'crossed'],
  },
  {
    name: 'prefers',
    chart: prefersChart('p', { clause: 'terrorism', at: 0, utilities: [-2, 0, 1, -1] }),
    oracle: prefersOracle(0, [-2, 0, 1, -1]),
    states: ['indifferent', 'pleased', 'displeased'],
  },
  {
    name: 'cosign on a condition',
    chart: cosignWhenChart('c', r('monitoring', 0, 2), r('militias', 1, 2)),
    oracle: cosignOracle([0, 2, 9], [1, 2, 9]),
    states: ['free', 'withheld'],
  },
  {
    name: 'cosign within a range',
    chart: cosignWhenChart('c', r('zones', 0, 1, 2), undefined),
    oracle: cosignOracle([0, 1, 2]),
    states: ['free', 'withheld'],
  },
  {
    name: 'cosign beside a delegation',
    chart: cosignBesideChart('b', 'us'),
    oracle: besideOracle('us'),
    states: ['free', 'withheld'],
  },
  {
    name: 'campaign',
    chart: campaignChart('exit', steps),
    oracle: campaignOracle(steps),
    states: [...stepNames(steps).filter((n) => n !== 'zones'), ACHIEVED],
  },
  {
    name: 'linkage',
    chart: linkageChart('l', c('ceasefire', 0, 2), r('detainees', 1, 2)),
    oracle: linkageOracle(0, 2, [1, 2, 9]),
    states: ['idle', 'honoured', 'broken'],
  },
];

const recordOf = (snapshot: ReturnType<typeof initialOf<Chart>>): GoalRecord => ({
  state: snapshot.value as string,
  because: snapshot.context.because,
});

describe.each(SUBJECTS.map((x) => [x.name, x] as const))('the %s chart, walked', (_, subject) => {
  const logic = fromTransition(
    (at: { record: GoalRecord; trail: readonly GoalEvent[] }, event: { type: 'HEAR'; event: GoalEvent }) => {
      const snapshot = stepChart(subject.chart, initialOf(subject.chart), {
        type: 'DRAFT',
        draft: [0, 0],
      } as GoalEvent);
      let now = snapshot;
      for (const e of [...at.trail, event.event]) now = stepChart(subject.chart, now, e);
      return { record: recordOf(now), trail: [...at.trail, event.event] };
    },
    { record: { state: 'start', because: { guard: 'notHeard' as const } }, trail: [] as readonly GoalEvent[] },
  );
  // The walk starts before the goal has heard anything; every path that hears something is checked.
  const paths = getShortestPaths(logic, {
    events: EVENTS.map((event) => ({ type: 'HEAR' as const, event })),
    serializeState: (x) => x.context.record.state,
  }).filter((p) => p.state.context.trail.length > 0);

  it('reaches every state the rules give it, and each path ends where the rules say, step by step', () => {
    expect(new Set(paths.map((p) => p.state.context.record.state))).toEqual(new Set(subject.states));
    for (const path of paths) {
      let state = subject.oracle('start', { type: 'DRAFT', draft: [0, 0] });
      for (const event of path.state.context.trail) state = subject.oracle(state, event);
      expect(path.state.context.record.state, JSON.stringify(path.state.context.trail)).toBe(state);
    }
  });

  it('from every state it reaches, hears every event as the rules say, and names a guard that holds', () => {
    for (const path of paths) {
      let snapshot = stepChart(subject.chart, initialOf(subject.chart), { type: 'DRAFT', draft: [0, 0] } as GoalEvent);
      for (const e of path.state.context.trail) snapshot = stepChart(subject.chart, snapshot, e);
      for (const event of EVENTS) {
        const next = stepChart(subject.chart, snapshot, event);
        expect(next.value, `${snapshot.value as string} + ${JSON.stringify(event)}`).toBe(
          subject.oracle(snapshot.value as string, event),
        );
        const because = next.context.because;
        const guard = GOAL_GUARDS[because.guard as keyof typeof GOAL_GUARDS];
        expect(guard, because.guard).toBeDefined();
      }
    }
  });
});

describe('every real goal of every round settles where the rules say (CHART-1)', () => {
  const ids = [...library().rounds.keys()].toSorted();
  it.each(ids)('%s, on every wording of the clauses each goal watches', (id) => {
    const sc = scenario(id);
    const model = compileRound(sc, '1', 'normal');
    let checked = 0;
    for (const d of model.delegations)
      for (const g of model.byId.get(d)?.goals ?? []) checked += checkGoal(g, sc.agenda.max, sc.agenda.ids.length);
    expect(checked).toBeGreaterThan(100);
  });
});

function oracleOf(g: CompiledGoal): Oracle {
  switch (g.kind) {
    case 'requires':
      return requiresOracle(g.cond.at, g.cond.min, g.inForce, g.hard);
    case 'vetoes':
      return vetoesOracle(g.cond.at, g.cond.min);
    case 'prefers':
      return prefersOracle(g.at, g.utilities);
    case 'cosign':
      return g.beside !== undefined
        ? besideOracle(g.beside)
        : cosignOracle(
            [g.when?.at ?? -1, g.when?.min ?? 1, g.when?.max ?? 9],
            g.unless === undefined ? undefined : [g.unless.at, g.unless.min, g.unless.max],
          );
    case 'campaign':
      return campaignOracle(g.steps);
    case 'linkage':
      return linkageOracle(g.cond.at, g.cond.min, [g.if.at, g.if.min, g.if.max]);
  }
}

/** Settles the goal on every combination of the wordings it watches (the rest of the draft left out). */
function checkGoal(g: CompiledGoal, max: readonly number[], positions: number): number {
  const oracle = oracleOf(g);
  let checked = 0;
  const walk = (i: number, draft: number[]): void => {
    if (i === g.touches.length) {
      for (const seated of [[], ['us', 'iran', 'russia', 'turkey']] as DelegationId[][]) {
        const got = settle(g, draft, (d) => seated.includes(d)).state;
        const event: GoalEvent =
          g.kind === 'cosign' && g.beside !== undefined ? { type: 'SEATING', seated } : { type: 'DRAFT', draft };
        expect(got, `${g.id} on ${JSON.stringify(draft)}`).toBe(oracle('start', event));
        checked += 1;
      }
      return;
    }
    const at = g.touches[i] ?? 0;
    for (let w = 0; w <= (max[at] ?? 0); w += 1) {
      const next = draft.slice();
      next[at] = w;
      walk(i + 1, next);
    }
  };
  walk(
    0,
    Array.from({ length: positions }, () => 0),
  );
  return checked;
}
