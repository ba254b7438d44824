import { withStrength } from './draft';
import { settle } from './goals/settle';
import { blocksSignature, crossesRedLine, goalWorth } from './model/goals';
import { delegationModel, type RoundModel } from './model/round-model';
import { seatedIn } from './round/context';
import type { RoundState } from './round/state';
import type { ClauseId, DelegationId, GoalId, ViewSeat } from './vocabulary';
import { seatKnows } from './why';

/** How strongly a delegation would take an edit, by a goal the seat knows. */
export type Severity = 'walksOut' | 'refuses' | 'frowns';

export interface Objection {
  readonly delegation: DelegationId;
  readonly goal: GoalId;
  /**
   * walksOut: it crosses a red line the delegation would leave over; refuses: it could not sign; frowns: it likes it
   * less.
   */
  readonly severity: Severity;
}

/** For each agenda clause, indexed by wording (0: the clause struck out): who would object to that edit. */
export type Objections = Readonly<Record<ClauseId, readonly (readonly Objection[])[]>>;

/**
 * What the editor warns of before an edit (issue 13): for every wording of every clause, the seated
 * delegations whose goals, as far as the seat knows them, the edit would cross or cost. Read from the
 * goal charts' settled states on the edited draft, so it says what the charts will say.
 */
export function objectionsFor(model: RoundModel, state: RoundState, seat: ViewSeat): Objections {
  const { agenda } = model.scenario;
  const draft = state.data.draft;
  const seated = seatedIn(state.delegations);
  const out: Record<ClauseId, Objection[][]> = {};
  agenda.ids.forEach((clause, at) => {
    const rows: Objection[][] = [];
    for (let s = 0; s <= (agenda.max[at] ?? 0); s += 1) {
      const row: Objection[] = [];
      const next = s === draft[at] ? draft : withStrength(draft, at, s);
      for (const id of model.delegations) {
        if (s === draft[at] || !seated(id)) continue;
        const dm = delegationModel(model, id);
        const knows = seatKnows(seat, dm, state);
        for (const g of dm.hears.draft[at] ?? []) {
          if (!knows(g)) continue;
          const was = settle(g, draft, seated).state;
          const now = settle(g, next, seated).state;
          if (crossesRedLine(g, now) && !crossesRedLine(g, was))
            row.push({ delegation: id, goal: g.id, severity: 'walksOut' });
          else if (blocksSignature(g, now) && !blocksSignature(g, was))
            row.push({ delegation: id, goal: g.id, severity: 'refuses' });
          else if (goalWorth(g, now, next) < goalWorth(g, was, draft))
            row.push({ delegation: id, goal: g.id, severity: 'frowns' });
        }
      }
      rows.push(row);
    }
    out[clause] = rows;
  });
  return out;
}
