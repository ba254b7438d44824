import { settle } from '../../src/engine/goals/settle';
import { blocksSignature } from '../../src/engine/model/goals';
import { seatedIn } from '../../src/engine/round/context';
import { delegationModel } from '../../src/engine/model/round-model';
import { trustAt } from '../../src/engine/model/trust';
import { REFUSAL_CODES } from '../../src/engine/round/refusal';
import type { ActResult, Round } from '../../src/engine/session';
import { DELEGATIONS, GUARANTORS, PHASES, type Decision, type Phase } from '../../src/engine/vocabulary';
import { snapshotJson } from './moves';

/** What a step is checked against: the round as it was before the action. */
export interface Seen {
  readonly json: string;
  readonly phase: Phase;
  readonly stateId: number;
  readonly minute: number;
}

export const seen = (round: Round): Seen => ({
  json: snapshotJson(round),
  phase: round.phase(),
  stateId: round.data().stateId,
  minute: round.data().minute,
});

const signed = (d: Decision | string | undefined): boolean => d === 'signs' || d === 'reserves';
const within = (x: number, low: number, high: number): boolean => Number.isFinite(x) && x >= low && x <= high;

/** What is wrong with one action's effect: a refusal must change nothing, an acceptance one stateId. */
export function stepProblems(before: Seen, result: ActResult, round: Round): string[] {
  const out: string[] = [];
  const data = round.data();
  if (!result.ok) {
    if (!(REFUSAL_CODES as readonly string[]).includes(result.refusal.code))
      out.push(`unknown refusal ${result.refusal.code}`);
    if (snapshotJson(round) !== before.json) out.push(`refused (${result.refusal.code}) but the round changed`);
    if (data.stateId !== before.stateId) out.push('refused but stateId moved');
  } else {
    if (result.stateId !== before.stateId + 1 || data.stateId !== result.stateId)
      out.push(`accepted: stateId ${before.stateId} -> ${data.stateId} (reported ${result.stateId})`);
  }
  if (data.minute < before.minute) out.push(`minute went back from ${before.minute} to ${data.minute}`);
  if (PHASES.indexOf(round.phase()) < PHASES.indexOf(before.phase))
    out.push(`phase went back from ${before.phase} to ${round.phase()}`);
  return out;
}

/** What is wrong with a round as it stands, whatever led to it. */
export function stateProblems(round: Round): string[] {
  const out: string[] = [];
  const { model } = round;
  const data = round.data();
  const discrete = round.discrete();
  const limit = model.limit + data.extraMinutes;
  if (!within(data.minute, 0, limit)) out.push(`minute ${data.minute} outside [0, ${limit}]`);
  if (data.actions.length !== data.stateId)
    out.push(`${data.actions.length} actions recorded at stateId ${data.stateId}`);
  for (const id of model.delegations) {
    const dyn = data.dyn[id];
    if (dyn === undefined) {
      out.push(`${id} has no dynamics`);
      continue;
    }
    if (!within(dyn.patience, 0, 100)) out.push(`${id} patience ${dyn.patience}`);
    if (!within(dyn.trust.base, 0, 100) || !within(trustAt(dyn.trust, data.minute), 0, 100))
      out.push(`${id} trust out of [0, 100]`);
  }
  const outcome = data.outcome;
  if ((round.phase() === 'outcome') !== (outcome !== null))
    out.push(`phase ${round.phase()} with outcome ${outcome === null ? 'missing' : 'present'}`);
  if (outcome === null) return out;
  if (JSON.stringify(outcome.text) !== JSON.stringify(data.draft)) out.push('the outcome text is not the draft');
  for (const id of DELEGATIONS) {
    const decision = outcome.decisions[id];
    const disc = discrete[id];
    if (!model.delegations.includes(id)) {
      if (decision !== 'absent') out.push(`${id} is not in the round but its decision is ${decision}`);
      continue;
    }
    if (disc === undefined) continue;
    const away = disc.attendance === 'walkedOut' || disc.attendance === 'boycotting';
    if (away && (signed(decision) || signed(disc.decision)))
      out.push(`${id} is ${disc.attendance} yet ${decision}/${disc.decision}`);
    // Students may sign over their seat's red line (the debrief grades it); the AI never does.
    const studentsDecided = data.actions.some((a) => a.startsWith(`decide ${id} `));
    // Its goal charts as they heard the tabled text, and as they settle on it: a goal that blocks a
    // signature never goes with one.
    for (const g of delegationModel(model, id).goals) {
      const states = [disc.goals[g.id]?.state ?? '', settle(g, outcome.text, seatedIn(discrete)).state];
      if (!studentsDecided && signed(decision) && states.some((state) => blocksSignature(g, state)))
        out.push(`${id} ${decision} over its red line ${g.id} (${states.join('/')})`);
    }
    if (disc.decision !== 'undecided' && disc.decision !== 'awaitingHuman' && disc.decision !== decision)
      out.push(`${id} decided ${disc.decision} but the outcome says ${decision}`);
  }
  if (outcome.adopted !== GUARANTORS.every((g) => signed(outcome.decisions[g])))
    out.push(`adopted ${outcome.adopted} disagrees with the guarantors`);
  const { score } = outcome;
  const parts = [score.signatures, score.substance, score.credibility, score.time];
  parts.forEach((p, i) => {
    if (!within(p.points, 0, p.max)) out.push(`score part ${i}: ${p.points} outside [0, ${p.max}]`);
  });
  const sum = parts.reduce((s, p) => s + p.points, 0);
  if (!(Math.abs(score.total - sum) < 0.1)) out.push(`score total ${score.total} but parts sum to ${sum}`);
  for (const id of model.delegations) {
    if (!within(outcome.finalTrust[id] ?? Number.NaN, 0, 100)) out.push(`${id} final trust ${outcome.finalTrust[id]}`);
  }
  return out;
}
