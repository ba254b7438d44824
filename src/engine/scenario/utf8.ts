import type { Problem } from './problems';

/** The first byte of a file that is not UTF-8, with its line and column (in characters), for the message. */
export interface InvalidUtf8 {
  readonly byte: number;
  readonly line: number;
  readonly column: number;
}

/** How many continuation bytes a lead byte takes, and the lowest second byte that avoids overlong forms. */
function sequence(lead: number): { length: number; low: number; high: number } | undefined {
  if (lead < 0x80) return { length: 0, low: 0, high: 0 };
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 1, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { length: 2, low: 0xa0, high: 0xbf };
  // 0xED would start a UTF-16 surrogate, which UTF-8 may not carry.
  if (lead === 0xed) return { length: 2, low: 0x80, high: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { length: 2, low: 0x80, high: 0xbf };
  if (lead === 0xf0) return { length: 3, low: 0x90, high: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 3, low: 0x80, high: 0xbf };
  if (lead === 0xf4) return { length: 3, low: 0x80, high: 0x8f };
  return undefined;
}

/** Characters in a stretch of valid UTF-8: every byte that is not a continuation byte starts one. */
function charactersBetween(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) if (((bytes[i] ?? 0) & 0xc0) !== 0x80) count += 1;
  return count;
}

/** Undefined when the bytes are valid UTF-8; otherwise the first offending byte and where it is. */
export function findInvalidUtf8(bytes: Uint8Array): InvalidUtf8 | undefined {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const seq = sequence(lead);
    let bad = seq === undefined ? i : -1;
    const length = seq?.length ?? 0;
    for (let k = 1; k <= length && bad < 0; k += 1) {
      const b = bytes[i + k];
      const [low, high] = k === 1 && seq !== undefined ? [seq.low, seq.high] : [0x80, 0xbf];
      // The sequence is reported where it starts: that is the byte an editor shows as wrong.
      if (b === undefined || b < low || b > high) bad = i;
    }
    if (bad >= 0) return { byte: lead, line, column: charactersBetween(bytes, lineStart, bad) + 1 };
    if (lead === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
    i += length + 1;
  }
  return undefined;
}

export const utf8Problem = (file: string, at: InvalidUtf8): Problem => ({
  file,
  path: '$',
  expected: 'UTF-8 text',
  found: `the byte 0x${at.byte.toString(16).padStart(2, '0')} at line ${at.line}, column ${at.column}`,
});
