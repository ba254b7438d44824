import { getShortestPaths, getSimplePaths, type StatePath } from '@xstate/graph';
import { createActor, createMachine, type Snapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Controller, DelegationEvent, DelegationReport } from '../../src/engine/delegation/events';
import { delegationMachine, hasRegion } from '../../src/engine/delegation/machine';
import { delegationModel, type DelegationModel } from '../../src/engine/model/round-model';
import { stepDelegation } from '../../src/engine/pure/delegation';
import { discreteOf } from '../../src/engine/round/discrete';
import type { DelegationDiscrete } from '../../src/engine/round/state';
import { GOAL_STATUSES, MOODS, VERDICTS, type DelegationId } from '../../src/engine/vocabulary';
import { setupRound } from '../support/round';

const { round } = setupRound();
/** A party with two red lines, a guarantor with three and seven goal regions, an observer with none. */
const SUBJECTS = ['opposition', 'iran', 'un'] as const satisfies readonly DelegationId[];
const CONTROLLERS = ['ai', 'human'] as const satisfies readonly Controller[];
const FINAL = ['signs', 'reserves', 'refuses', 'walkedOut'];

const regioned = (dm: DelegationModel) => dm.goals.filter(hasRegion);
const hardIds = (dm: DelegationModel): string[] =>
  regioned(dm)
    .filter((g) => g.hard)
    .map((g) => g.id);

function eventsFor(dm: DelegationModel): DelegationEvent[] {
  return [
    { type: 'ARRIVE', boycott: true },
    { type: 'ARRIVE', boycott: false },
    ...regioned(dm).flatMap((g) => GOAL_STATUSES.map((status): DelegationEvent => ({ type: `goal.${g.id}`, status }))),
    ...MOODS.map((m): DelegationEvent => ({ type: `mood.${m}` })),
    { type: 'PATIENCE_GONE' },
    { type: 'RECALL', success: true },
    { type: 'RECALL', success: false },
    ...VERDICTS.flatMap((verdict) =>
      [false, true].map((walksOut): DelegationEvent => ({ type: 'PLENARY', verdict, walksOut })),
    ),
    ...[...VERDICTS, 'walkOut' as const].map((decision): DelegationEvent => ({ type: 'HUMAN_DECISION', decision })),
    { type: 'HAND', to: 'ai' },
    { type: 'HAND', to: 'human' },
  ];
}

/** The statechart as the graph walks it: reports to the round are outputs, stubbed out for the walk. */
const modelOf = (dm: DelegationModel) =>
  delegationMachine(dm).provide({ actions: { report: () => undefined, decided: () => undefined } });
type ModelSnapshot = ReturnType<ReturnType<typeof modelOf>['getInitialSnapshot']>;
type Path = StatePath<ModelSnapshot, DelegationEvent>;

const valueOf = (s: ModelSnapshot) =>
  s.value as { attendance: string; decision: string; mood: string; goals: Record<string, string> };
/**
 * States that differ in what the delegation does next: goal regions only as far as red lines go, and the
 * mood (an orthogonal region nothing reads) only for the observer, to keep the walk to a few hundred paths.
 */
const abstractState =
  (dm: DelegationModel) =>
  (s: ModelSnapshot): string => {
    const v = valueOf(s);
    return JSON.stringify([
      v.attendance,
      v.decision,
      s.context.controller,
      hardIds(dm).length === 0 ? v.mood : hardIds(dm).map((g) => v.goals[g] === 'violated'),
    ]);
  };

/** Runs events on a real actor (with a parent to hear its reports) and on the pure mirror, step by step. */
function run(dm: DelegationModel, controller: Controller, events: readonly DelegationEvent[], path?: Path) {
  const heard: DelegationReport[] = [];
  const parent = createActor(
    createMachine({
      types: {} as { events: DelegationReport },
      on: { '*': { actions: ({ event }) => void heard.push(event) } },
    }),
  ).start();
  const actor = createActor(delegationMachine(dm), { input: { id: dm.id, controller }, parent }).start();
  const read = (): DelegationDiscrete => {
    const d = discreteOf({ [dm.id]: actor })[dm.id];
    if (d === undefined) throw new Error('no reading');
    return d;
  };
  let mirror: DelegationDiscrete = {
    attendance: 'arriving',
    mood: 'wary',
    control: controller,
    decision: 'undecided',
    goals: Object.fromEntries(regioned(dm).map((g) => [g.id, 'unmet'])),
  };
  expect(read()).toEqual(mirror);
  events.forEach((event, i) => {
    const from = heard.length;
    actor.send(event);
    const step = stepDelegation(dm, mirror, event);
    mirror = step.next;
    const where = `${dm.id}/${controller} step ${i} ${JSON.stringify(event)}`;
    expect(read(), where).toEqual(mirror);
    expect(heard.slice(from), where).toEqual(step.reports);
  });
  // The walk merges states that differ only in soft goals, so compare what it tells apart.
  if (path !== undefined) {
    const key = abstractState(dm);
    expect(
      key(actor.getSnapshot() as ModelSnapshot),
      `${dm.id}/${controller}: where the graph says the path ends`,
    ).toBe(key(path.state));
  }
  expect((actor.getSnapshot() as Snapshot<unknown>).status).toBe('active');
  return { now: read(), heard, actor };
}

const eventsOf = (path: Path): DelegationEvent[] => path.steps.slice(1).map((s) => s.event);

interface Walk {
  readonly dm: DelegationModel;
  readonly controller: Controller;
  readonly paths: Path[];
}
const walks: Walk[] = SUBJECTS.flatMap((id) => {
  const dm = delegationModel(round.model, id);
  return CONTROLLERS.map((controller) => ({
    dm,
    controller,
    paths: getShortestPaths(modelOf(dm), {
      events: eventsFor(dm),
      input: { id, controller },
      serializeState: abstractState(dm),
    }),
  }));
});

/** Whole-graph walks: a few seconds alone, several times that on a loaded shared machine. */
const SLOW_WALK = 60_000;

describe('delegation statechart: model-based, against the real actor and the pure mirror', () => {
  it.each(walks.map((w) => [w.dm.id, w.controller, w]))(
    '%s (%s): every shortest path agrees step by step',
    (_, __, walk) => {
      const w = walk as Walk;
      expect(w.paths.length).toBeGreaterThan(20);
      for (const path of w.paths) run(w.dm, w.controller, eventsOf(path), path);
    },
  );

  it(
    'un: every simple path over arrival, recall, plenary and hand-over agrees step by step',
    () => {
      const dm = delegationModel(round.model, 'un');
      const paths = getSimplePaths(modelOf(dm), {
        events: eventsFor(dm).filter(
          (e) =>
            (e.type !== 'PLENARY' || e.verdict !== 'reserves') &&
            (e.type !== 'HUMAN_DECISION' || e.decision !== 'signs'),
        ),
        input: { id: 'un', controller: 'ai' },
        // Simple paths multiply fast: goal and mood stay out of the state (their events loop, and are still sent).
        serializeState: (s) => JSON.stringify([valueOf(s).attendance, valueOf(s).decision, s.context.controller]),
      });
      expect(paths.length).toBeGreaterThan(300);
      for (const path of paths) run(dm, 'ai', eventsOf(path), path);
    },
    SLOW_WALK,
  );

  it('the walks reach every attendance and every decision', () => {
    const ends = walks.flatMap((w) => w.paths.map((p) => valueOf(p.state)));
    expect(new Set(ends.map((v) => v.attendance))).toEqual(new Set(['arriving', 'seated', 'boycotting', 'walkedOut']));
    expect(new Set(ends.map((v) => v.decision))).toEqual(new Set(['undecided', 'awaitingHuman', ...FINAL]));
  });
});

describe('delegation statechart: named properties, probed from every state the walks reach', () => {
  const ends = walks.flatMap((w) =>
    w.paths.map((p) => ({ ...w, events: eventsOf(p), end: valueOf(p.state), held: p.state.context.controller })),
  );

  it('a walked-out (or boycotting) delegation can be recalled: away is not final', () => {
    let probed = 0;
    for (const e of ends.filter((x) => x.end.attendance === 'walkedOut' || x.end.attendance === 'boycotting')) {
      const back = run(e.dm, e.controller, [...e.events, { type: 'RECALL', success: true }]);
      expect(back.now.attendance).toBe('seated');
      expect(back.heard.at(-1)).toEqual({ type: 'REPORT', delegation: e.dm.id, what: 'returned' });
      const still = run(e.dm, e.controller, [...e.events, { type: 'RECALL', success: false }]);
      expect(still.now.attendance).toBe(e.end.attendance);
      probed += 1;
    }
    expect(probed).toBeGreaterThan(20);
  });

  it('PATIENCE_GONE walks a delegation out only when seated with some red-line region violated', () => {
    const outcomes = new Set<string>();
    for (const e of ends) {
      const crossed = hardIds(e.dm).some((g) => e.end.goals[g] === 'violated');
      const { now } = run(e.dm, e.controller, [...e.events, { type: 'PATIENCE_GONE' }]);
      const leaves = e.end.attendance === 'seated' && crossed;
      expect(now.attendance, `${e.dm.id} ${JSON.stringify(e.end)}`).toBe(leaves ? 'walkedOut' : e.end.attendance);
      // A seat whose students were deliberating has, by leaving, decided; any other decision stands.
      expect(now.decision).toBe(leaves && e.end.decision === 'awaitingHuman' ? 'walkedOut' : e.end.decision);
      outcomes.add(`${e.dm.id}:${leaves ? 'leaves' : 'stays'}`);
    }
    expect(outcomes).toEqual(
      new Set(['opposition:stays', 'opposition:leaves', 'iran:stays', 'iran:leaves', 'un:stays']),
    );
  });

  it('a student-held seat waits at PLENARY, decides on HUMAN_DECISION, or on PLENARY after HAND to AI', () => {
    let probed = 0;
    for (const e of ends.filter(
      (x) => x.held === 'human' && x.end.attendance === 'seated' && x.end.decision === 'undecided',
    )) {
      const plenaries: DelegationEvent[] = [
        { type: 'PLENARY', verdict: 'signs', walksOut: false },
        { type: 'PLENARY', verdict: 'refuses', walksOut: true },
      ];
      for (const plenary of plenaries) {
        const waiting = run(e.dm, e.controller, [...e.events, plenary, plenary]);
        expect(waiting.now.decision).toBe('awaitingHuman');
        expect(waiting.now.attendance).toBe('seated');
        expect(waiting.heard.some((r) => r.type === 'DECIDED')).toBe(false);
        for (const decision of [...VERDICTS, 'walkOut' as const]) {
          const human = run(e.dm, e.controller, [...e.events, plenary, { type: 'HUMAN_DECISION', decision }]);
          expect(human.now.decision).toBe(decision === 'walkOut' ? 'walkedOut' : decision);
        }
        const handed = run(e.dm, e.controller, [...e.events, plenary, { type: 'HAND', to: 'ai' }, plenary]);
        expect(handed.now.decision).toBe(
          plenary.type === 'PLENARY' && plenary.walksOut
            ? 'walkedOut'
            : plenary.type === 'PLENARY'
              ? plenary.verdict
              : '',
        );
        probed += 1;
      }
    }
    expect(probed).toBeGreaterThan(10);
  });

  it(
    'from every reached state, every event agrees with the mirror (no-ops too), and a made decision never changes',
    () => {
      let probed = 0;
      for (const e of ends) {
        const { now, actor } = run(e.dm, e.controller, e.events);
        const persisted = actor.getPersistedSnapshot();
        for (const event of eventsFor(e.dm)) {
          // Restored as a round restores a seated delegation: from a persisted snapshot, with a parent.
          const heard: DelegationReport[] = [];
          const parent = createActor(
            createMachine({
              types: {} as { events: DelegationReport },
              on: { '*': { actions: ({ event: r }) => void heard.push(r) } },
            }),
          ).start();
          const probe = createActor(delegationMachine(e.dm), {
            snapshot: persisted,
            input: { id: e.dm.id, controller: e.controller },
            parent,
          }).start();
          probe.send(event);
          const expected = stepDelegation(e.dm, now, event);
          const where = `${e.dm.id} ${JSON.stringify(e.end)} ${JSON.stringify(event)}`;
          expect(discreteOf({ [e.dm.id]: probe })[e.dm.id], where).toEqual(expected.next);
          expect(heard, where).toEqual(expected.reports);
          if (FINAL.includes(e.end.decision)) expect(expected.next.decision, where).toBe(e.end.decision);
          probed += 1;
        }
      }
      expect(probed).toBeGreaterThan(20_000);
    },
    SLOW_WALK,
  );

  it('a seat that walks out while its students deliberate has decided to walk out, and cannot then sign', () => {
    const dm = delegationModel(round.model, 'opposition');
    const events: DelegationEvent[] = [
      { type: 'ARRIVE', boycott: false },
      { type: 'PLENARY', verdict: 'refuses', walksOut: false },
      { type: 'goal.no-iran-role', status: 'violated' },
      { type: 'PATIENCE_GONE' },
      { type: 'HUMAN_DECISION', decision: 'signs' },
    ];
    const { now, heard } = run(dm, 'human', events);
    expect([now.attendance, now.decision]).toEqual(['walkedOut', 'walkedOut']);
    expect(heard).toContainEqual({ type: 'DECIDED', delegation: 'opposition', decision: 'walkedOut' });
  });
});
