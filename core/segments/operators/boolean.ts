import type { FieldColumn } from '../field.ts';
import { emptySet, type MemberSet } from '../member-set.ts';
import type { BooleanOperator } from '../rule.ts';

export type BooleanColumn = Extract<FieldColumn, { type: 'boolean' }>;

/** `is_true` / `is_false` match only customers with that value; neither matches one without a value (`is_empty`). */
export function booleanOperator(col: BooleanColumn, op: BooleanOperator): MemberSet {
  const want = op === 'is_false' ? 0 : op === 'is_true' ? 1 : 2;
  const values = col.values;
  const out = emptySet(values.length);
  for (let i = 0; i < values.length; i++) if (values[i] === want) out[i >>> 5] |= 1 << (i & 31);
  return out;
}
