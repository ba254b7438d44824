import type { Action } from '../actions';
import { knownGoals } from '../knowledge';
import { delegationModel } from '../model/round-model';
import { seatedIn } from '../round/context';
import { limitOf } from '../round/refusal';
import type { RoundData } from '../round/state';
import type { Round } from '../session';
import { GUARANTORS, isGuarantor, type DelegationId } from '../vocabulary';
import { opening, type Bot } from './bot';
import { bestBargainEdit, makeBargain } from './bargain';
import { consultOrder } from './greedy';

/** Share of the clock after which the Nash mediator tables whatever it has. */
export const NASH_TABLES_BY = 0.85;
/** What a stance heard in the caucus says about how demanding a guarantor is, over a typical one. */
const DEMAND = { signs: 0, reserves: 0.05, refuses: 0.15 } as const;

/** Share of the clock until which, the guarantors won, the Nash mediator courts the parties. */
export const NASH_COURTS_UNTIL = 0.72;

/**
 * With the guarantors won, a little time spent on the parties (whose signatures weigh most): a
 * promise of what the text already says (kept if it is adopted), then a consultation to calm the
 * least patient-looking one. Returns undefined when it is time to table.
 */
function settle(round: Round): Action | undefined {
  const { model } = round;
  const data = round.data();
  const limit = limitOf(model, data);
  if ((data.minute + 30) / limit > NASH_COURTS_UNTIL) return undefined;
  const seated = seatedIn(round.discrete());
  const parties = consultOrder(model).filter((d) => seated(d) && delegationModel(model, d).role === 'party');
  const { agenda } = model.scenario;
  for (const id of parties) {
    if (data.promises.some((p) => p.delegation === id)) continue;
    const known = knownGoals(delegationModel(model, id), data.dyn[id]);
    const at = data.draft.findIndex((s, i) => s > 0 && known.some((g) => g.touches.includes(i)));
    const clause = agenda.ids[at];
    if (clause !== undefined) return { type: 'assure', delegation: id, clause, strength: data.draft[at] ?? 1 };
  }
  if ((data.minute + 60) / limit > NASH_COURTS_UNTIL) return undefined;
  const consults = (id: DelegationId): number => consultsWith(data, id);
  const calm = parties.toSorted((a, b) => consults(a) - consults(b))[0];
  return calm === undefined ? undefined : { type: 'consult', delegation: calm };
}

/** The minute the draft last changed. */
const draftSince = (data: RoundData): number => data.versions.at(-1)?.minute ?? 0;

/** A guarantor's stance from a caucus held on the draft as it stands, or null when none was. */
/** How many times the mediator has consulted a delegation, read off its trust ledger. */
const consultsWith = (data: RoundData, id: DelegationId): number =>
  data.dyn[id]?.trust.entries.filter((e) => e.source === 'consult').length ?? 0;

function currentStance(data: RoundData, id: DelegationId): keyof typeof DEMAND | null {
  const stance = data.dyn[id]?.stance;
  return stance !== null && stance !== undefined && stance.minute >= draftSince(data) ? stance.verdict : null;
}

/**
 * The Nash mediator: it learns what it legally can (consults the guarantors and the parties, caucuses
 * the guarantors), edits toward the draft that maximises the product of the seated delegations'
 * estimated gains over their reservation levels, then caucuses again to hear whether the guarantors
 * would sign. A guarantor that says it would not is taken to be more demanding than typical and the
 * text moves toward it; meanwhile the clock softens everyone. It reads only what the mediator's view
 * shows: public and revealed goals, trust figures, stances, the count of goals still unknown, the
 * clock. Reservation levels it never sees: it assumes a typical one (`assumedReservation`).
 *
 * Where it peeks (as the greedy bot does): for a goal it knows, it uses the goal's weight and its
 * value for each wording, which the view conveys only as the goal's text and status; and it reads
 * trust unrounded where the view shows a whole number.
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
  const order = consultOrder(model).filter(seated);
  const consulted = (id: DelegationId): number => consultsWith(data, id);
  const away = model.delegations.find((d) => isGuarantor(d) && discrete[d]?.attendance === 'walkedOut');
  if (away !== undefined && fits(60)) return { type: 'recall', delegation: away };
  const first = order.find((id) => consulted(id) === 0 && delegationModel(model, id).role !== 'observer');
  if (first !== undefined && fits(60)) return { type: 'consult', delegation: first };
  const guarantorsIn = GUARANTORS.every(seated);
  if (guarantorsIn && GUARANTORS.every((g) => data.dyn[g]?.stance === null) && fits(90)) return { type: 'caucus' };
  const demand = (id: DelegationId): number => {
    const stance = currentStance(data, id);
    return stance === null ? 0 : DEMAND[stance];
  };
  const edit = bestBargainEdit(makeBargain(round, { demand }), agenda.ids, agenda.max);
  if (edit !== undefined && fits(15)) return { type: 'edit', ...edit };
  if (data.minute / limit >= NASH_TABLES_BY) return { type: 'plenary' };
  const stances = GUARANTORS.map((g) => currentStance(data, g));
  if (guarantorsIn && stances.includes(null) && fits(90)) return { type: 'caucus' };
  if (stances.every((s) => s === 'signs' || s === 'reserves')) return settle(round) ?? { type: 'plenary' };
  // Someone still says no: time softens it, and a consultation calms it and builds trust.
  const holdout = GUARANTORS.find((g) => currentStance(data, g) === 'refuses' && seated(g));
  if (holdout !== undefined && fits(60 + 90)) return { type: 'consult', delegation: holdout };
  const unknown = (id: DelegationId): number =>
    delegationModel(model, id).goals.length - knownGoals(delegationModel(model, id), data.dyn[id]).length;
  const ask = order.find((id) => unknown(id) > 0);
  if (ask !== undefined && fits(60 + 90)) return { type: 'consult', delegation: ask };
  return { type: 'plenary' };
}
