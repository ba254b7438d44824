import { breakdown } from '../model/acceptance';
import { delegationModel } from '../model/round-model';
import { addTrust, trustAt } from '../model/trust';
import {
  DELEGATIONS,
  GUARANTORS,
  type Decision,
  type DelegationId,
  type SomeDelegations,
  type Verdict,
} from '../vocabulary';
import { entry, seatedIn, type Ctx, type Send, type Step } from './context';
import { limitOf } from './refusal';
import { scoreRound } from './score';
import type { RoundData } from './state';

/** What the AI would do with the tabled text, as the event that tells a delegation so. */
export function plenaryEvent(ctx: Ctx, data: RoundData, id: DelegationId): Send | null {
  const dyn = data.dyn[id];
  if (dyn === undefined) return null;
  const seated = seatedIn(ctx.discrete);
  const t = data.minute / limitOf(ctx.model, data);
  const b = breakdown(delegationModel(ctx.model, id), {
    draft: data.draft,
    seated,
    trust: trustAt(dyn.trust, data.minute),
    patience: dyn.patience,
    t,
  });
  return { to: id, event: { type: 'PLENARY', verdict: b.verdict, walksOut: b.walksOut } };
}

/** The draft is tabled: every seated delegation hears its AI verdict (a human seat will wait for its students). */
export function table(ctx: Ctx, data: RoundData): Step {
  const seated = seatedIn(ctx.discrete);
  const sends: Send[] = [];
  const awaiting: DelegationId[] = [];
  for (const id of ctx.model.delegations) {
    const send = seated(id) ? plenaryEvent(ctx, data, id) : null;
    if (send === null) continue;
    sends.push(send);
    awaiting.push(id);
  }
  const log = [...data.log, entry(data.minute, 'log.tabled', {}, 'neutral')];
  return { data: { ...data, awaiting, log }, sends };
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

/** Every delegation's line in the outcome, including those who never came or left. */
export function decisionsOf(ctx: Ctx, data: RoundData): Record<DelegationId, Decision> {
  const out = {} as Record<DelegationId, Decision>;
  for (const id of DELEGATIONS) {
    const disc = ctx.discrete[id];
    const decided = data.decisions[id];
    if (disc === undefined) out[id] = 'absent';
    else if (decided !== undefined) out[id] = decided;
    else if (disc.attendance === 'walkedOut') out[id] = 'walkedOut';
    else if (disc.attendance === 'boycotting') out[id] = 'boycott';
    else out[id] = 'absent';
  }
  return out;
}

export const adoptedBy = (decisions: Readonly<Record<DelegationId, Decision>>): boolean =>
  GUARANTORS.every((g) => decisions[g] === 'signs' || decisions[g] === 'reserves');

/** The round ends: promises are settled against the text, trust is final, the score is worked out. */
export function conclude(ctx: Ctx, data: RoundData): RoundData {
  const decisions = decisionsOf(ctx, data);
  const adopted = adoptedBy(decisions);
  let kept = 0;
  let broken = 0;
  let dyn = data.dyn;
  for (const p of data.promises) {
    const at = ctx.model.scenario.agenda.index.get(p.clause) ?? -1;
    if (adopted && (data.draft[at] ?? 0) >= p.strength) kept += 1;
    else {
      broken += 1;
      const d = dyn[p.delegation];
      if (d !== undefined)
        dyn = { ...dyn, [p.delegation]: { ...d, trust: addTrust(d.trust, 'promise', -10, data.minute) } };
    }
  }
  const finalTrust: SomeDelegations<number> = {};
  for (const id of ctx.model.delegations) {
    const d = dyn[id];
    if (d !== undefined) finalTrust[id] = trustAt(d.trust, data.minute);
  }
  const score = scoreRound(ctx.model, { data, decisions, adopted, kept, broken, finalTrust });
  const log = [
    ...data.log,
    entry(data.minute, adopted ? 'log.adopted' : 'log.notAdopted', {}, adopted ? 'good' : 'bad'),
  ];
  return {
    ...data,
    dyn,
    log,
    outcome: { adopted, text: data.draft, decisions, promisesKept: kept, promisesBroken: broken, finalTrust, score },
  };
}
