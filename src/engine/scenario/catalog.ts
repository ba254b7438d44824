import type { ClauseId, DelegationId, RoundId } from '../vocabulary';
import type { Guide } from './guide';
import type { ClauseDef, Deck, DelegationProfile, FileKind, RoundFile } from './schema';

/** All scenario content, valid and cross-checked: what the engine builds rounds from. */
export interface Library {
  readonly delegations: ReadonlyMap<DelegationId, DelegationProfile>;
  readonly clauses: ReadonlyMap<ClauseId, ClauseDef>;
  readonly decks: ReadonlyMap<string, Deck>;
  readonly rounds: ReadonlyMap<RoundId, RoundFile>;
  /** Teachers' guides to the historical rounds (scenarios/guides/), by round id. */
  readonly guides: ReadonlyMap<RoundId, Guide>;
  /** Where each item came from (`rounds/astana-01` → its path), for messages. */
  readonly paths: ReadonlyMap<string, string>;
}

export const pathKey = (kind: FileKind, id: string): string => `${kind}/${id}`;
