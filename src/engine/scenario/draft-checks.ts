import type { Report } from './checked';
import { suggest } from './suggest';

/** A round's agenda as the checks see it: each clause and its number of wordings (null: unknown). */
export interface CheckedAgenda {
  readonly ids: readonly string[];
  readonly max: ReadonlyMap<string, number | null>;
}

const EXPECTED = 'draft notation over the agenda ("ceasefire:1 sovereignty:2")';

/** "terrorism=1" or "Zones:2" → "terrorism:1", "zones:2": the notation the author probably meant. */
function repaired(token: string): string | undefined {
  const candidate = token.toLowerCase().replace(/[^a-z0-9-]+(?=\d$)/, ':');
  return /^[a-z0-9]+(-[a-z0-9]+)*:\d$/.test(candidate) && candidate !== token ? candidate : undefined;
}

/**
 * Checks every token of a text in draft notation (not only the first bad one) and returns the strengths
 * of the good ones, clause by clause. A misspelt clause or a broken token gets a "did you mean".
 */
export function checkDraft(r: Report, path: string, text: string, agenda: CheckedAgenda): Map<string, number> {
  const out = new Map<string, number>();
  for (const token of text.trim().split(/\s+/)) {
    if (token === '') continue;
    const match = /^([a-z0-9-]+):(\d)$/.exec(token);
    if (match === null) {
      const fix = repaired(token);
      r.at(path, EXPECTED, `"${token}", which is not clause:strength${fix ? ` (did you mean "${fix}"?)` : ''}`);
      continue;
    }
    const [, clause = '', digits = ''] = match;
    const strength = Number(digits);
    const max = agenda.max.get(clause);
    if (!agenda.max.has(clause))
      r.at(path, EXPECTED, `"${token}", but "${clause}" is not on the agenda${suggest(clause, agenda.ids)}`);
    else if (max !== null && max !== undefined && (strength < 1 || strength > max))
      r.at(path, EXPECTED, `"${token}", but clause "${clause}" has wordings 1 to ${max}`);
    else if (out.has(clause)) r.at(path, EXPECTED, `"${token}", but "${clause}" is already in the draft`);
    else out.set(clause, strength);
  }
  return out;
}
