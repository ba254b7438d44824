import { emptyDraft, withStrength } from './draft';
import { worthOn } from './model/acceptance';
import { isRedLine, type CompiledGoal } from './model/goals';
import { delegationModel, type RoundModel } from './model/round-model';
import type { ClauseId, DelegationId, GoalId, GoalKind, Role } from './vocabulary';

export interface RoleCardGoal {
  readonly id: GoalId;
  readonly kind: GoalKind;
  /** A red line: the seat must not sign when it is crossed. */
  readonly hard: boolean;
  readonly weight: number;
  /** Known to everyone from the briefing; the others are the seat's secret. */
  readonly public: boolean;
  readonly clauses: readonly ClauseId[];
}

/** Points the seat scores for each wording of a clause, the clause alone in the text (0 = left out). */
export interface PointsRow {
  readonly clause: ClauseId;
  readonly points: readonly number[];
}

/** A students' seat's confidential brief (issue 7): its goals, red lines, what it may trade, its points. */
export interface RoleCard {
  readonly delegation: DelegationId;
  readonly role: Role;
  readonly goals: readonly RoleCardGoal[];
  readonly redLines: readonly GoalId[];
  /** Goals it may give up for something it wants more: every goal that is not a red line. */
  readonly tradable: readonly GoalId[];
  readonly points: readonly PointsRow[];
}

const clausesOf = (model: RoundModel, g: CompiledGoal): ClauseId[] =>
  g.touches.flatMap((at) => {
    const id = model.scenario.agenda.ids[at];
    return id === undefined ? [] : [id];
  });

/** A role card scores wordings with every delegation at the table. */
const everyone = (): boolean => true;

export function roleCard(model: RoundModel, id: DelegationId): RoleCard {
  const dm = delegationModel(model, id);
  const { agenda } = model.scenario;
  const empty = emptyDraft(agenda);
  const base = worthOn(dm, empty, everyone);
  const points = agenda.ids.map((clause, at) => {
    const row: number[] = [];
    for (let s = 0; s <= (agenda.max[at] ?? 0); s += 1)
      row.push(Math.round((worthOn(dm, withStrength(empty, at, s), everyone) - base) * 10) / 10);
    return { clause, points: row };
  });
  const goals = dm.goals.map((g) => ({
    id: g.id,
    kind: g.kind,
    hard: g.hard,
    weight: g.weight,
    public: g.public,
    clauses: clausesOf(model, g),
  }));
  return {
    delegation: id,
    role: dm.role,
    goals,
    redLines: dm.goals.filter(isRedLine).map((g) => g.id),
    tradable: dm.goals.filter((g) => !isRedLine(g)).map((g) => g.id),
    points: points.filter((row) => row.points.some((p) => p !== 0)),
  };
}
