import type { Action } from '../actions';
import { knownGoals } from '../knowledge';
import { delegationModel, type RoundModel } from '../model/round-model';
import { seatedIn } from '../round/context';
import { limitOf } from '../round/refusal';
import type { Round } from '../session';
import { GUARANTORS, isGuarantor, type DelegationId, type Role } from '../vocabulary';
import { opening, type Bot } from './bot';
import { bestBargainEdit, makeBargain } from './bargain';

/** Share of the clock after which the Nash mediator tables its text: reservation levels fall with time. */
export const NASH_TABLES_AT = 0.8;
const ROLE_ORDER: Readonly<Record<Role, number>> = { guarantor: 3, party: 2, observer: 1 };

const orders = new WeakMap<RoundModel, readonly DelegationId[]>();
function byRole(model: RoundModel): readonly DelegationId[] {
  let order = orders.get(model);
  if (order === undefined) {
    const rank = (d: DelegationId): number => ROLE_ORDER[delegationModel(model, d).role];
    order = model.delegations.toSorted((a, b) => rank(b) - rank(a));
    orders.set(model, order);
  }
  return order;
}

/**
 * The Nash mediator: it learns what it legally can (consults everyone, caucuses the guarantors, asks
 * again where goals stay unknown), edits toward the draft that maximises the product of the seated
 * delegations' estimated gains over their reservation levels, promises only what the text already
 * says, and tables late, when reservation levels have fallen. It reads only what the mediator's view
 * shows: public and revealed goals, trust figures, the count of goals still unknown, the clock.
 * Reservation levels it never sees, so it assumes a typical one (`assumedReservation`).
 */
export function nashBot(): Bot {
  return { name: 'nash', next: nextMove };
}

function nextMove(round: Round): Action {
  const early = opening(round);
  if (early !== undefined) return early;
  const { model } = round;
  const { agenda } = model.scenario;
  const data = round.data();
  const discrete = round.discrete();
  const seated = seatedIn(discrete);
  const limit = limitOf(model, data);
  const fits = (minutes: number): boolean => data.minute + minutes <= limit;
  const order = byRole(model).filter(seated);
  const consulted = (id: DelegationId): number => data.dyn[id]?.trust.entries.filter((e) => e.source === 'consult').length ?? 0;
  const away = model.delegations.find((d) => isGuarantor(d) && discrete[d]?.attendance === 'walkedOut');
  if (away !== undefined && fits(60)) return { type: 'recall', delegation: away };
  const first = order.find((id) => consulted(id) === 0 && delegationModel(model, id).role !== 'observer');
  if (first !== undefined && fits(60)) return { type: 'consult', delegation: first };
  if (GUARANTORS.every((g) => seated(g) && data.dyn[g]?.stance === null) && fits(90)) return { type: 'caucus' };
  const edit = bestBargainEdit(makeBargain(round), agenda.ids, agenda.max);
  if (edit !== undefined && fits(15)) return { type: 'edit', ...edit };
  if (data.minute / limit < NASH_TABLES_AT) {
    const unknown = (id: DelegationId): number => delegationModel(model, id).goals.length - knownGoals(delegationModel(model, id), data.dyn[id]).length;
    const ask = order.find((id) => unknown(id) > 0 && delegationModel(model, id).role !== 'observer');
    if (ask !== undefined && fits(60)) return { type: 'consult', delegation: ask };
    const calm = order.toSorted((a, b) => consulted(a) - consulted(b))[0];
    if (calm !== undefined && fits(60)) return { type: 'consult', delegation: calm };
  }
  return { type: 'plenary' };
}
