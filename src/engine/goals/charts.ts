import { assign, setup } from 'xstate';
import type { ClauseId, DelegationId } from '../vocabulary';
import {
  GOAL_GUARDS,
  strengthIn,
  type BesideParams,
  type ClauseParams,
  type GoalEvent,
  type GoalGuard,
  type InForceParams,
  type RangeParams,
  type StepParams,
  type WordingParams,
} from './guards';

/**
 * The goal charts (DESIGN §3): one small statechart per goal kind, whose states decide and whose
 * guards say why. Each is built for one compiled goal, with its clause positions, wordings and what is
 * in force bound into the guards' params; its context holds only `because`, the guard that put it in
 * its state and what that guard saw. Every chart settles on the draft alone when it hears DRAFT (from
 * whatever state it is in), so a hypothetical draft has one answer (`settle.ts`).
 */

/** The guard that put a goal in its state, and the clause, wording and delegation it looked at. */
export interface Because {
  readonly guard: GoalGuard | 'notHeard';
  readonly clause?: ClauseId;
  readonly min?: number;
  readonly max?: number;
  /** The wording of `clause` the text had when the guard held (0: left out). */
  readonly found?: number;
  /** The wording of `clause` in force from earlier rounds, when that decided. */
  readonly inForce?: number;
  readonly delegation?: DelegationId;
}

export interface GoalContext {
  readonly because: Because;
}

/** What a goal's state is in the round's plain data. */
export interface GoalRecord {
  readonly state: string;
  readonly because: Because;
}

type GuardParams = ClauseParams | RangeParams | WordingParams | InForceParams | StepParams | BesideParams;
interface Note {
  readonly guard: GoalGuard;
  readonly params: GuardParams;
}

function becauseOf(event: GoalEvent, note: Note): Because {
  const p = note.params as Partial<RangeParams & InForceParams & StepParams & BesideParams>;
  const out: { -readonly [K in keyof Because]: Because[K] } = { guard: note.guard };
  if (p.clause !== undefined) out.clause = p.clause;
  if (p.min !== undefined) out.min = p.min;
  if (p.max !== undefined && p.max < 9) out.max = p.max;
  if (p.at !== undefined) out.found = strengthIn(event, p.at);
  if (note.guard === 'inForce' && p.strength !== undefined) out.inForce = p.strength;
  if (p.inForce !== undefined && p.inForce >= (p.min ?? 1)) out.inForce = p.inForce;
  if (p.delegation !== undefined) out.delegation = p.delegation;
  return out;
}

export const goalSetup = setup({
  types: { context: {} as GoalContext, events: {} as GoalEvent },
  guards: GOAL_GUARDS,
  actions: { note: assign(({ event }, note: Note) => ({ because: becauseOf(event, note) })) },
});

const NOT_HEARD: GoalContext = { because: { guard: 'notHeard' } };

/** A transition to `target` guarded by one named guard, noting it as the reason. */
function when<G extends GoalGuard>(target: string, guard: G, params: Parameters<(typeof GOAL_GUARDS)[G]>[1]) {
  return {
    target,
    guard: { type: guard, params } as never,
    actions: { type: 'note' as const, params: { guard, params } },
  };
}

export type Chart = ReturnType<typeof goalSetup.createMachine>;

/**
 * requires: met when the text says it (or it is in force), unmet otherwise; a red line left out of a tabled text is
 * violated.
 */
export function requiresChart(id: string, c: ClauseParams, inForce: number, hard: boolean): Chart {
  const met = [
    when('.met', 'inForce', { clause: c.clause, min: c.min, strength: inForce }),
    when('.met', 'clauseAtLeast', c),
    when('.unmet', 'clauseBelow', c),
  ];
  return goalSetup.createMachine({
    id,
    context: NOT_HEARD,
    initial: 'unmet',
    on: { DRAFT: met },
    states: {
      unmet: hard ? { on: { TABLED: when('violated', 'clauseBelow', c) } } : {},
      met: {},
      violated: {},
    },
  });
}

/** vetoes: crossed when the clause is in the text at the vetoed wording or stronger; only the text counts. */
export function vetoesChart(id: string, c: ClauseParams): Chart {
  return goalSetup.createMachine({
    id,
    context: NOT_HEARD,
    initial: 'clear',
    on: { DRAFT: [when('.crossed', 'clauseAtLeast', c), when('.clear', 'clauseBelow', c)] },
    states: { clear: {}, crossed: {} },
  });
}

/** prefers: pleased, displeased or indifferent by the wording in the text; a clause left out is indifferent. */
export function prefersChart(id: string, w: WordingParams): Chart {
  return goalSetup.createMachine({
    id,
    context: NOT_HEARD,
    initial: 'indifferent',
    on: {
      DRAFT: [
        when('.pleased', 'wordingWelcome', w),
        when('.displeased', 'wordingUnwelcome', w),
        when('.indifferent', 'wordingNeutral', w),
      ],
    },
    states: { indifferent: {}, pleased: {}, displeased: {} },
  });
}

/** cosign on a condition: withheld while the condition holds and its exception does not. */
export function cosignWhenChart(id: string, condition: RangeParams, exception: RangeParams | undefined): Chart {
  const settle = [
    ...(exception === undefined ? [] : [when('.free', 'clauseWithin', exception)]),
    when('.withheld', 'clauseWithin', condition),
    when('.free', 'clauseOutside', condition),
  ];
  return goalSetup.createMachine({
    id,
    context: NOT_HEARD,
    initial: 'free',
    on: { DRAFT: settle },
    states: { free: {}, withheld: {} },
  });
}

/** cosign beside a delegation: withheld while that delegation sits at the table. */
export function cosignBesideChart(id: string, beside: DelegationId): Chart {
  const b = { delegation: beside };
  return goalSetup.createMachine({
    id,
    context: NOT_HEARD,
    initial: 'free',
    on: { SEATING: [when('.withheld', 'signsBeside', b), when('.free', 'besideAway', b)] },
    states: { free: {}, withheld: {} },
  });
}

/** linkage: idle without its clause; with it, honoured when its condition holds too, broken when not. */
export function linkageChart(id: string, c: ClauseParams, condition: RangeParams): Chart {
  return goalSetup.createMachine({
    id,
    context: NOT_HEARD,
    initial: 'idle',
    on: {
      DRAFT: [
        when('.idle', 'clauseBelow', c),
        when('.honoured', 'clauseWithin', condition),
        when('.broken', 'clauseOutside', condition),
      ],
    },
    states: { idle: {}, honoured: {}, broken: {} },
  });
}

/** The state names of a campaign's steps, in order: each step's clause (with its wording when a clause repeats). */
export function stepNames(steps: readonly StepParams[]): string[] {
  return steps.map((s, i) =>
    steps.some((o, j) => j !== i && o.clause === s.clause) ? `${s.clause}-${s.min}` : s.clause,
  );
}
export const ACHIEVED = 'achieved';

/**
 * campaign: ordered states, one per step, then `achieved`. On every draft it starts again at the first
 * step and moves on through each step that is reached (in force from earlier rounds, or in this text),
 * so it rests at the first step not reached, held there by that step's clause missing.
 */
export function campaignChart(id: string, steps: readonly StepParams[]): Chart {
  const names = stepNames(steps);
  const states: Record<string, object> = {};
  steps.forEach((step, i) => {
    const next = steps[i + 1];
    states[names[i] ?? ''] = {
      always: {
        ...when(names[i + 1] ?? ACHIEVED, 'stepReached', step),
        // The note is the reason the chart rests where it lands: the next step's clause is not there yet.
        actions:
          next === undefined
            ? { type: 'note' as const, params: { guard: 'stepReached' as const, params: step } }
            : { type: 'note' as const, params: { guard: 'clauseBelow' as const, params: next } },
      },
    };
  });
  states[ACHIEVED] = {};
  const first = steps[0] as StepParams;
  return goalSetup.createMachine({
    id,
    context: NOT_HEARD,
    initial: names[0] ?? ACHIEVED,
    on: {
      DRAFT: {
        target: `.${names[0] ?? ACHIEVED}`,
        actions: { type: 'note', params: { guard: 'clauseBelow', params: first } },
      },
    },
    states: states as never,
  });
}
