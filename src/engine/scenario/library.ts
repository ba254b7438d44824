import { err, ok, type Result } from '../result';
import type { ClauseId, DelegationId, RoundId } from '../vocabulary';
import { pathKey, type Library } from './catalog';
import { parseFile, type ParsedFile, type RawFile } from './files';
import { isGuidePath, loadGuides } from './guide-files';
import type { Problem } from './problems';
import { checkReferences } from './references';
import type { ClauseDef, Deck, DelegationProfile, RoundFile } from './schema';

export { pathKey, type Library } from './catalog';

/** Reads every file, reports every problem in every file, and only then says whether it is usable. */
export function loadLibrary(raws: readonly RawFile[]): Result<Library, Problem[]> {
  const problems: Problem[] = [];
  const parsed: ParsedFile[] = [];
  const scenarioFiles = raws.filter((r) => !isGuidePath(r.path));
  for (const raw of scenarioFiles.toSorted((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const result = parseFile(raw);
    if (result.ok) parsed.push(result.value);
    else problems.push(...result.error);
  }
  const delegations = new Map<DelegationId, DelegationProfile>();
  const clauses = new Map<ClauseId, ClauseDef>();
  const decks = new Map<string, Deck>();
  const rounds = new Map<RoundId, RoundFile>();
  const paths = new Map<string, string>();
  for (const file of parsed) {
    const key = pathKey(file.kind, file.data.id);
    const earlier = paths.get(key);
    if (earlier !== undefined) {
      problems.push({
        file: file.path,
        path: '$.id',
        expected: 'an id no other file uses',
        found: `"${file.data.id}", also in ${earlier}`,
      });
      continue;
    }
    paths.set(key, file.path);
    if (file.kind === 'delegations') delegations.set(file.data.id as DelegationId, file.data as DelegationProfile);
    else if (file.kind === 'clauses') clauses.set(file.data.id, file.data as ClauseDef);
    else if (file.kind === 'decks') decks.set(file.data.id, file.data as Deck);
    else rounds.set(file.data.id, file.data as RoundFile);
  }
  const guides = loadGuides(raws);
  const library: Library = { delegations, clauses, decks, rounds, paths, guides: guides.guides };
  problems.push(...checkReferences(library), ...guides.problems);
  return problems.length === 0 ? ok(library) : err(problems);
}
