import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { not, toIndexes } from '../../../core/segments/member-set.ts';
import { tagsOperator, type TagsColumn } from '../../../core/segments/operators/tags.ts';
import { columnOf } from '../stub-catalogue.ts';

const tags = [['Спорт', 'Йога'], [], ['спорт'], undefined, ['Ёлки', 'Книги'], ['книги', 'йога', 'Спорт'], ['  ']];
const col = columnOf('tags', tags) as TagsColumn;
const run = (op: Parameters<typeof tagsOperator>[1], value?: string[]) => toIndexes(tagsOperator(col, op, value));

describe('tags operators', () => {
  it('any matches customers with at least one listed tag, whole and normalized', () => {
    expect(run('any', ['СПОРТ'])).toEqual([0, 2, 5]);
    expect(run('any', ['елки', 'йога'])).toEqual([0, 4, 5]);
    expect(run('any', ['спор'])).toEqual([]);
  });

  it('all matches customers with every listed tag', () => {
    expect(run('all', ['спорт', 'ЙОГА'])).toEqual([0, 5]);
    expect(run('all', ['спорт', 'йога', 'книги'])).toEqual([5]);
  });

  it('none is the complement of any, so customers without tags have none of them', () => {
    expect(run('none', ['спорт'])).toEqual([1, 3, 4, 6]);
  });

  it('is_empty holds for no tags or only blank tags', () => {
    expect(run('is_empty')).toEqual([1, 3, 6]);
    expect(run('is_not_empty')).toEqual([0, 2, 4, 5]);
  });

  it('agree with a per-customer reference for any tag lists', () => {
    const pool = ['a', 'A', 'b', 'ё', 'е', 'c'];
    const norm = (s: string) => s.toLowerCase().replace('ё', 'е');
    fc.assert(fc.property(
      fc.array(fc.array(fc.constantFrom(...pool), { maxLength: 4 }), { maxLength: 60 }),
      fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 3 }),
      (lists, wanted) => {
        const c = columnOf('tags', lists) as TagsColumn;
        const w = wanted.map(norm);
        const ref = (test: (ts: string[]) => boolean) => lists.flatMap((ts, i) => (test(ts.map(norm)) ? [i] : []));
        expect(toIndexes(tagsOperator(c, 'any', wanted))).toEqual(ref((ts) => w.some((x) => ts.includes(x))));
        expect(toIndexes(tagsOperator(c, 'all', wanted))).toEqual(ref((ts) => w.every((x) => ts.includes(x))));
        expect(tagsOperator(c, 'none', wanted)).toEqual(not(tagsOperator(c, 'any', wanted), lists.length));
      }));
  });
});
