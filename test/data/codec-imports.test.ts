import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeImport, encodeImport } from '../../core/data/codec-imports.ts';
import { importArb } from './arbitraries.ts';

describe('stored imports', () => {
  it('give back the same record with every rejected row', () => {
    fc.assert(fc.property(importArb, (r) => {
      expect(decodeImport(encodeImport(r))).toStrictEqual(r);
    }), { numRuns: 200 });
  });

  it('pack rejected rows into columns instead of one object each', () => {
    const r = fc.sample(importArb, 1)[0];
    const rejected = Array.from({ length: 1000 }, (_, i) => ({ file: 'orders.csv', line: i + 2, value: 'N/A', code: 'unparsable_date', reason: 'Not a date' }));
    const stored = encodeImport({ ...r, rejected });
    expect(Array.isArray(stored.rejected)).toBe(false);
    expect(stored.rejected.code.kind).toBe('dict');
    expect(decodeImport(stored).rejected).toEqual(rejected);
  });
});
