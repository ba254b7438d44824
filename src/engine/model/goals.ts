import type { Agenda, Draft } from '../draft';
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
} from '../goals/charts';
import { wordingWorth, type ClauseParams, type RangeParams, type StepParams } from '../goals/guards';
import type { Condition, Goal } from '../scenario/schema';
import type { DelegationId, GoalId, GoalKind, GoalStatus } from '../vocabulary';

interface Base {
  readonly id: GoalId;
  readonly kind: GoalKind;
  readonly hard: boolean;
  readonly weight: number;
  readonly public: boolean;
  /** Drawn for this seed from the profile's hidden pool. */
  readonly drawn: boolean;
  /** Agenda positions this goal watches, each once: a draft change elsewhere is not told to it. */
  readonly touches: readonly number[];
  /** Its statechart, with this round's clause positions and what is in force bound into its guards. */
  readonly chart: Chart;
}

/** A goal compiled for one round: conditions point at agenda positions, inactive goals are gone. */
export type CompiledGoal = Base &
  (
    | { readonly kind: 'requires'; readonly cond: ClauseParams; readonly inForce: number }
    | { readonly kind: 'vetoes'; readonly cond: ClauseParams }
    | { readonly kind: 'prefers'; readonly at: number; readonly clause: string; readonly utilities: readonly number[] }
    | {
        readonly kind: 'cosign';
        readonly when?: RangeParams;
        readonly unless?: RangeParams;
        readonly beside?: DelegationId;
      }
    | {
        readonly kind: 'campaign';
        readonly steps: readonly StepParams[];
        readonly names: readonly string[];
        /** Steps reached by what is in force alone, and the furthest this round's agenda can take it. */
        readonly base: number;
        readonly reachable: number;
      }
    | { readonly kind: 'linkage'; readonly cond: ClauseParams; readonly if: RangeParams }
  );

const bind = (agenda: Agenda, c: Condition | { clause: string; min: number }): RangeParams => ({
  clause: c.clause,
  at: agenda.index.get(c.clause) ?? -1,
  min: c.min ?? 1,
  max: 'max' in c && c.max !== undefined ? c.max : 9,
});
const clauseOf = ({ clause, at, min }: RangeParams): ClauseParams => ({ clause, at, min });
const onAgenda = (c: { at: number }): boolean => c.at >= 0;
const unique = (positions: number[]): number[] => [...new Set(positions.filter((at) => at >= 0))];

export interface CompileContext {
  readonly agenda: Agenda;
  /** The delegations the round file seats: a "not beside" goal needs its delegation in the round. */
  readonly inRound: (d: DelegationId) => boolean;
  /** Clause id → the wording in force from earlier rounds (Scenario.inForce). */
  readonly inForce: Readonly<Record<string, number>>;
}

/** Compiles a profile goal for a round, or returns undefined when the round gives it nothing to act on. */
export function compileGoal(goal: Goal, c: CompileContext, drawn: boolean): CompiledGoal | undefined {
  const base = { id: goal.id, hard: goal.hard, weight: goal.weight, public: goal.public && !drawn, drawn };
  switch (goal.kind) {
    case 'requires': {
      const cond = clauseOf(bind(c.agenda, goal));
      const inForce = c.inForce[goal.clause] ?? 0;
      const chart = requiresChart(goal.id, cond, inForce, goal.hard);
      return onAgenda(cond) ? { ...base, kind: 'requires', cond, inForce, touches: [cond.at], chart } : undefined;
    }
    case 'vetoes': {
      const cond = clauseOf(bind(c.agenda, goal));
      return onAgenda(cond)
        ? { ...base, kind: 'vetoes', cond, touches: [cond.at], chart: vetoesChart(goal.id, cond) }
        : undefined;
    }
    case 'prefers': {
      const at = c.agenda.index.get(goal.clause);
      if (at === undefined) return undefined;
      const w = { clause: goal.clause, at, utilities: goal.utilities };
      return { ...base, kind: 'prefers', ...w, touches: [at], chart: prefersChart(goal.id, w) };
    }
    case 'cosign': {
      if (goal.beside !== undefined)
        return c.inRound(goal.beside)
          ? {
              ...base,
              kind: 'cosign',
              beside: goal.beside,
              touches: [],
              chart: cosignBesideChart(goal.id, goal.beside),
            }
          : undefined;
      if (goal.when === undefined) return undefined;
      const when = bind(c.agenda, goal.when);
      const unless = goal.unless === undefined ? undefined : bind(c.agenda, goal.unless);
      if (!onAgenda(when)) return undefined;
      const chart = cosignWhenChart(goal.id, when, unless);
      return {
        ...base,
        kind: 'cosign',
        when,
        ...(unless === undefined ? {} : { unless }),
        touches: unique([when.at, unless?.at ?? -1]),
        chart,
      };
    }
    case 'campaign':
      return compileCampaign(goal, c, base);
    case 'linkage': {
      const cond = clauseOf(bind(c.agenda, goal));
      const condition = bind(c.agenda, goal.if);
      if (!onAgenda(cond)) return undefined;
      const chart = linkageChart(goal.id, cond, condition);
      return { ...base, kind: 'linkage', cond, if: condition, touches: unique([cond.at, condition.at]), chart };
    }
  }
}

function compileCampaign(
  goal: Extract<Goal, { kind: 'campaign' }>,
  c: CompileContext,
  base: Omit<Base, 'kind' | 'touches' | 'chart'>,
): CompiledGoal | undefined {
  const steps = goal.steps.map(
    (s): StepParams => ({ ...clauseOf(bind(c.agenda, s)), inForce: c.inForce[s.clause] ?? 0 }),
  );
  // A campaign none of whose steps this round's agenda holds takes no part in it.
  if (!steps.some(onAgenda)) return undefined;
  let stepsBase = 0;
  while (stepsBase < steps.length && (steps[stepsBase]?.inForce ?? 0) >= (steps[stepsBase]?.min ?? 1)) stepsBase += 1;
  let reachable = stepsBase;
  while (reachable < steps.length) {
    const s = steps[reachable] as StepParams;
    if (s.inForce < s.min && !onAgenda(s)) break;
    reachable += 1;
  }
  return {
    ...base,
    kind: 'campaign',
    steps,
    names: stepNames(steps),
    base: stepsBase,
    reachable,
    touches: unique(steps.map((s) => s.at)),
    chart: campaignChart(goal.id, steps),
  };
}

/** The summary of a goal's state the views have always shown: met, unmet, or violated (a veto or red line). */
export function statusOf(state: string): GoalStatus {
  switch (state) {
    case 'met':
    case 'clear':
    case 'pleased':
    case 'free':
    case 'honoured':
    case ACHIEVED:
      return 'met';
    case 'violated':
    case 'crossed':
    case 'withheld':
    case 'broken':
      return 'violated';
    default:
      // unmet, indifferent, displeased (a hope is never "violated"), idle, or a campaign's step on the way.
      return 'unmet';
  }
}

/** How many of a campaign's steps its state has reached. */
export const stepsReached = (goal: Extract<CompiledGoal, { kind: 'campaign' }>, state: string): number =>
  state === ACHIEVED ? goal.steps.length : Math.max(0, goal.names.indexOf(state));

/** What a goal in this state adds to its delegation's worth of the text (RULES.md WORTH-1). */
export function goalWorth(goal: CompiledGoal, state: string, draft: Draft): number {
  const w = goal.weight;
  switch (goal.kind) {
    case 'requires':
      return state === 'met' ? w : -w;
    case 'vetoes':
    case 'cosign':
      return state === 'crossed' || state === 'withheld' ? -w : 0;
    case 'prefers':
      return w * wordingWorth(goal.utilities, draft[goal.at] ?? 0);
    case 'campaign': {
      const span = goal.reachable - goal.base;
      return span <= 0 ? 0 : (w * Math.max(0, stepsReached(goal, state) - goal.base)) / span;
    }
    case 'linkage':
      return state === 'broken' ? -w : state === 'honoured' ? w / 2 : 0;
  }
}

/** The lowest and highest worth the goal can add in this round, for scaling a delegation's worth to 0–1. */
export function goalRange(goal: CompiledGoal): readonly [number, number] {
  const w = goal.weight;
  switch (goal.kind) {
    case 'requires':
      return [-w, w];
    case 'vetoes':
    case 'cosign':
      return [-w, 0];
    case 'prefers': {
      const worths = goal.utilities.map((_, s) => wordingWorth(goal.utilities, s));
      return [w * Math.min(...worths), w * Math.max(...worths)];
    }
    case 'campaign':
      return [0, goal.reachable > goal.base ? w : 0];
    case 'linkage':
      return [-w, w / 2];
  }
}

/**
 * The state blocks a signature (RULES.md VETO-2, REQ-3, COSIGN-3, LINK-2): a veto crossed, or a red
 * line (a hard goal) unmet, violated, withheld or broken.
 */
export function blocksSignature(goal: CompiledGoal, state: string): boolean {
  if (goal.kind === 'vetoes') return state === 'crossed';
  if (!goal.hard) return false;
  return state === 'unmet' || state === 'violated' || state === 'withheld' || state === 'broken';
}

/**
 * A red line (DESIGN §6): a veto, or a hard goal of any kind. Crossing one means a refusal, whatever else the text
 * holds.
 */
export const isRedLine = (goal: CompiledGoal): boolean => goal.kind === 'vetoes' || goal.hard;

/** A red line the text actively crosses (a hard veto, condition or linkage): what wears patience and walks out. */
export const crossesRedLine = (goal: CompiledGoal, state: string): boolean =>
  goal.hard && (state === 'crossed' || state === 'withheld' || state === 'broken');
