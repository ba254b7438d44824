import { withStrength, type Draft } from '../draft';
import { knownGoals } from '../knowledge';
import { blocksSignature, goalRange, goalStatus, goalValue, type CompiledGoal } from '../model/goals';
import { delegationModel } from '../model/round-model';
import { seatedIn } from '../round/context';
import type { Round } from '../session';
import { isGuarantor, type Role } from '../vocabulary';

const ROLE_WEIGHT: Readonly<Record<Role, number>> = { guarantor: 4, party: 3, observer: 1 };
const SUBSTANCE_WEIGHT = 0.3;

interface Touching {
  readonly goal: CompiledGoal;
  /** Its value and whether it blocks, in the current draft. */
  readonly value: number;
  readonly blocks: boolean;
}

interface SeatScore {
  readonly weight: number;
  readonly penalty: number;
  readonly low: number;
  readonly high: number;
  readonly known: number;
  /** Known goals touching each agenda position. */
  readonly byAt: readonly (readonly Touching[])[];
  readonly utility: number;
  readonly blocked: number;
}

/**
 * How good drafts look to a mediator from what it knows: guarantors must not be blocked, everyone else
 * should like the text, and stronger wording is worth a little. Built once per decision, it scores a
 * one-clause change by looking only at the goals that clause touches.
 */
export interface Scorer {
  readonly draft: Draft;
  readonly worth: number;
  worthWith(at: number, strength: number): number;
}

export function makeScorer(round: Round): Scorer {
  const { model } = round;
  const { agenda } = model.scenario;
  const data = round.data();
  const draft = data.draft;
  const seated = seatedIn(round.discrete());
  const seats: SeatScore[] = [];
  for (const id of model.delegations) {
    if (!seated(id)) continue;
    const dm = delegationModel(model, id);
    const goals = knownGoals(dm, data.dyn[id]);
    let low = 0;
    let high = 0;
    let utility = 0;
    let blocked = 0;
    const byAt: Touching[][] = agenda.ids.map(() => []);
    for (const g of goals) {
      const [a, b] = goalRange(g);
      low += a;
      high += b;
      const status = goalStatus(g, draft, seated);
      const value = goalValue(g, draft, status);
      const blocks = blocksSignature(g, status);
      utility += value;
      if (blocks) blocked += 1;
      for (const at of g.touches) byAt[at]?.push({ goal: g, value, blocks });
    }
    const weight = ROLE_WEIGHT[dm.role];
    seats.push({ weight, penalty: isGuarantor(id) ? -100 : -weight, low, high, known: goals.length, byAt, utility, blocked });
  }
  const seatWorth = (s: SeatScore, utility: number, blocked: number): number => {
    if (blocked > 0) return s.penalty;
    const share = s.known === 0 || s.high === s.low ? 0.5 : (utility - s.low) / (s.high - s.low);
    return s.weight * share;
  };
  const substance = (at: number, strength: number): number => (SUBSTANCE_WEIGHT * (agenda.weights[at] ?? 0) * strength) / (agenda.max[at] ?? 1);
  let worth = 0;
  for (const s of seats) worth += seatWorth(s, s.utility, s.blocked);
  draft.forEach((strength, at) => {
    worth += substance(at, strength);
  });
  return {
    draft,
    worth,
    worthWith(at, strength) {
      const next = withStrength(draft, at, strength);
      let total = worth - substance(at, draft[at] ?? 0) + substance(at, strength);
      for (const s of seats) {
        const touching = s.byAt[at] ?? [];
        if (touching.length === 0) continue;
        let utility = s.utility;
        let blocked = s.blocked;
        for (const t of touching) {
          const after = goalStatus(t.goal, next, seated);
          utility += goalValue(t.goal, next, after) - t.value;
          blocked += Number(blocksSignature(t.goal, after)) - Number(t.blocks);
        }
        total += seatWorth(s, utility, blocked) - seatWorth(s, s.utility, s.blocked);
      }
      return total;
    },
  };
}
