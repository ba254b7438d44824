import { clamp, detExp } from '../detmath';

/**
 * Trust as a ledger (issue 5): each gain or loss is an entry with its source and hour, so the dossier
 * can say where trust came from. Gains fade (half-life 8 hours of talks); slights fade at half that
 * speed, since grudges outlast favours. Each source's gains are capped per round, so repeating one
 * gesture cannot buy a delegation.
 */
export const TRUST_SOURCES = [
  'consult',
  'sound',
  'shuttle',
  'assure',
  'caucus',
  'edit',
  'recall',
  'event',
  'promise',
] as const;
export type TrustSource = (typeof TRUST_SOURCES)[number];

export interface TrustEntry {
  readonly source: TrustSource;
  readonly amount: number;
  readonly minute: number;
}

export interface TrustLedger {
  readonly base: number;
  readonly entries: readonly TrustEntry[];
}

export const GAIN_HALF_LIFE = 480;
export const LOSS_HALF_LIFE = 960;
const LN2 = 0.6931471805599453;

/** The most each source can add over one round, before decay. */
export const GAIN_CAPS: Readonly<Record<TrustSource, number>> = {
  consult: 10,
  sound: 4,
  shuttle: 8,
  assure: 12,
  caucus: 6,
  edit: 0,
  recall: 0,
  event: 10,
  promise: 0,
};

export const newLedger = (base: number): TrustLedger => ({ base, entries: [] });

/** What an entry still weighs `elapsed` minutes after it was made. */
export function decayed(amount: number, elapsed: number): number {
  if (amount === 0 || elapsed <= 0) return amount;
  const halfLife = amount > 0 ? GAIN_HALF_LIFE : LOSS_HALF_LIFE;
  return amount * detExp((-LN2 * elapsed) / halfLife);
}

export function trustAt(ledger: TrustLedger, minute: number): number {
  let total = ledger.base;
  for (const e of ledger.entries) total += decayed(e.amount, minute - e.minute);
  return clamp(total, 0, 100);
}

/**
 * Adds an entry, trimming a gain to what is left under its source's cap. Returns the same ledger when nothing changes.
 */
export function addTrust(ledger: TrustLedger, source: TrustSource, amount: number, minute: number): TrustLedger {
  let granted = amount;
  if (amount > 0) {
    let gained = 0;
    for (const e of ledger.entries) if (e.source === source && e.amount > 0) gained += e.amount;
    granted = Math.min(amount, Math.max(0, GAIN_CAPS[source] - gained));
  }
  if (granted === 0) return ledger;
  return { base: ledger.base, entries: [...ledger.entries, { source, amount: granted, minute }] };
}

/** Trust per source at a minute, for the dossier's "where trust came from". */
export function trustBySource(ledger: TrustLedger, minute: number): Partial<Record<TrustSource, number>> {
  const out: Partial<Record<TrustSource, number>> = {};
  for (const e of ledger.entries) out[e.source] = (out[e.source] ?? 0) + decayed(e.amount, minute - e.minute);
  return out;
}
