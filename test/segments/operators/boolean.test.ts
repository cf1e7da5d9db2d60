import { describe, expect, it } from 'vitest';
import { toIndexes } from '../../../core/segments/member-set.ts';
import { booleanOperator, type BooleanColumn } from '../../../core/segments/operators/boolean.ts';
import { columnOf } from '../stub-catalogue.ts';

describe('boolean operators', () => {
  const col = columnOf('boolean', [true, false, undefined, true, false]) as BooleanColumn;
  it('is_true and is_false match only that value; a customer without a value is neither, only is_empty', () => {
    expect(toIndexes(booleanOperator(col, 'is_true'))).toEqual([0, 3]);
    expect(toIndexes(booleanOperator(col, 'is_false'))).toEqual([1, 4]);
    expect(toIndexes(booleanOperator(col, 'is_empty'))).toEqual([2]);
  });
});
