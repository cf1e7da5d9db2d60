import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customer, valuesOf } from './fixture.ts';
import { tagsColumn, textColumn } from '../../../core/segments/fields/column-builders.ts';

describe('column builders', () => {
  it('encode text as trimmed distinct values, a blank as no value, a deleted customer as none', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.option(fc.constantFrom('a', ' a', 'B', 'б ', '', '  ', 'ё')), fc.boolean())), (rows) => {
      const customers = rows.map(([city, deleted], i) => customer(`c${i}`, { city: city ?? undefined, deleted }));
      const col = textColumn(customers, (c) => c.city);
      const expected = rows.map(([city, deleted]) => (deleted || city === null || city.trim() === '' ? undefined : city.trim()));
      expect(valuesOf(col)).toEqual(expected);
      expect(col.type === 'text' && new Set(col.dict).size).toBe(col.type === 'text' && col.dict.length);
    }));
  });

  it('encode tags as each customer\'s distinct non-blank values in their order', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.constantFrom('x', 'y ', 'y', '', 'спорт'))), (lists) => {
      const customers = lists.map((tags, i) => customer(`c${i}`, { tags }));
      const expected = lists.map((tags) => [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))]);
      expect(valuesOf(tagsColumn(customers, (c) => c.tags))).toEqual(expected);
    }));
  });
});
