import type { Draft } from '../draft';
import { knownGoals } from '../knowledge';
import { ACCEPTABLE_WORTH } from '../model/acceptance';
import { delegationModel } from '../model/round-model';
import { seatedIn } from '../round/context';
import type { Round } from '../session';
import { isGuarantor, type Role } from '../vocabulary';
import { incremental, knownSeat, shareOf, type KnownSeat } from './incremental';

const ROLE_WEIGHT: Readonly<Record<Role, number>> = { guarantor: 4, party: 3, observer: 1 };
const SUBSTANCE_WEIGHT = 0.3;

interface SeatScore extends KnownSeat {
  readonly weight: number;
  readonly penalty: number;
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
    const known = knownSeat(knownGoals(dm, data.dyn[id]), draft, agenda.ids.length, seated);
    const weight = ROLE_WEIGHT[dm.role];
    seats.push({ ...known, weight, penalty: isGuarantor(id) ? -100 : -weight });
  }
  // A red line or a text its known goals lose on costs the seat; otherwise it weighs by how much it likes the text.
  const seatWorth = (s: SeatScore, utility: number, blocked: number): number =>
    blocked > 0
      ? s.penalty
      : utility < ACCEPTABLE_WORTH
        ? s.penalty / 2 + s.weight * shareOf(s, utility)
        : s.weight * shareOf(s, utility);
  const substance = (at: number, strength: number): number =>
    (SUBSTANCE_WEIGHT * (agenda.weights[at] ?? 0) * strength) / (agenda.max[at] ?? 1);
  const scored = incremental(draft, seats, seatWorth, substance, seated);
  return { draft, worth: scored.value, worthWith: (at, strength) => scored.valueWith(at, strength) };
}
