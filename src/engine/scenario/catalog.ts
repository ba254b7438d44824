import type { ClauseId, DelegationId, RoundId } from '../vocabulary';
import type { ClauseDef, Deck, DelegationProfile, FileKind, RoundFile } from './schema';

/** All scenario content, valid and cross-checked: what the engine builds rounds from. */
export interface Library {
  readonly delegations: ReadonlyMap<DelegationId, DelegationProfile>;
  readonly clauses: ReadonlyMap<ClauseId, ClauseDef>;
  readonly decks: ReadonlyMap<string, Deck>;
  readonly rounds: ReadonlyMap<RoundId, RoundFile>;
  /** Where each item came from (`rounds/astana-01` → its path), for messages. */
  readonly paths: ReadonlyMap<string, string>;
}

export const pathKey = (kind: FileKind, id: string): string => `${kind}/${id}`;
