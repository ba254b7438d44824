import type { RoundModel } from '../model/round-model';
import { resultOf, type RealResult } from './results';
import { addTrust, trustAt } from '../model/trust';
import { DELEGATIONS, GUARANTORS, type Decision, type DelegationId, type SomeDelegations } from '../vocabulary';
import { entry, seatedIn, type Ctx, type Send } from './context';
import { deliver, type Sitting } from './deliver';
import { limitOf } from './refusal';
import { scoreRound } from './score';
import type { RoundData } from './state';

/** The tabled text and how a delegation stands: the facts its chart decides on. */
export function plenaryFacts(ctx: Ctx, data: RoundData, id: DelegationId): Send | null {
  const dyn = data.dyn[id];
  if (dyn === undefined) return null;
  const t = data.minute / limitOf(ctx.model, data);
  return {
    to: id,
    event: { type: 'PLENARY', draft: data.draft, trust: trustAt(dyn.trust, data.minute), patience: dyn.patience, t },
  };
}

/** The draft is tabled: every seated delegation hears it and decides (a students' seat will wait for them). */
export function table(ctx: Ctx, { data, delegations }: Sitting): Sitting {
  const seated = seatedIn(delegations);
  const awaiting = ctx.model.delegations.filter(seated);
  const sends = awaiting.flatMap((id) => plenaryFacts(ctx, data, id) ?? []);
  const log = [...data.log, entry(data.minute, 'log.tabled', {}, 'neutral')];
  return deliver(ctx, { data: { ...data, awaiting, log }, delegations }, sends);
}

/** Every delegation's line in the outcome, including those who never came or left. */
export function decisionsOf({ data, delegations }: Sitting): Record<DelegationId, Decision> {
  const out = {} as Record<DelegationId, Decision>;
  for (const id of DELEGATIONS) {
    const disc = delegations[id];
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

function resultsOf(
  model: RoundModel,
  decisions: Readonly<Record<DelegationId, Decision>>,
): Record<DelegationId, RealResult> {
  const out = {} as Record<DelegationId, RealResult>;
  for (const id of DELEGATIONS) out[id] = resultOf(decisions[id], model.byId.get(id)?.role);
  return out;
}

/** The round ends: promises are settled against the text, trust is final, the score is worked out. */
export function conclude(model: RoundModel, sitting: Sitting): RoundData {
  const { data } = sitting;
  const decisions = decisionsOf(sitting);
  const adopted = adoptedBy(decisions);
  let kept = 0;
  let broken = 0;
  let dyn = data.dyn;
  for (const p of data.promises) {
    const at = model.scenario.agenda.index.get(p.clause) ?? -1;
    if (adopted && (data.draft[at] ?? 0) >= p.strength) kept += 1;
    else {
      broken += 1;
      const d = dyn[p.delegation];
      if (d !== undefined)
        dyn = { ...dyn, [p.delegation]: { ...d, trust: addTrust(d.trust, 'promise', -10, data.minute) } };
    }
  }
  const finalTrust: SomeDelegations<number> = {};
  for (const id of model.delegations) {
    const d = dyn[id];
    if (d !== undefined) finalTrust[id] = trustAt(d.trust, data.minute);
  }
  const score = scoreRound(model, { data, decisions, adopted, kept, broken, finalTrust });
  const log = [
    ...data.log,
    entry(data.minute, adopted ? 'log.adopted' : 'log.notAdopted', {}, adopted ? 'good' : 'bad'),
  ];
  return {
    ...data,
    dyn,
    log,
    outcome: {
      adopted,
      text: data.draft,
      decisions,
      results: resultsOf(model, decisions),
      promisesKept: kept,
      promisesBroken: broken,
      finalTrust,
      score,
    },
  };
}
