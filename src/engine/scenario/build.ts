import { makeAgenda, parseDraft, type Agenda, type Draft } from '../draft';
import { err, ok, type Result } from '../result';
import { DELEGATIONS, type DelegationId, type RoundId, type SomeDelegations } from '../vocabulary';
import { canonicalJson, sha256Hex } from './canonical';
import type { Library } from './library';
import type { ClauseDef, Deck, DelegationProfile, RoundFile, SeatPlan } from './schema';

/** One round's content, resolved: what a round is played from. Static, so never copied into state. */
export interface Scenario {
  readonly id: RoundId;
  /** SHA-256 of the canonical JSON of the round and everything it references. */
  readonly contentHash: string;
  readonly round: RoundFile;
  readonly agenda: Agenda;
  /** The agenda's clauses, in agenda order. */
  readonly clauses: readonly ClauseDef[];
  /** The delegations the round file names, in vocabulary order. */
  readonly delegations: readonly DelegationId[];
  readonly profiles: SomeDelegations<DelegationProfile>;
  readonly seats: SomeDelegations<SeatPlan>;
  readonly deck: Deck;
  readonly initialDraft: Draft;
}

export type BuildError = { readonly code: 'unknownRound'; readonly id: string; readonly known: readonly string[] };

export function buildScenario(library: Library, id: RoundId): Result<Scenario, BuildError> {
  const round = library.rounds.get(id);
  if (round === undefined) return err({ code: 'unknownRound', id, known: [...library.rounds.keys()].toSorted() });
  // The library has been cross-checked, so every lookup below succeeds.
  const clauses = round.agenda.map((a) => library.clauses.get(a.clause) as ClauseDef);
  const agenda = makeAgenda(round.agenda.map((a, i) => ({ clause: a.clause, weight: a.weight, max: clauses[i]?.wordings.length ?? 0 })));
  const delegations = DELEGATIONS.filter((d) => round.delegations[d] !== undefined);
  const profiles: SomeDelegations<DelegationProfile> = {};
  for (const d of delegations) profiles[d] = library.delegations.get(d);
  const deck = library.decks.get(round.deck) as Deck;
  const draft = parseDraft(agenda, round.initialDraft);
  const contentHash = sha256Hex(canonicalJson({ round, clauses, profiles: delegations.map((d) => profiles[d]), deck }));
  return ok({
    id,
    contentHash,
    round,
    agenda,
    clauses,
    delegations,
    profiles,
    seats: round.delegations,
    deck,
    initialDraft: draft.ok ? draft.value : agenda.ids.map(() => 0),
  });
}
