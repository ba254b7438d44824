import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** JSON with object keys sorted at every depth, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export const sha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

const isLocalized = (value: object): value is { en: string } =>
  typeof (value as { en?: unknown }).en === 'string' &&
  Object.keys(value).every((k) => k === 'en' || k === 'ru' || k === 'ar');

/**
 * The content with every text in English only: what a record's content hash covers. A translation added or
 * corrected does not change the round, so it must not make saves and records stale.
 */
export function englishOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(englishOnly);
  if (value === null || typeof value !== 'object') return value;
  if (isLocalized(value)) return { en: value.en };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, englishOnly(v)]));
}
