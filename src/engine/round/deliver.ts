import { delegationModel } from '../model/round-model';
import type { DelegationId, Verdict } from '../vocabulary';
import { entry, seatedList, type Ctx, type Send } from './context';
import type { DelegationState, Discrete, RoundData } from './state';

/** The round's data and the delegations' charts, as a step builds them up. */
export interface Sitting {
  readonly data: RoundData;
  readonly delegations: Discrete;
}

export function recordDecision(data: RoundData, id: DelegationId, decision: Verdict | 'walkedOut'): RoundData {
  const tone = decision === 'signs' ? 'good' : decision === 'reserves' ? 'neutral' : 'bad';
  return {
    ...data,
    decisions: { ...data.decisions, [id]: decision },
    awaiting: data.awaiting?.filter((d) => d !== id) ?? null,
    log: [...data.log, entry(data.minute, `decision.${decision}`, { delegation: id }, tone, id)],
  };
}

const FINAL = new Set(['signs', 'reserves', 'refuses', 'walkedOut']);

/** What the round notes when a delegation's chart moves: a decision reached, or a walk-out during the talks. */
function noteMove(data: RoundData, id: DelegationId, before: DelegationState, after: DelegationState): RoundData {
  if (after.decision !== before.decision && FINAL.has(after.decision))
    return recordDecision(data, id, after.decision as Verdict | 'walkedOut');
  if (before.attendance === 'seated' && after.attendance === 'walkedOut') {
    const log = [...data.log, entry(data.minute, 'log.walkedOut', { delegation: id }, 'bad', id)];
    return { ...data, log, awaiting: data.awaiting?.filter((d) => d !== id) ?? null };
  }
  return data;
}

/**
 * The delegations hear what a step tells them, in order; what their charts do comes back into the
 * round's data. When someone leaves or comes back, the goals about who sits at the table hear it.
 */
export function deliver(ctx: Ctx, table: Sitting, sends: readonly Send[]): Sitting {
  const { model } = ctx;
  let { data, delegations } = table;
  const seatedBefore = seatedList(model, delegations).join();
  for (const send of sends) {
    const before = delegations[send.to];
    if (before === undefined) continue;
    const after = ctx.delegate(delegationModel(model, send.to), before, send.event);
    if (after === before) continue;
    delegations = { ...delegations, [send.to]: after };
    data = noteMove(data, send.to, before, after);
  }
  const seated = seatedList(model, delegations);
  if (seated.join() === seatedBefore) return { data, delegations };
  const seating: Send[] = model.delegations
    .filter((d) => delegations[d] !== undefined && delegationModel(model, d).hears.seating.length > 0)
    .map((to) => ({ to, event: { type: 'SEATING', seated } }));
  return seating.length === 0 ? { data, delegations } : deliver(ctx, { data, delegations }, seating);
}
