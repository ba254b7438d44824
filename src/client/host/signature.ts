import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * A classroom server signs the records of its rooms (issue 15) so that a teacher can tell a record that came
 * from the room from one edited afterwards. The signature is a separate, optional field beside the record:
 * `signature: {alg, publicKey, value}`, over the record's canonical text without that field (keys sorted
 * at every level, no spaces). Whatever else a record carries (a format's integrity hash) is signed with it.
 */
export const SIGNATURE_ALG = 'Ed25519';

export interface RecordSignature {
  readonly alg: typeof SIGNATURE_ALG;
  /** The server's public key, hex. */
  readonly publicKey: string;
  /** The signature, hex. */
  readonly value: string;
}

/** What Load record says of a record's signature. */
export type SignatureCheck =
  | { readonly status: 'unsigned' }
  | { readonly status: 'valid'; readonly publicKey: string }
  /** Signed, but the record is not what was signed (edited), or the signature is not one. */
  | { readonly status: 'invalid'; readonly publicKey: string | null };

/** JSON with every object's keys sorted: the same record gives the same text whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The bytes a signature covers: the record without its `signature` field. */
function signedBytes(record: Record<string, unknown>): Uint8Array {
  const { signature: _, ...rest } = record;
  return utf8ToBytes(canonicalJson(rest));
}

/** The record with the server's signature added. */
export function signRecord<R extends object>(
  record: R,
  secretKey: Uint8Array,
): R & { readonly signature: RecordSignature } {
  const value = ed25519.sign(signedBytes(record as Record<string, unknown>), secretKey);
  const publicKey = bytesToHex(ed25519.getPublicKey(secretKey));
  return { ...record, signature: { alg: SIGNATURE_ALG, publicKey, value: bytesToHex(value) } };
}

const HEX = /^[0-9a-f]+$/;

/** Checks a record's signature and gives the record without it, as the engine reads records. */
export function checkSignature(raw: unknown): { readonly record: unknown; readonly check: SignatureCheck } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || !('signature' in raw))
    return { record: raw, check: { status: 'unsigned' } };
  const { signature, ...record } = raw as Record<string, unknown>;
  const s = signature as Partial<Record<keyof RecordSignature, unknown>> | null;
  const publicKey = typeof s?.publicKey === 'string' && HEX.test(s.publicKey) ? s.publicKey : null;
  const value = typeof s?.value === 'string' && HEX.test(s.value) ? s.value : null;
  if (s?.alg !== SIGNATURE_ALG || publicKey === null || value === null || publicKey.length !== 64)
    return { record, check: { status: 'invalid', publicKey } };
  let valid = false;
  try {
    valid = ed25519.verify(hexToBytes(value), signedBytes(record), hexToBytes(publicKey));
  } catch {
    valid = false;
  }
  return { record, check: valid ? { status: 'valid', publicKey } : { status: 'invalid', publicKey } };
}
