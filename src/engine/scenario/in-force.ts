import { parseDraft, type Agenda, type Draft } from '../draft';
import { GUARANTORS } from '../vocabulary';
import type { Library } from './catalog';
import type { ClauseDef, History, Lapse, RoundFile } from './schema';

/**
 * What earlier rounds agreed and still holds (issue 18): clause id → the strongest wording agreed and not
 * revoked. Only a clause with `inForceFrom` sets up an instrument (the monitoring mechanism, the areas, a
 * working group); a declaration such as Syria's sovereignty is restated by every text and never carries.
 */
export type InForce = Readonly<Record<string, number>>;

/** Folds an adopted text into what is in force: each instrument at the strongest wording agreed so far. */
export function withAgreed(
  inForce: InForce,
  agenda: Agenda,
  text: Draft,
  clauseOf: (id: string) => ClauseDef | undefined,
): InForce {
  const out: Record<string, number> = { ...inForce };
  agenda.ids.forEach((clause, at) => {
    const from = clauseOf(clause)?.inForceFrom;
    const strength = text[at] ?? 0;
    if (from !== undefined && strength >= from) out[clause] = Math.max(out[clause] ?? 0, strength);
  });
  return out;
}

/** What no longer holds when a round opens: each lapse caps its instrument (to 0: gone). */
export function withLapses(inForce: InForce, lapses: readonly Lapse[]): InForce {
  const out: Record<string, number> = { ...inForce };
  for (const lapse of lapses) {
    const kept = Math.min(out[lapse.clause] ?? 0, lapse.to);
    if (kept > 0) out[lapse.clause] = kept;
    else delete out[lapse.clause];
  }
  return out;
}

/** The real document counts as agreed when every guarantor endorsed it. */
export const adoptedInHistory = (history: History): boolean =>
  GUARANTORS.every((g) => history.results[g] === 'signs' || history.results[g] === 'reserves');

/** A round's agenda as the draft parser needs it. */
export function agendaOf(library: Library, round: RoundFile): Agenda {
  const index = new Map(round.agenda.map((a, at) => [a.clause, at]));
  return {
    ids: round.agenda.map((a) => a.clause),
    max: round.agenda.map((a) => library.clauses.get(a.clause)?.wordings.length ?? 0),
    weights: round.agenda.map((a) => a.weight),
    index,
  };
}

/**
 * What is in force when a historical round opens: every earlier round's real adopted text, in the order
 * the rounds met, each round's lapses applied as it opens, this round's too.
 */
export function historicalInForce(library: Library, round: RoundFile): InForce {
  const earlier = [...library.rounds.values()]
    .filter((r) => r.number < round.number)
    .toSorted((a, b) => a.number - b.number);
  let inForce: InForce = {};
  for (const r of earlier) {
    inForce = withLapses(inForce, r.lapses);
    if (r.history === undefined || !adoptedInHistory(r.history)) continue;
    const agenda = agendaOf(library, r);
    const text = parseDraft(agenda, r.history.text);
    if (text.ok) inForce = withAgreed(inForce, agenda, text.value, (id) => library.clauses.get(id));
  }
  return withLapses(inForce, round.lapses);
}
