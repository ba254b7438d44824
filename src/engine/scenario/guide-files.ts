import { DELEGATIONS, isDelegationId, type RoundId } from '../vocabulary';
import { forbiddenKeys, withoutForbiddenKeys } from '../safe-json';
import { limitProblem, syntaxProblem, type RawFile } from './files';
import { guideFile, HISTORICAL_ROUNDS, type Guide } from './guide';
import { describe, fromZodIssues, jsonPath, type Problem } from './problems';

/**
 * Guides live in a folder of their own (scenarios/guides/); nothing else tells them apart. Only the file's own
 * folder counts, so that a checkout that happens to sit in a folder named "guides" is not all guides.
 */
export const isGuidePath = (path: string): boolean => path.split(/[\\/]/).at(-2) === 'guides';

const baseName = (path: string): string => (path.split(/[\\/]/).pop() ?? path).replace(/\.json$/, '');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The checks that reach outside the file's shape: its name, its round in the shared record, its seats
 * among the game's delegations. They read the raw data, so a shape error elsewhere hides none of them.
 */
function checkGuide(file: string, data: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const { id, round, seats, dates } = data;
  const name = baseName(file);
  if (typeof id === 'string' && id !== name)
    problems.push({ file, path: '$.id', expected: `"${name}" (the file's name)`, found: JSON.stringify(id) });
  if (typeof round === 'number' && Number.isInteger(round)) {
    if (round < 1 || round > HISTORICAL_ROUNDS)
      problems.push({
        file,
        path: '$.round',
        expected: `a round of the shared record (1 to ${HISTORICAL_ROUNDS})`,
        found: String(round),
      });
    else if (typeof id === 'string' && /^astana-\d{2}$/.test(id) && Number(id.slice(-2)) !== round)
      problems.push({
        file,
        path: '$.round',
        expected: `${Number(id.slice(-2))} (the number in the id "${id}")`,
        found: String(round),
      });
  }
  if (isRecord(seats))
    for (const seat of Object.keys(seats))
      if (!isDelegationId(seat))
        problems.push({
          file,
          path: jsonPath(['seats', seat]),
          expected: `a delegation of the game (${DELEGATIONS.join(', ')})`,
          found: describe(seat),
        });
  if (isRecord(dates) && typeof dates.start === 'string' && typeof dates.end === 'string' && dates.end < dates.start)
    problems.push({ file, path: '$.dates.end', expected: `a date on or after ${dates.start}`, found: dates.end });
  return problems;
}

/** One guide file: its JSON, its shape and its references, every problem at once. */
export function parseGuide(raw: RawFile): { guide?: Guide; problems: Problem[] } {
  const text = raw.text.replace(/^\uFEFF/, '');
  const limit = limitProblem(raw.path, text);
  if (limit !== undefined) return { problems: [limit] };
  const syntax = syntaxProblem(raw.path, text);
  if (syntax !== undefined) return { problems: [syntax] };
  const parsedJson: unknown = JSON.parse(text);
  const refused = forbiddenKeys(parsedJson).map(
    (k): Problem => ({ file: raw.path, path: k.path, expected: `no key named "${k.key}"`, found: 'one' }),
  );
  const data = withoutForbiddenKeys(parsedJson);
  if (!isRecord(data))
    return { problems: [{ file: raw.path, path: '$', expected: 'an object', found: describe(data) }] };
  const parsed = guideFile.safeParse(data, { reportInput: true });
  const problems = [
    ...refused,
    ...(parsed.success ? [] : fromZodIssues(raw.path, parsed.error.issues)),
    ...checkGuide(raw.path, data),
  ];
  return problems.length === 0 && parsed.success ? { guide: parsed.data as Guide, problems } : { problems };
}

/** Every guide among the files, by round id, and every problem in any of them. */
export function loadGuides(raws: readonly RawFile[]): {
  guides: Map<RoundId, Guide>;
  paths: Map<RoundId, string>;
  problems: Problem[];
} {
  const guides = new Map<RoundId, Guide>();
  const paths = new Map<RoundId, string>();
  const problems: Problem[] = [];
  for (const raw of raws.filter((r) => isGuidePath(r.path)).toSorted((a, b) => (a.path < b.path ? -1 : 1))) {
    const { guide, problems: found } = parseGuide(raw);
    problems.push(...found);
    if (guide === undefined) continue;
    const earlier = paths.get(guide.id);
    if (earlier !== undefined) {
      problems.push({
        file: raw.path,
        path: '$.id',
        expected: 'an id no other guide uses',
        found: `"${guide.id}", also in ${earlier}`,
      });
      continue;
    }
    guides.set(guide.id, guide);
    paths.set(guide.id, raw.path);
  }
  return { guides, paths, problems };
}
