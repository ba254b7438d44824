import { detLn } from '../detmath';
import type { Draft } from '../draft';
import { knownGoals } from '../knowledge';
import { ACCEPTABLE_WORTH, trustTerm } from '../model/acceptance';
import { delegationModel } from '../model/round-model';
import { trustAt } from '../model/trust';
import { seatedIn } from '../round/context';
import { limitOf } from '../round/refusal';
import type { Round } from '../session';
import { isGuarantor, type DelegationId } from '../vocabulary';
import { incremental, knownSeat, shareOf, type KnownSeat } from './incremental';

/** Below this a gain counts as nothing: the logarithm of the Nash product stays finite. */
const FLOOR = 0.01;
const LOG_FLOOR = detLn(FLOOR);
/** A guarantor's red line rules a draft out; anyone else's costs that delegation's signature, and more. */
const GUARANTOR_BLOCKED = -100;
const OTHER_BLOCKED = LOG_FLOOR - 2;
/** What endorsing is worth before the margin: keeps the logarithm's argument positive for any margin. */
const ENDORSED = 1.5;
/** Substance only breaks ties between drafts the delegations like equally. */
const SUBSTANCE_TIE = 0.002;

/**
 * The reservation level a mediator assumes when it cannot see one: a typical delegation's, falling
 * with the clock. The bots never read a profile's own curve (that would be peeking).
 */
export const assumedReservation = (t: number): number => 0.55 - 0.25 * t;

interface Seat extends KnownSeat {
  readonly guarantor: boolean;
  /** Trust's term (the trust figure is shown to the mediator) minus the assumed reservation. */
  readonly offset: number;
}

/**
 * The Nash product of what the mediator knows: for each seated delegation, its estimated gain over
 * its (assumed) reservation level, from its known goals only; a guarantor's known red line rules the
 * draft out. Scores a one-clause change by looking only at the goals that clause touches.
 */
export interface Bargain {
  readonly draft: Draft;
  readonly value: number;
  valueWith(at: number, strength: number): number;
}

export interface BargainOptions {
  /** Bargain over public goals alone (a mediator who never asks). */
  readonly knowsNothingHidden?: boolean;
  /** How much more demanding than typical a delegation has shown itself to be. */
  readonly demand?: (id: DelegationId) => number;
}

export function makeBargain(round: Round, options: BargainOptions = {}): Bargain {
  const { model } = round;
  const { agenda } = model.scenario;
  const data = round.data();
  const draft = data.draft;
  const seated = seatedIn(round.discrete());
  const t = data.minute / limitOf(model, data);
  const seats: Seat[] = [];
  for (const id of model.delegations) {
    if (!seated(id)) continue;
    const dm = delegationModel(model, id);
    const dyn = data.dyn[id];
    const goals = options.knowsNothingHidden === true ? dm.goals.filter((g) => g.public) : knownGoals(dm, dyn);
    const known = knownSeat(goals, draft, agenda.ids.length, seated);
    const trust = dyn === undefined ? dm.personality.trust : trustAt(dyn.trust, data.minute);
    seats.push({
      ...known,
      guarantor: isGuarantor(id),
      offset: trustTerm(trust) - assumedReservation(t) - (options.demand?.(id) ?? 0),
    });
  }
  const seatValue = (s: Seat, utility: number, blocked: number): number => {
    if (blocked > 0) return s.guarantor ? GUARANTOR_BLOCKED : OTHER_BLOCKED;
    const share = shareOf(s, utility);
    // A text its known goals lose on would be refused: it counts, linearly, so that the search can climb back.
    if (utility < ACCEPTABLE_WORTH) return (s.guarantor ? GUARANTOR_BLOCKED / 2 : OTHER_BLOCKED) + share;
    // Endorsed either way: the margin over its (assumed) reservation decides signing outright or with reservations.
    return detLn(FLOOR + ENDORSED + share + s.offset);
  };
  const substance = (at: number, strength: number): number =>
    (SUBSTANCE_TIE * (agenda.weights[at] ?? 0) * strength) / (agenda.max[at] ?? 1);
  const scored = incremental(draft, seats, seatValue, substance, seated);
  return { draft, value: scored.value, valueWith: (at, strength) => scored.valueWith(at, strength) };
}

/** The one-clause change that raises the Nash product most, if any does. */
export function bestBargainEdit(
  bargain: Bargain,
  ids: readonly string[],
  max: readonly number[],
): { clause: string; strength: number } | undefined {
  let best: { clause: string; strength: number } | undefined;
  let bestValue = bargain.value + 1e-9;
  ids.forEach((clause, at) => {
    for (let s = 0; s <= (max[at] ?? 0); s += 1) {
      if (s === bargain.draft[at]) continue;
      const v = bargain.valueWith(at, s);
      if (v > bestValue) {
        bestValue = v;
        best = { clause, strength: s };
      }
    }
  });
  return best;
}
