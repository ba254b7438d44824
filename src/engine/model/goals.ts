import type { Agenda, Draft } from '../draft';
import type { Condition, Goal } from '../scenario/schema';
import type { DelegationId, GoalId, GoalKind, GoalStatus } from '../vocabulary';

/** Clause id → the strongest wording agreed in earlier rounds and still in force (Scenario.inForce). */
type InForce = Readonly<Record<string, number>>;

/** A condition bound to an agenda position; `at` is −1 when the clause is not on this round's agenda. */
export interface At {
  readonly at: number;
  readonly min: number;
  readonly max: number;
  /** An instrument agreed in an earlier round and still in force already meets it (issue 18). */
  readonly inForce?: boolean;
}

interface Base {
  readonly id: GoalId;
  readonly kind: GoalKind;
  readonly hard: boolean;
  readonly weight: number;
  readonly public: boolean;
  /** Drawn for this seed from the profile's hidden pool. */
  readonly drawn: boolean;
  /** Agenda positions this goal looks at, each once (for "which goals does this clause touch?"). */
  readonly touches: readonly number[];
}

/** A goal compiled for one round: conditions point at agenda positions, inactive goals are gone. */
export type CompiledGoal = Base &
  (
    | { readonly kind: 'requires' | 'vetoes'; readonly cond: At }
    | { readonly kind: 'prefers'; readonly at: number; readonly utilities: readonly number[] }
    | { readonly kind: 'cosign'; readonly when?: At; readonly unless?: At; readonly beside?: DelegationId }
    | { readonly kind: 'campaign'; readonly steps: readonly At[] }
    | { readonly kind: 'linkage'; readonly cond: At; readonly if: At }
  );

/** The condition's clause is on this round's agenda. */
const on = (at: At): boolean => at.at >= 0;

const bind = (agenda: Agenda, c: Condition | { clause: string; min: number }, inForce: InForce = {}): At => {
  const min = c.min ?? 1;
  const max = 'max' in c && c.max !== undefined ? c.max : 9;
  const standing = inForce[c.clause] ?? 0;
  const at = { at: agenda.index.get(c.clause) ?? -1, min, max };
  return standing > 0 && standing >= min && standing <= max ? { ...at, inForce: true } : at;
};

/** Compiles a profile goal for a round, or returns undefined when the round gives it nothing to act on. */
export function compileGoal(
  goal: Goal,
  agenda: Agenda,
  inRound: (d: DelegationId) => boolean,
  drawn: boolean,
  inForce: InForce = {},
): CompiledGoal | undefined {
  const base = { id: goal.id, hard: goal.hard, weight: goal.weight, public: goal.public && !drawn, drawn };
  switch (goal.kind) {
    case 'requires':
    case 'vetoes': {
      const cond = bind(agenda, goal, goal.kind === 'requires' ? inForce : {});
      return on(cond) ? { ...base, kind: goal.kind, cond, touches: [cond.at] } : undefined;
    }
    case 'prefers': {
      const at = agenda.index.get(goal.clause);
      return at === undefined ? undefined : { ...base, kind: 'prefers', at, utilities: goal.utilities, touches: [at] };
    }
    case 'cosign': {
      if (goal.beside !== undefined)
        return inRound(goal.beside) ? { ...base, kind: 'cosign', beside: goal.beside, touches: [] } : undefined;
      if (goal.when === undefined) return undefined;
      const when = bind(agenda, goal.when);
      const unless = goal.unless === undefined ? undefined : bind(agenda, goal.unless);
      if (!on(when)) return undefined;
      return {
        ...base,
        kind: 'cosign',
        when,
        ...(unless === undefined ? {} : { unless }),
        touches: unique([when.at, ...(unless && on(unless) ? [unless.at] : [])]),
      };
    }
    case 'campaign': {
      const steps = goal.steps.map((s) => bind(agenda, s, inForce)).filter(on);
      return steps.length === 0
        ? undefined
        : { ...base, kind: 'campaign', steps, touches: unique(steps.map((s) => s.at)) };
    }
    case 'linkage': {
      const cond = bind(agenda, goal);
      const condition = bind(agenda, goal.if);
      return on(cond)
        ? {
            ...base,
            kind: 'linkage',
            cond,
            if: condition,
            touches: unique([cond.at, ...(on(condition) ? [condition.at] : [])]),
          }
        : undefined;
    }
  }
}

const unique = (positions: number[]): number[] => [...new Set(positions)];

const strength = (draft: Draft, at: number): number => (at < 0 ? 0 : (draft[at] ?? 0));
export const holds = (c: At, draft: Draft): boolean => {
  const s = strength(draft, c.at);
  return s >= c.min && s <= c.max;
};

/**
 * A requirement or a campaign step is met by the text, or by an instrument agreed in an earlier round and
 * still in force (issue 18: round 5 need not restate the monitoring mechanism). Vetoes read the text only.
 */
export const metOrInForce = (c: At, draft: Draft): boolean => c.inForce === true || holds(c, draft);

export function goalStatus(goal: CompiledGoal, draft: Draft, seated: (d: DelegationId) => boolean): GoalStatus {
  switch (goal.kind) {
    case 'requires':
      return metOrInForce(goal.cond, draft) ? 'met' : 'unmet';
    case 'vetoes':
      return holds(goal.cond, draft) ? 'violated' : 'met';
    case 'prefers': {
      const u = goal.utilities[strength(draft, goal.at)] ?? 0;
      return u > 0 ? 'met' : u < 0 ? 'violated' : 'unmet';
    }
    case 'cosign':
      if (goal.beside !== undefined) return seated(goal.beside) ? 'violated' : 'met';
      return goal.when !== undefined &&
        holds(goal.when, draft) &&
        !(goal.unless !== undefined && holds(goal.unless, draft))
        ? 'violated'
        : 'met';
    case 'campaign':
      return goal.steps.every((s) => metOrInForce(s, draft)) ? 'met' : 'unmet';
    case 'linkage':
      return !holds(goal.cond, draft) ? 'unmet' : holds(goal.if, draft) ? 'met' : 'violated';
  }
}

/** What the goal adds to the delegation's utility in its current status. */
export function goalValue(goal: CompiledGoal, draft: Draft, status: GoalStatus): number {
  const w = goal.weight;
  switch (goal.kind) {
    case 'requires':
      return status === 'met' ? w : -w;
    case 'vetoes':
    case 'cosign':
      return status === 'violated' ? -w : 0;
    case 'prefers':
      return w * (goal.utilities[strength(draft, goal.at)] ?? 0);
    case 'campaign': {
      let reached = 0;
      while (reached < goal.steps.length && metOrInForce(goal.steps[reached] as At, draft)) reached += 1;
      return (w * reached) / goal.steps.length;
    }
    case 'linkage':
      return status === 'violated' ? -w : status === 'met' ? w / 2 : 0;
  }
}

/** The lowest and highest value the goal can add, for normalising utility to 0–1. */
export function goalRange(goal: CompiledGoal): readonly [number, number] {
  const w = goal.weight;
  switch (goal.kind) {
    case 'requires':
      return [-w, w];
    case 'vetoes':
    case 'cosign':
      return [-w, 0];
    case 'prefers':
      return [w * Math.min(...goal.utilities), w * Math.max(...goal.utilities)];
    case 'campaign':
      return [0, w];
    case 'linkage':
      return [-w, w / 2];
  }
}

/** A red line blocks a signature: a hard goal violated, or a hard requirement missing. */
export const blocksSignature = (goal: CompiledGoal, status: GoalStatus): boolean =>
  goal.hard && (status === 'violated' || (goal.kind === 'requires' && status === 'unmet'));

/** A crossed red line is one the text actively offends; only these drive walk-outs. */
export const crossesRedLine = (goal: CompiledGoal, status: GoalStatus): boolean => goal.hard && status === 'violated';
