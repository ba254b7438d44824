import { makeAgenda, parseDraft, type Agenda, type Draft } from '../draft';
import { err, ok, type Result } from '../result';
import { DELEGATIONS, type DelegationId, type RoundId, type SomeDelegations } from '../vocabulary';
import { canonicalJson, englishOnly, sha256Hex } from './canonical';
import type { Library } from './library';
import { profileAt } from './eras';
import { historicalInForce } from './in-force';
import type { ClauseDef, Deck, DelegationProfile, Era, RoundFile, SeatPlan } from './schema';

/** One round's content, resolved: what a round is played from. Static, so never copied into state. */
export interface Scenario {
  readonly id: RoundId;
  /** SHA-256 of the canonical JSON of the round and everything it references. */
  readonly contentHash: string;
  readonly round: RoundFile;
  readonly agenda: Agenda;
  /** The agenda's clauses, in agenda order. */
  readonly clauses: readonly ClauseDef[];
  /** The delegations the round file names and whose profile, on the round's first day, still comes. */
  readonly delegations: readonly DelegationId[];
  /** Profiles as they stood on the round's first day (eras applied). */
  readonly profiles: SomeDelegations<DelegationProfile>;
  /** The eras in force for each delegation named by the round file, for the Sources panel. */
  readonly eras: SomeDelegations<readonly Era[]>;
  readonly seats: SomeDelegations<SeatPlan>;
  readonly deck: Deck;
  readonly initialDraft: Draft;
  /**
   * Instruments agreed in earlier rounds and not revoked (issue 18): clause id → the strongest wording in
   * force. A requirement or a campaign step it meets is met without being restated; what a veto reads is
   * the text itself (RULES.md FORCE-1 to FORCE-3). A historical round takes it from the earlier rounds' real
   * texts; a campaign round from the player's.
   */
  readonly inForce: Readonly<Record<string, number>>;
}

export type BuildError = { readonly code: 'unknownRound'; readonly id: string; readonly known: readonly string[] };

export function buildScenario(library: Library, id: RoundId): Result<Scenario, BuildError> {
  const round = library.rounds.get(id);
  if (round === undefined) return err({ code: 'unknownRound', id, known: [...library.rounds.keys()].toSorted() });
  // The library has been cross-checked, so every lookup below succeeds.
  const clauses = round.agenda.map((a) => library.clauses.get(a.clause) as ClauseDef);
  const agenda = makeAgenda(
    round.agenda.map((a, i) => ({ clause: a.clause, weight: a.weight, max: clauses[i]?.wordings.length ?? 0 })),
  );
  const profiles: SomeDelegations<DelegationProfile> = {};
  const eras: SomeDelegations<readonly Era[]> = {};
  const seats: SomeDelegations<SeatPlan> = {};
  const delegations: DelegationId[] = [];
  for (const d of DELEGATIONS) {
    const seat = round.delegations[d];
    const base = library.delegations.get(d);
    if (seat === undefined || base === undefined) continue;
    // A round file says who was expected; a profile's eras say who, by then, still came (issue 6).
    const at = profileAt(base, round.dates.start);
    eras[d] = at.eras;
    if (!at.attends) continue;
    delegations.push(d);
    profiles[d] = at.profile;
    seats[d] = seat;
  }
  const deck = library.decks.get(round.deck) as Deck;
  const draft = parseDraft(agenda, round.initialDraft);
  const inForce = historicalInForce(library, round);
  const content = { round, clauses, profiles: delegations.map((d) => profiles[d]), deck, inForce };
  const contentHash = sha256Hex(canonicalJson(englishOnly(content)));
  return ok({
    id,
    contentHash,
    round,
    agenda,
    clauses,
    delegations,
    profiles,
    eras,
    seats,
    deck,
    initialDraft: draft.ok ? draft.value : agenda.ids.map(() => 0),
    inForce,
  });
}
