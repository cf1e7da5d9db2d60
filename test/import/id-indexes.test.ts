import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { IdIndexes } from '../../core/import/id-indexes.ts';
import { makeTextDecoder } from '../../core/import/text-decoder.ts';
import { encodeUtf8 } from './fixtures.ts';

describe('IdIndexes', () => {
  const id = fc.oneof(
    fc.integer({ min: 0, max: 40 }).map((n) => `C${String(n).padStart(3, '0')}`),
    fc.constantFrom('C1', 'C0001 ', 'c001', 'X001', '001', 'C00a1', 'К001', 'C9999999', '', 'C4194303', 'C4194304'),
  );

  test('numbers ids in order of first appearance, one index per distinct id, whatever their shape', () => {
    fc.assert(fc.property(fc.array(id, { minLength: 1, maxLength: 60 }), fc.nat(5), (ids, pad) => {
      // Every id at its own place in one buffer, as a file's rows are.
      const parts = ids.map((s) => encodeUtf8(s));
      const buf = new Uint8Array(pad + parts.reduce((n, p) => n + p.length + 1, 0));
      const at: [number, number][] = [];
      let o = pad;
      for (const p of parts) { buf.set(p, o); at.push([o, o + p.length]); o += p.length + 1; }
      const x = new IdIndexes(makeTextDecoder('utf-8'));
      const seen = new Map<string, number>();
      ids.forEach((s, k) => {
        if (!seen.has(s)) seen.set(s, seen.size);
        const ix = x.intern(buf, at[k][0], at[k][1]);
        expect(ix).toBe(seen.get(s));
        expect(x.value(ix)).toBe(s);
      });
      expect(x.size).toBe(seen.size);
    }), { numRuns: 500 });
  });
});
