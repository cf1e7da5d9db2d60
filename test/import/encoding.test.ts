import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { detectEncoding, makeTextDecoder, normaliseBytes, createByteNormaliser } from '../../core/import/encoding.ts';
import { WINDOWS_1251_HIGH } from '../../core/import/text-decoder.ts';
import { concat, encode1251, encodeUtf16, encodeUtf8 } from './fixtures.ts';

const text = 'id;Имя;Город\r\n1;Ёжик «Ёлка» №5;Москва\r\n';

describe('encoding detection', () => {
  it('recognises UTF-8 with and without a BOM', () => {
    expect(detectEncoding(encodeUtf8(text, true))).toEqual({ encoding: 'utf-8', bom: true });
    expect(detectEncoding(encodeUtf8(text))).toEqual({ encoding: 'utf-8', bom: false });
    expect(detectEncoding(encodeUtf8('plain,ascii\n1,2\n'))).toEqual({ encoding: 'utf-8', bom: false });
  });

  it('recognises UTF-16 by its BOM, and without one by its zero bytes', () => {
    expect(detectEncoding(encodeUtf16(text, false))).toEqual({ encoding: 'utf-16le', bom: true });
    expect(detectEncoding(encodeUtf16(text, true))).toEqual({ encoding: 'utf-16be', bom: true });
    expect(detectEncoding(encodeUtf16('a\tb\r\n1\t2\r\n', false, false))).toEqual({ encoding: 'utf-16le', bom: false });
    expect(detectEncoding(encodeUtf16('a\tb\r\n1\t2\r\n', true, false))).toEqual({ encoding: 'utf-16be', bom: false });
  });

  it('takes bytes that are not valid UTF-8 as Windows-1251', () => {
    expect(detectEncoding(encode1251(text))).toEqual({ encoding: 'windows-1251', bom: false });
    const real = new Uint8Array(readFileSync('/work/data/S-ru/customers.csv'));
    expect(detectEncoding(real).encoding).toBe('windows-1251');
  });

  it('looks past the head: valid UTF-8 for 100 KB, then one Windows-1251 line', () => {
    const head = encodeUtf8('id,name\n' + '1,Анна\n'.repeat(12000));
    expect(head.length).toBeGreaterThan(100_000);
    expect(detectEncoding(head).encoding).toBe('utf-8');
    expect(detectEncoding(concat(head, encode1251('2,Борис\n'))).encoding).toBe('windows-1251');
  });

  it('refuses overlong forms, surrogates and truncated sequences as UTF-8', () => {
    for (const bad of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x41, 0xd0]]) {
      expect(detectEncoding(new Uint8Array(bad)).encoding).toBe('windows-1251');
    }
  });
});

describe('byte normalisation', () => {
  it('strips a UTF-8 BOM without copying and leaves Windows-1251 as it is', () => {
    const withBom = encodeUtf8(text, true);
    const out = normaliseBytes(withBom, 'utf-8');
    expect(out.buffer).toBe(withBom.buffer);
    expect(out).toEqual(encodeUtf8(text));
    const cp = encode1251(text);
    expect(normaliseBytes(cp, 'windows-1251')).toBe(cp);
  });

  it('transcodes UTF-16 LE and BE to UTF-8, surrogate pairs included', () => {
    const s = 'name\tnote\r\nЁлка\t😀 ok\r\n';
    expect(normaliseBytes(encodeUtf16(s, false), 'utf-16le')).toEqual(encodeUtf8(s));
    expect(normaliseBytes(encodeUtf16(s, true), 'utf-16be')).toEqual(encodeUtf8(s));
  });

  it('transcodes UTF-16 the same whatever the chunk boundaries', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.boolean(), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1 }), (s, be, sizes) => {
        const bytes = encodeUtf16(s, be);
        const n = createByteNormaliser(be ? 'utf-16be' : 'utf-16le');
        const parts: Uint8Array[] = [];
        for (let pos = 0, k = 0; pos < bytes.length; k++) {
          const size = sizes[k % sizes.length];
          parts.push(n.push(bytes.slice(pos, pos + size)));
          pos += size;
        }
        parts.push(n.end());
        expect(concat(...parts)).toEqual(encodeUtf8(s));
      }),
    );
  });

  it('replaces a lone surrogate with U+FFFD', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]);
    expect(new TextDecoder().decode(normaliseBytes(bytes, 'utf-16le'))).toBe('A\ufffdB');
  });
});

describe('text decoders', () => {
  it('have a Windows-1251 table equal to the WHATWG one', () => {
    const high = Uint8Array.from({ length: 128 }, (_, k) => 0x80 + k);
    const expected = new TextDecoder('windows-1251').decode(high);
    expect(String.fromCharCode(...WINDOWS_1251_HIGH)).toBe(expected);
  });

  it('decode any Windows-1251 byte range as TextDecoder does', () => {
    const decode = makeTextDecoder('windows-1251');
    const reference = new TextDecoder('windows-1251');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (b) => {
        expect(decode(b, 0, b.length)).toBe(reference.decode(b));
      }),
    );
    const long = encode1251('Ёлка, '.repeat(2000));
    expect(decode(long, 0, long.length)).toBe('Ёлка, '.repeat(2000));
  });

  it('decode any UTF-8 byte range as TextDecoder does, invalid bytes included', () => {
    const decode = makeTextDecoder('utf-8');
    const reference = new TextDecoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.uint8Array({ maxLength: 6 }), (s, junk) => {
        const b = concat(encodeUtf8(s), junk, encodeUtf8(s));
        expect(decode(b, 0, b.length)).toBe(reference.decode(b));
        expect(decode(b, 1, Math.max(1, b.length - 1))).toBe(reference.decode(b.subarray(1, Math.max(1, b.length - 1))));
      }),
    );
  });

  it('decode a range in the middle of a buffer', () => {
    const b = encodeUtf8('xx,Москва,yy');
    const start = 3, end = b.length - 3;
    expect(makeTextDecoder('utf-8')(b, start, end)).toBe('Москва');
    expect(makeTextDecoder('utf-16le')(b, 0, 2)).toBe('xx');
  });
});
