import { fromTransition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import type { Controller, DelegationEvent } from '../../src/engine/delegation/events';
import { newDelegation, stepDelegation } from '../../src/engine/delegation/step';
import { withStrength } from '../../src/engine/draft';
import { anyBlocks, anyCrossed, marginScore, reservationAt, worthOf } from '../../src/engine/model/acceptance';
import { delegationModel, type DelegationModel } from '../../src/engine/model/round-model';
import { recallChance } from '../../src/engine/model/temper';
import type { DelegationState } from '../../src/engine/round/state';
import type { DelegationId } from '../../src/engine/vocabulary';
import { setupRound } from '../support/round';

/**
 * Model-based walk of the delegation chart (issue 13), with its goals as the round tells them: xstate's
 * graph walks arrival, drafts that cross and clear a red line, standings either side of every level,
 * recalls, the plenary, students' decisions and hand-overs; every step is held to RULES.md.
 */
const { round } = setupRound();
const SUBJECTS: readonly [DelegationId, string][] = [
  ['iran', 'us-role'],
  ['opposition', 'constitution'],
  ['un', 'political'],
];
const FINAL = ['signs', 'reserves', 'refuses', 'walkedOut'];

function eventsFor(dm: DelegationModel, clause: string): DelegationEvent[] {
  const { agenda, initialDraft } = round.model.scenario;
  const at = agenda.index.get(clause) ?? -1;
  const drafts = [initialDraft, withStrength(initialDraft, at, agenda.max[at] ?? 1)];
  const trust = dm.personality.trust;
  return [
    { type: 'ARRIVE', forced: null, trust, patience: 60, draft: initialDraft },
    { type: 'ARRIVE', forced: 'boycott', trust, patience: 60, draft: initialDraft },
    { type: 'ARRIVE', forced: null, trust: 19, patience: 60, draft: initialDraft },
    ...drafts.map((draft): DelegationEvent => ({ type: 'DRAFT', at, draft })),
    ...[
      [60, 60],
      [40, 40],
      [25, 60],
      [60, 20],
    ].map(([t, p]): DelegationEvent => ({ type: 'STANDING', trust: t ?? 0, patience: p ?? 0 })),
    { type: 'RECALL', roll: 0, trust, patience: 60 },
    { type: 'RECALL', roll: 0.99, trust, patience: 60 },
    ...drafts.flatMap((draft) =>
      [
        [80, 80, 1],
        [40, 10, 0],
      ].map(
        ([t, p, clock]): DelegationEvent => ({
          type: 'PLENARY',
          draft,
          trust: t ?? 0,
          patience: p ?? 0,
          t: clock ?? 0,
        }),
      ),
    ),
    { type: 'HUMAN_DECISION', decision: 'signs' },
    { type: 'HUMAN_DECISION', decision: 'walkOut' },
    { type: 'HAND', to: 'ai' },
    { type: 'HAND', to: 'human' },
  ];
}

/** What RULES.md says follows from one event, as far as the abstract state goes. */
function expectRules(
  dm: DelegationModel,
  before: DelegationState,
  event: DelegationEvent,
  after: DelegationState,
): void {
  const where = `${dm.id} ${JSON.stringify([before.attendance, before.decision, before.control])} + ${event.type}`;
  if (FINAL.includes(before.decision)) expect(after.decision, where).toBe(before.decision);
  if (event.type === 'ARRIVE' && before.attendance === 'arriving') {
    const away = event.forced === 'boycott' || (event.forced === null && event.trust < 20); // SEAT-1
    expect(after.attendance, where).toBe(away ? 'boycotting' : 'seated');
  }
  if (event.type === 'STANDING' || event.type === 'ARRIVE') {
    const mood =
      event.trust < 30 || event.patience < 25
        ? 'obstructive'
        : event.trust >= 55 && event.patience >= 50
          ? 'cooperative'
          : 'wary';
    expect(after.mood, where).toBe(mood); // MOOD-1
  }
  if (event.type === 'STANDING' && before.attendance === 'seated') {
    const deciding = before.decision === 'undecided' || before.decision === 'awaitingHuman';
    const leaves = deciding && anyCrossed(dm, before.goals) && event.patience < 25; // WALK-1
    expect(after.attendance, where).toBe(leaves ? 'walkedOut' : 'seated');
  }
  if (event.type === 'RECALL' && (before.attendance === 'walkedOut' || before.attendance === 'boycotting')) {
    const back = event.roll < recallChance(event.trust, event.patience, anyCrossed(dm, before.goals)); // RECALL-1
    expect(after.attendance, where).toBe(back ? 'seated' : before.attendance);
  }
  if (
    event.type === 'PLENARY' &&
    before.attendance === 'seated' &&
    (before.decision === 'undecided' || (before.decision === 'awaitingHuman' && before.control === 'ai'))
  ) {
    if (before.control === 'human') return expect(after.decision, where).toBe('awaitingHuman'); // DECIDE-1
    const worth = worthOf(dm, after.goals, event.draft);
    const margin = marginScore(dm, worth, event.trust, event.patience) >= reservationAt(dm.personality, event.t);
    const decision =
      anyCrossed(dm, after.goals) && event.patience < 25
        ? 'walkedOut' // WALK-1
        : anyBlocks(dm, after.goals)
          ? 'refuses' // DECIDE-2
          : worth < 0
            ? 'refuses' // ACCEPT-1, DECIDE-3
            : margin
              ? 'signs'
              : 'reserves';
    expect(after.decision, where).toBe(decision);
    if (decision === 'walkedOut') expect(after.attendance).toBe('walkedOut');
  }
  // WALK-2: away, it never comes to sign.
  if (before.attendance !== 'seated' && after.decision !== before.decision)
    expect(['signs', 'reserves'], where).not.toContain(after.decision);
}

describe.each(
  SUBJECTS.flatMap(([id, clause]) => (['ai', 'human'] as Controller[]).map((c) => [id, c, clause] as const)),
)('the %s chart held by %s, walked', (id, controller, clause) => {
  const dm = delegationModel(round.model, id);
  const events = eventsFor(dm, clause);
  const logic = fromTransition(
    (state: DelegationState, e: { type: 'HEAR'; event: DelegationEvent }) => stepDelegation(dm, state, e.event),
    newDelegation(dm, controller),
  );
  const key = (s: DelegationState): string =>
    JSON.stringify([s.attendance, s.mood, s.decision, s.control, anyCrossed(dm, s.goals), anyBlocks(dm, s.goals)]);
  const paths = getShortestPaths(logic, {
    events: events.map((event) => ({ type: 'HEAR' as const, event })),
    serializeState: (s) => key(s.context),
  });

  it('walks to a few dozen situations, among them every attendance and a final decision', () => {
    expect(paths.length).toBeGreaterThan(30);
    const ends = paths.map((p) => p.state.context);
    expect(new Set(ends.map((s) => s.attendance))).toEqual(new Set(['arriving', 'seated', 'boycotting', 'walkedOut']));
    expect(ends.some((s) => FINAL.includes(s.decision))).toBe(true);
  });

  it('keeps every rule at every step of every path, and from every end on every event', () => {
    for (const path of paths) {
      let state = newDelegation(dm, controller);
      for (const step of path.steps.slice(1)) {
        const event = (step.event as { event: DelegationEvent }).event;
        const next = stepDelegation(dm, state, event);
        expectRules(dm, state, event, next);
        state = next;
      }
      expect(key(state)).toBe(key(path.state.context));
      for (const event of events) expectRules(dm, state, event, stepDelegation(dm, state, event));
    }
  });
});
