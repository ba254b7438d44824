import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInvalidUtf8 } from '../../src/engine/scenario/utf8';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('findInvalidUtf8 (issue 18)', () => {
  it('finds nothing wrong in any text encoded as UTF-8', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => findInvalidUtf8(utf8(text)) === undefined));
  });

  it('reports the first bad sequence where it starts, with its line and column in characters', () => {
    expect(findInvalidUtf8(utf8('{"en": "caf\u00e9"}'))).toBeUndefined();
    // A Latin-1 é on the second line, after a two-byte character.
    expect(findInvalidUtf8(bytes(0x7b, 0x0a, 0xc3, 0xa9, 0x61, 0xe9, 0x7d))).toEqual({
      byte: 0xe9,
      line: 2,
      column: 3,
    });
  });

  it.each([
    ['an overlong slash', [0xc0, 0xaf]],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a lone continuation byte', [0x80]],
    ['a sequence cut short by the end of the file', [0xe2, 0x82]],
    ['a byte no UTF-8 uses', [0xff]],
  ])('rejects %s', (_, seq) => {
    expect(findInvalidUtf8(bytes(0x61, ...seq))).toEqual({ byte: seq[0], line: 1, column: 2 });
  });
});
