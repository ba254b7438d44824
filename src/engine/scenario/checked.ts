import { jsonPath, type Problem } from './problems';
import type { Salvaged } from './salvage';
import type { ClauseDef, Deck, DelegationProfile, History, RoundFile } from './schema';

/** A round file as salvaged, its history block salvaged field by field too. */
export type SalvagedRound = Omit<Salvaged<RoundFile>, 'history'> & { readonly history?: Salvaged<History> };

/**
 * Everything the reference checks read (issue 18): valid files, and what could be read of invalid ones,
 * each under its file's name. A file that fails its schema still answers for the ids it defines.
 */
export interface CheckedLibrary {
  readonly delegations: ReadonlyMap<string, Salvaged<DelegationProfile>>;
  readonly clauses: ReadonlyMap<string, Salvaged<ClauseDef>>;
  readonly decks: ReadonlyMap<string, Salvaged<Deck>>;
  readonly rounds: ReadonlyMap<string, SalvagedRound>;
  /** Where each item came from (`rounds/astana-01` → its path), for messages. */
  readonly paths: ReadonlyMap<string, string>;
}

/** Collects one file's problems: `at(path, expected, found)`. */
export interface Report {
  readonly file: string;
  readonly problems: Problem[];
  at(path: readonly (string | number)[] | string, expected: string, found: string): void;
}

export function report(file: string, problems: Problem[]): Report {
  return {
    file,
    problems,
    at(path, expected, found) {
      problems.push({ file, path: typeof path === 'string' ? path : jsonPath(path), expected, found });
    },
  };
}

/** The number of wordings a clause has: undefined when there is no such clause, null when its file is unreadable. */
export function wordingsOf(library: CheckedLibrary, clause: string): number | null | undefined {
  const def = library.clauses.get(clause);
  if (def === undefined) return undefined;
  return def.wordings === undefined ? null : def.wordings.length;
}

/** The indexes of ids seen before in the list (holes are skipped). */
export function duplicates(ids: readonly (string | undefined)[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  ids.forEach((id, i) => {
    if (id === undefined) return;
    if (seen.has(id)) out.push(i);
    seen.add(id);
  });
  return out;
}
