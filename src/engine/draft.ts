import { err, ok, type Result } from './result';
import type { ClauseId } from './vocabulary';

/**
 * A draft: the strength of each agenda clause, by agenda position (0 = not in the text). Arrays rather
 * than maps because the bots and the expert benchmark look at thousands of drafts a round.
 */
export type Draft = readonly number[];

export interface Agenda {
  readonly ids: readonly ClauseId[];
  /** The strongest wording of each clause. */
  readonly max: readonly number[];
  readonly weights: readonly number[];
  readonly index: ReadonlyMap<ClauseId, number>;
}

export function makeAgenda(items: readonly { clause: ClauseId; max: number; weight: number }[]): Agenda {
  return {
    ids: items.map((i) => i.clause),
    max: items.map((i) => i.max),
    weights: items.map((i) => i.weight),
    index: new Map(items.map((i, at) => [i.clause, at])),
  };
}

export const emptyDraft = (agenda: Agenda): Draft => agenda.ids.map(() => 0);

export function withStrength(draft: Draft, at: number, strength: number): Draft {
  const next = draft.slice();
  next[at] = strength;
  return next;
}

export const sameDraft = (a: Draft, b: Draft): boolean => a.length === b.length && a.every((s, i) => s === b[i]);

export const strengthOf = (agenda: Agenda, draft: Draft, clause: ClauseId): number => {
  const at = agenda.index.get(clause);
  return at === undefined ? 0 : (draft[at] ?? 0);
};

/** Draft notation: present clauses in agenda order, `clause:strength`, separated by spaces. */
export function makeDraft(agenda: Agenda, draft: Draft): string {
  const parts: string[] = [];
  draft.forEach((strength, at) => {
    if (strength > 0) parts.push(`${agenda.ids[at]}:${strength}`);
  });
  return parts.join(' ');
}

export interface DraftError {
  readonly code: 'syntax' | 'unknownClause' | 'badStrength' | 'duplicate';
  readonly token: string;
}

export function parseDraft(agenda: Agenda, text: string): Result<Draft, DraftError> {
  const draft = emptyDraft(agenda).slice();
  const seen = new Set<string>();
  for (const token of text
    .trim()
    .split(/\s+/)
    .filter((t) => t !== '')) {
    const match = /^([a-z0-9-]+):(\d)$/.exec(token);
    if (match === null) return err({ code: 'syntax', token });
    const [, clause = '', digits = ''] = match;
    const at = agenda.index.get(clause);
    if (at === undefined) return err({ code: 'unknownClause', token });
    const strength = Number(digits);
    if (strength < 1 || strength > (agenda.max[at] ?? 0)) return err({ code: 'badStrength', token });
    if (seen.has(clause)) return err({ code: 'duplicate', token });
    seen.add(clause);
    draft[at] = strength;
  }
  return ok(draft);
}
