import type { LogEntry } from './round/state';
import { DECISIONS, GOAL_KINDS, type DelegationId } from './vocabulary';

/**
 * The log lines everyone in the room hears: what the briefing and the plenary make public (statements of
 * public positions, arrivals and walk-outs, tabling, decisions, news). An allowlist, not a blocklist: a new
 * kind of line stays with the mediator, the teacher and the seat it concerns until it is added here.
 */
export const PUBLIC_LOG_KEYS: ReadonlySet<string> = new Set([
  ...GOAL_KINDS.map((kind) => `statement.${kind}`),
  'statement.boycott',
  ...DECISIONS.map((decision) => `decision.${decision}`),
  'event.card',
  'log.talksOpen',
  'log.plenaryCalled',
  'log.tabled',
  'log.timeUp',
  'log.adopted',
  'log.notAdopted',
  'log.walkedOut',
  'log.recallWorked',
  'log.injected',
  'log.news',
  'log.extended',
  'log.said',
]);

export const isPublicEntry = (entry: LogEntry): boolean => PUBLIC_LOG_KEYS.has(entry.message.key);

/** A line is about a delegation when it is said by it, to it, or carried between it and another. */
export function concerns(entry: LogEntry, id: DelegationId): boolean {
  const params = entry.message.params ?? {};
  return entry.delegation === id || params.delegation === id || params.from === id || params.to === id;
}

/** The log as one seat may read it: the public lines, and for a delegation's seat also the lines about it. */
export function logFor(log: readonly LogEntry[], reader: 'all' | 'public' | DelegationId): readonly LogEntry[] {
  if (reader === 'all') return log;
  return log.filter((e) => isPublicEntry(e) || (reader !== 'public' && concerns(e, reader)));
}
