import type { Statuses } from '../delegation/events';
import { hasRegion } from '../delegation/machine';
import { goalStatus } from '../model/goals';
import { delegationModel, type DelegationModel } from '../model/round-model';
import { moodFor, WALKOUT_PATIENCE } from '../model/temper';
import { trustAt } from '../model/trust';
import type { Draft } from '../draft';
import type { DelegationId, GoalStatus } from '../vocabulary';
import { evaluate, type Ctx, type Send } from './context';
import type { RoundData } from './state';

export function statusesOf(dm: DelegationModel, draft: Draft, seated: (d: DelegationId) => boolean): Statuses {
  const out: Record<string, GoalStatus> = {};
  for (const g of dm.goals) out[g.id] = goalStatus(g, draft, seated);
  return out;
}

/**
 * The events that bring each delegation's statechart in line with the data: a goal that flipped, a mood
 * that moved, patience that ran out over a crossed red line. Nothing is sent when nothing changes
 * (DESIGN §7: broadcasting every edit cost 65 % of a round in the prototype).
 */
export function sync(ctx: Ctx, data: RoundData): Send[] {
  const sends: Send[] = [];
  for (const id of ctx.model.delegations) {
    const disc = ctx.discrete[id];
    const dyn = data.dyn[id];
    if (disc === undefined || dyn === undefined) continue;
    const dm = delegationModel(ctx.model, id);
    const { statuses, crossed } = evaluate(ctx, id, data.draft);
    for (const g of dm.goals) {
      const status = statuses[g.id] ?? 'unmet';
      if (hasRegion(g) && status !== disc.goals[g.id]) sends.push({ to: id, event: { type: `goal.${g.id}`, status } });
    }
    const mood = moodFor(trustAt(dyn.trust, data.minute), dyn.patience);
    if (mood !== disc.mood) sends.push({ to: id, event: { type: `mood.${mood}` } });
    if (crossed && disc.attendance === 'seated' && dyn.patience < WALKOUT_PATIENCE)
      sends.push({ to: id, event: { type: 'PATIENCE_GONE' } });
  }
  return sends;
}
