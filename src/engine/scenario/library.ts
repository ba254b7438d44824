import { err, ok, type Result } from '../result';
import type { ClauseId, DelegationId, RoundId } from '../vocabulary';
import { pathKey, type Library } from './catalog';
import type { CheckedLibrary } from './checked';
import { readFile, type ParsedFile, type RawFile } from './files';
import { isGuidePath, loadGuides } from './guide-files';
import type { Problem } from './problems';
import { checkReferences } from './references';
import type { ClauseDef, Deck, DelegationProfile, RoundFile } from './schema';

export { pathKey, type Library } from './catalog';

/**
 * Reads every file, reports every problem in every file, and only then says whether it is usable. A file
 * that fails its schema is still checked against the others as far as it can be read (issue 18).
 */
export function loadLibrary(raws: readonly RawFile[]): Result<Library, Problem[]> {
  const problems: Problem[] = [];
  const valid: ParsedFile[] = [];
  const checked = {
    delegations: new Map<string, Record<string, unknown>>(),
    clauses: new Map<string, Record<string, unknown>>(),
    decks: new Map<string, Record<string, unknown>>(),
    rounds: new Map<string, Record<string, unknown>>(),
  };
  const paths = new Map<string, string>();
  for (const raw of raws
    .filter((r) => !isGuidePath(r.path))
    .toSorted((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const reading = readFile(raw);
    problems.push(...reading.problems);
    if (reading.salvaged === undefined) continue;
    const { kind, id, data } = reading.salvaged;
    const key = pathKey(kind, id);
    const earlier = paths.get(key);
    if (earlier !== undefined) {
      problems.push({
        file: raw.path,
        path: '$.id',
        expected: 'an id no other file uses',
        found: `"${id}", also in ${earlier}`,
      });
      continue;
    }
    paths.set(key, raw.path);
    checked[kind].set(id, data);
    if (reading.file !== undefined) valid.push(reading.file);
  }
  problems.push(...checkReferences({ ...checked, paths } as unknown as CheckedLibrary));
  const guides = loadGuides(raws);
  problems.push(...guides.problems);
  if (problems.length > 0) return err(problems);
  const delegations = new Map<DelegationId, DelegationProfile>();
  const clauses = new Map<ClauseId, ClauseDef>();
  const decks = new Map<string, Deck>();
  const rounds = new Map<RoundId, RoundFile>();
  for (const file of valid) {
    if (file.kind === 'delegations') delegations.set(file.data.id as DelegationId, file.data as DelegationProfile);
    else if (file.kind === 'clauses') clauses.set(file.data.id, file.data as ClauseDef);
    else if (file.kind === 'decks') decks.set(file.data.id, file.data as Deck);
    else rounds.set(file.data.id, file.data as RoundFile);
  }
  return ok({ delegations, clauses, decks, rounds, paths, guides: guides.guides });
}
