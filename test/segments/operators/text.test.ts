import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { not, toIndexes } from '../../../core/segments/member-set.ts';
import { textOperator, type TextColumn } from '../../../core/segments/operators/text.ts';
import { columnOf } from '../stub-catalogue.ts';

const cities = ['Москва', ' москва ', 'Санкт-Петербург', undefined, 'Королёв', 'королев', 'МОСКВА', '   ', 'Moscow', 'Казань'];
const col = columnOf('text', cities) as TextColumn;
const run = (op: Parameters<typeof textOperator>[1], value?: string | string[]) => toIndexes(textOperator(col, op, value));

describe('text operators', () => {
  it('is compares trimmed, case-insensitively, reading ё as е', () => {
    expect(run('is', 'москва')).toEqual([0, 1, 6]);
    expect(run('is', 'Королев')).toEqual([4, 5]);
    expect(run('is', ' КОРОЛЁВ ')).toEqual([4, 5]);
    expect(run('is', 'Moscow')).toEqual([8]);
  });

  it('is_not is the exact complement of is, so customers without a value are included', () => {
    expect(run('is_not', 'Москва')).toEqual([2, 3, 4, 5, 7, 8, 9]);
  });

  it('contains and starts_with match inside normalized values and never match an empty value', () => {
    expect(run('contains', 'ЕТЕР')).toEqual([2]);
    expect(run('contains', 'ё')).toEqual([2, 4, 5]); // ё = е, and Петербург has an е
    expect(run('starts_with', 'кор')).toEqual([4, 5]);
    expect(run('starts_with', 'санкт-')).toEqual([2]);
    expect(run('contains', 'а')).toEqual([0, 1, 2, 6, 9]);
  });

  it('in_list matches any listed value, normalized, ignoring blank entries', () => {
    expect(run('in_list', ['казань', 'КОРОЛЁВ', ''])).toEqual([4, 5, 9]);
  });

  it('is_empty holds for no value and for a blank value; is_not_empty is its complement', () => {
    expect(run('is_empty')).toEqual([3, 7]);
    expect(run('is_not_empty')).toEqual([0, 1, 2, 4, 5, 6, 8, 9]);
  });

  it('is_not equals the complement of is for any column and operand', () => {
    const words = ['Ёж', 'еж', 'ЕЖ ', 'кот', '', ' '];
    fc.assert(fc.property(
      fc.array(fc.option(fc.constantFrom(...words), { nil: undefined }), { maxLength: 80 }), fc.constantFrom(...words.slice(0, 4)),
      (values, x) => {
        const c = columnOf('text', values) as TextColumn;
        expect(textOperator(c, 'is_not', x)).toEqual(not(textOperator(c, 'is', x), values.length));
      }));
  });
});
