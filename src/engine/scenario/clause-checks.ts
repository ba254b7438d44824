import { wordingsOf, type CheckedLibrary, type Report } from './checked';
import { suggest } from './suggest';

/** Checks a clause a goal or condition names, and the strengths it asks for. */
export function checkClause(
  library: CheckedLibrary,
  r: Report,
  path: readonly (string | number)[],
  clause: string,
  strengths: readonly [string, number | undefined][],
): void {
  const max = wordingsOf(library, clause);
  if (max === undefined) {
    r.at(path, 'a clause id from scenarios/clauses', `"${clause}"${suggest(clause, [...library.clauses.keys()])}`);
    return;
  }
  if (max === null) return;
  for (const [field, s] of strengths) {
    if (s === undefined || s <= max) continue;
    // A goal's own "min" names a wording (1 and up); a condition may also ask for absence (0).
    const low = field === 'min' && !path.some((p) => p === 'when' || p === 'unless' || p === 'if' || p === 'steps');
    r.at(
      [...path.slice(0, -1), field],
      `a strength from ${low ? 1 : 0} to ${max} (clause "${clause}" has ${max} wordings)`,
      String(s),
    );
  }
}
