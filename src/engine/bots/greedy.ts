import type { Action } from '../actions';
import { delegationModel, type RoundModel } from '../model/round-model';
import { limitOf } from '../round/refusal';
import { seatedIn } from '../round/context';
import type { Round } from '../session';
import { GUARANTORS, isGuarantor, type DelegationId, type Role } from '../vocabulary';
import type { Draft } from '../draft';
import { opening, type Bot } from './bot';
import { makeScorer } from './scorer';

const ROLE_ORDER: Readonly<Record<Role, number>> = { guarantor: 3, party: 2, observer: 1 };
/** Share of the clock after which the greedy mediator tables its text. */
export const GREEDY_TABLES_AT = 0.75;

function bestEdit(round: Round): Action | undefined {
  const { agenda } = round.model.scenario;
  const scorer = makeScorer(round);
  let best: Action | undefined;
  let bestWorth = scorer.worth + 0.3;
  agenda.ids.forEach((clause, at) => {
    for (let s = 0; s <= (agenda.max[at] ?? 0); s += 1) {
      if (s === scorer.draft[at]) continue;
      const value = scorer.worthWith(at, s);
      if (value > bestWorth) {
        bestWorth = value;
        best = { type: 'edit', clause, strength: s };
      }
    }
  });
  return best;
}

const orders = new WeakMap<RoundModel, readonly DelegationId[]>();

/** Guarantors first, then the parties, then the observers. */
export function consultOrder(model: RoundModel): readonly DelegationId[] {
  let order = orders.get(model);
  if (order === undefined) {
    const rank = (d: DelegationId): number => ROLE_ORDER[delegationModel(model, d).role];
    order = model.delegations.toSorted((a, b) => rank(b) - rank(a));
    orders.set(model, order);
  }
  return order;
}

/**
 * Consults everyone once, caucuses the guarantors, edits toward the text most delegations accept, and
 * lets the clock soften the guarantors with sound-outs before it tables.
 */
export function greedyBot(): Bot {
  // The best edit only changes when the draft, what is known or who is seated does.
  let memo: { key: string; draft: Draft; edit: Action | undefined } | undefined;
  const bestEditNow = (round: Round): Action | undefined => {
    const data = round.data();
    const discrete = round.discrete();
    const key = round.model.delegations.map((d) => `${data.dyn[d]?.revealed.length}${discrete[d]?.attendance}`).join();
    if (memo === undefined || memo.draft !== data.draft || memo.key !== key)
      memo = { key, draft: data.draft, edit: bestEdit(round) };
    return memo.edit;
  };
  // Wordings a guarantor's refusal made it strike: it does not write them again.
  const struck = new Set<string>();
  return { name: 'greedy', next: (round) => nextMove(round, bestEditNow, struck) };
}

const editKey = (a: Action): string => (a.type === 'edit' ? `${a.clause}:${a.strength}` : '');

/** The edit that takes back the most recent change away from the opening draft, if any is left. */
function lastAdded(round: Round): Extract<Action, { type: 'edit' }> | undefined {
  const { agenda, initialDraft } = round.model.scenario;
  const { versions, draft } = round.data();
  for (let v = versions.length - 1; v > 0; v -= 1) {
    const now = versions[v]?.draft ?? [];
    const was = versions[v - 1]?.draft ?? [];
    const at = now.findIndex((s, i) => s !== was[i]);
    if (at < 0 || draft[at] === initialDraft[at] || draft[at] !== now[at]) continue;
    const clause = agenda.ids[at];
    if (clause !== undefined) return { type: 'edit', clause, strength: initialDraft[at] ?? 0 };
  }
  return undefined;
}

function nextMove(round: Round, bestEditNow: (round: Round) => Action | undefined, struck: Set<string>): Action {
  const early = opening(round);
  if (early !== undefined) return early;
  const { model } = round;
  const data = round.data();
  const discrete = round.discrete();
  const seated = seatedIn(discrete);
  const limit = limitOf(model, data);
  const fits = (minutes: number): boolean => data.minute + minutes <= limit;
  for (const id of consultOrder(model)) {
    const consulted = data.dyn[id]?.trust.entries.some((e) => e.source === 'consult') ?? false;
    if (!consulted && seated(id) && fits(60)) return { type: 'consult', delegation: id };
  }
  if (GUARANTORS.every((g) => seated(g) && data.dyn[g]?.stance === null) && fits(90)) return { type: 'caucus' };
  const edit = bestEditNow(round);
  if (edit !== undefined && fits(15) && !struck.has(editKey(edit))) return edit;
  // Before tabling, it asks the guarantors again; one that says no has a reason it has not told: the
  // clause added last goes, and is not put back.
  const heard = GUARANTORS.map((g) => data.dyn[g]?.stance);
  const lastEdit = data.versions.at(-1)?.minute ?? 0;
  if (
    GUARANTORS.every(seated) &&
    heard.some((s) => s === undefined || s === null || s.minute < lastEdit) &&
    fits(90 + 15)
  )
    return { type: 'caucus' };
  if (heard.some((s) => s?.verdict === 'refuses') && fits(15)) {
    const added = lastAdded(round);
    if (added !== undefined) {
      struck.add(`${added.clause}:${data.draft[model.scenario.agenda.index.get(added.clause) ?? -1]}`);
      return added;
    }
  }
  const away = model.delegations.find((d) => discrete[d]?.attendance === 'walkedOut' && isGuarantor(d));
  if (away !== undefined && fits(60)) return { type: 'recall', delegation: away };
  if (data.minute / limit < GREEDY_TABLES_AT && fits(30)) {
    const coldest = GUARANTORS.filter(seated).toSorted(
      (a, b) => (data.dyn[a]?.trust.entries.length ?? 0) - (data.dyn[b]?.trust.entries.length ?? 0),
    )[0];
    const at = data.draft.findIndex((s) => s > 0);
    const clause = model.scenario.agenda.ids[at];
    if (coldest !== undefined && clause !== undefined)
      return { type: 'sound', delegation: coldest, clause, strength: data.draft[at] ?? 1 };
  }
  return { type: 'plenary' };
}
