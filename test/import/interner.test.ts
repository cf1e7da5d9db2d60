import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Interner } from '../../core/import/interner.ts';

const enc = new TextEncoder();
const dec = new TextDecoder();
const decode = (b: Uint8Array, s: number, e: number) => dec.decode(b.subarray(s, e));

describe('Interner', () => {
  test('gives each distinct value one dense index, whatever bytes it is read from', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 300 }), (values) => {
      const it = new Interner(decode, true);
      const seen = new Map<string, number>([['', 0]]);
      for (const v of values) {
        const buf = enc.encode(`x${v}y`);
        const ix = it.intern(buf, 1, buf.length - 1);
        if (!seen.has(v)) seen.set(v, seen.size);
        expect(ix).toBe(seen.get(v));
        expect(it.values[ix]).toBe(v);
      }
      expect(it.size).toBe(seen.size);
    }));
  });

  test('merges a value read as bytes with the same value given as a string', () => {
    const it = new Interner((b, s, e) => decode(b, s, e).toUpperCase());
    expect(it.internString('RUB')).toBe(0);
    expect(it.intern(enc.encode('rub'), 0, 3)).toBe(0);
    expect(it.values).toEqual(['RUB']);
  });
});
