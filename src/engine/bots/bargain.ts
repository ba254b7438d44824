import { detLn } from '../detmath';
import { withStrength, type Draft } from '../draft';
import { knownGoals } from '../knowledge';
import { RESERVE_BAND, trustTerm } from '../model/acceptance';
import { blocksSignature, goalRange, goalStatus, goalValue, type CompiledGoal } from '../model/goals';
import { delegationModel } from '../model/round-model';
import { trustAt } from '../model/trust';
import { seatedIn } from '../round/context';
import { limitOf } from '../round/refusal';
import type { Round } from '../session';
import { isGuarantor, type DelegationId } from '../vocabulary';

/** Below this a gain counts as nothing: the logarithm of the Nash product stays finite. */
const FLOOR = 0.01;
const LOG_FLOOR = detLn(FLOOR);
/** A guarantor's red line rules a draft out; anyone else's costs that delegation's signature, and more. */
const GUARANTOR_BLOCKED = -100;
const OTHER_BLOCKED = LOG_FLOOR - 2;
/** Substance only breaks ties between drafts the delegations like equally. */
const SUBSTANCE_TIE = 0.002;

/**
 * The reservation level a mediator assumes when it cannot see one: a typical delegation's, falling
 * with the clock. The bots never read a profile's own curve (that would be peeking).
 */
export const assumedReservation = (t: number): number => 0.55 - 0.25 * t;

interface Touching {
  readonly goal: CompiledGoal;
  readonly value: number;
  readonly blocks: boolean;
}

interface Seat {
  readonly guarantor: boolean;
  readonly low: number;
  readonly high: number;
  readonly known: number;
  /** Trust's term (the trust figure is shown to the mediator) minus the assumed reservation. */
  readonly offset: number;
  readonly byAt: readonly (readonly Touching[])[];
  readonly utility: number;
  readonly blocked: number;
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
    const trust = dyn === undefined ? dm.personality.trust : trustAt(dyn.trust, data.minute);
    seats.push({ guarantor: isGuarantor(id), low, high, known: goals.length, offset: trustTerm(trust) - assumedReservation(t) - (options.demand?.(id) ?? 0) + RESERVE_BAND, byAt, utility, blocked });
  }
  const seatValue = (s: Seat, utility: number, blocked: number): number => {
    if (blocked > 0) return s.guarantor ? GUARANTOR_BLOCKED : OTHER_BLOCKED;
    const share = s.known === 0 || s.high === s.low ? 0.5 : (utility - s.low) / (s.high - s.low);
    const gain = share + s.offset;
    // Below its reservation a delegation still counts, linearly, so that the search can climb back.
    return gain >= 0 ? detLn(FLOOR + gain) : LOG_FLOOR + gain;
  };
  const substance = (at: number, strength: number): number => (SUBSTANCE_TIE * (agenda.weights[at] ?? 0) * strength) / (agenda.max[at] ?? 1);
  let value = 0;
  for (const s of seats) value += seatValue(s, s.utility, s.blocked);
  draft.forEach((strength, at) => {
    value += substance(at, strength);
  });
  return {
    draft,
    value,
    valueWith(at, strength) {
      const next = withStrength(draft, at, strength);
      let total = value - substance(at, draft[at] ?? 0) + substance(at, strength);
      for (const s of seats) {
        const touching = s.byAt[at] ?? [];
        if (touching.length === 0) continue;
        let utility = s.utility;
        let blocked = s.blocked;
        for (const tg of touching) {
          const after = goalStatus(tg.goal, next, seated);
          utility += goalValue(tg.goal, next, after) - tg.value;
          blocked += Number(blocksSignature(tg.goal, after)) - Number(tg.blocks);
        }
        total += seatValue(s, utility, blocked) - seatValue(s, s.utility, s.blocked);
      }
      return total;
    },
  };
}

/** The one-clause change that raises the Nash product most, if any does. */
export function bestBargainEdit(bargain: Bargain, ids: readonly string[], max: readonly number[]): { clause: string; strength: number } | undefined {
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
