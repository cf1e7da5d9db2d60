import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ByteInterner } from '../../core/import/byte-interner.ts';
import { makeTextDecoder } from '../../core/import/text-decoder.ts';
import { encode1251, encodeUtf8 } from './fixtures.ts';

describe('byte interner', () => {
  it('gives equal byte strings the same index and distinct ones distinct indexes', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '\0', 'я'), maxLength: 14 }), { maxLength: 300 }), (values) => {
        const it = new ByteInterner(makeTextDecoder('utf-8'));
        const seen = new Map<string, number>();
        for (const v of values) {
          const b = encodeUtf8(`;${v};`);
          const ix = it.intern(b, 1, b.length - 1);
          if (!seen.has(v)) seen.set(v, ix);
          expect(ix).toBe(seen.get(v));
          expect(it.value(ix)).toBe(v);
        }
        expect(it.size).toBe(seen.size);
        expect(new Set(seen.values()).size).toBe(seen.size);
      }),
    );
  });

  it('tells apart short keys that differ only by trailing zero bytes', () => {
    const it = new ByteInterner(makeTextDecoder('utf-8'));
    const b = new Uint8Array([0x41, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const ixs = [0, 1, 2, 4, 8, 9, 10, 1, 8, 0].map((len) => it.intern(b, 0, len));
    expect(ixs).toEqual([0, 1, 2, 3, 4, 5, 6, 1, 4, 0]);
  });

  it('decodes each value only when asked, once, with the file decoder', () => {
    let calls = 0;
    const decode = makeTextDecoder('windows-1251');
    const it = new ByteInterner((b, s, e) => (calls++, decode(b, s, e)));
    const b = encode1251('Одежда;Книги;Одежда;Одежда;Книги;');
    const ixs = [0, 7, 13, 20, 27].map((s) => it.intern(b, s, b.indexOf(0x3b, s)));
    expect(ixs).toEqual([0, 1, 0, 0, 1]);
    expect(calls).toBe(0);
    expect(it.values()).toEqual(['Одежда', 'Книги']);
    expect(it.value(0)).toBe('Одежда');
    expect(calls).toBe(2);
  });

  it('keeps working as it grows to many keys', () => {
    const it = new ByteInterner(makeTextDecoder('utf-8'));
    const b = encodeUtf8(Array.from({ length: 50_000 }, (_, k) => 'C' + String(k).padStart(7, '0')).join(','));
    let wrong = 0;
    for (let round = 0; round < 2; round++) {
      for (let k = 0; k < 50_000; k++) if (it.intern(b, k * 9, k * 9 + 8) !== k) wrong++;
    }
    expect(wrong).toBe(0);
    expect(it.size).toBe(50_000);
    expect(it.value(49_999)).toBe('C0049999');
  });
});
