import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { not, toIndexes } from '../../../core/segments/member-set.ts';
import { numberOperator, type NumberColumn } from '../../../core/segments/operators/number.ts';
import { columnOf } from '../stub-catalogue.ts';

const col = columnOf('number', [0, 5, undefined, 10, -3, 5.5, undefined, 100]) as NumberColumn;
const run = (op: Parameters<typeof numberOperator>[1], value?: number | [number, number]) => toIndexes(numberOperator(col, op, value));

describe('number operators', () => {
  it('compare and never let a customer without a value pass a comparison', () => {
    expect(run('eq', 5)).toEqual([1]);
    expect(run('lt', 5)).toEqual([0, 4]);
    expect(run('lte', 5)).toEqual([0, 1, 4]);
    expect(run('gt', 5)).toEqual([3, 5, 7]);
    expect(run('gte', 5)).toEqual([1, 3, 5, 7]);
    expect(run('between', [0, 10])).toEqual([0, 1, 3, 5]);
    expect(run('between', [5, 5])).toEqual([1]);
  });

  it('ne is the exact complement of eq, so it includes customers without a value', () => {
    expect(run('ne', 5)).toEqual([0, 2, 3, 4, 5, 6, 7]);
  });

  it('is_empty finds the customers without a value and is_not_empty the others', () => {
    expect(run('is_empty')).toEqual([2, 6]);
    expect(run('is_not_empty')).toEqual([0, 1, 3, 4, 5, 7]);
  });

  it('agree with a per-customer reference for any values, and ne = complement of eq', () => {
    fc.assert(fc.property(
      fc.array(fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }), { maxLength: 70 }),
      fc.integer({ min: -6, max: 6 }), fc.integer({ min: -6, max: 6 }),
      (values, x, y) => {
        const c = columnOf('number', values) as NumberColumn;
        const ref = (test: (v: number) => boolean) => values.flatMap((v, i) => (v !== undefined && test(v) ? [i] : []));
        expect(toIndexes(numberOperator(c, 'lt', x))).toEqual(ref((v) => v < x));
        expect(toIndexes(numberOperator(c, 'gte', x))).toEqual(ref((v) => v >= x));
        const [a, b] = x <= y ? [x, y] : [y, x];
        expect(toIndexes(numberOperator(c, 'between', [a, b]))).toEqual(ref((v) => v >= a && v <= b));
        expect(numberOperator(c, 'ne', x)).toEqual(not(numberOperator(c, 'eq', x), values.length));
      }));
  });
});
