import type { FieldColumn } from '../field.ts';
import { emptySet, not, type MemberSet } from '../member-set.ts';
import type { NumberOperator, RuleValue } from '../rule.ts';

export type NumberColumn = Extract<FieldColumn, { type: 'number' }>;

/**
 * A number operator; NaN is no value. Comparisons (`lt`, `lte`, `gt`, `gte`, `between` inclusive)
 * never match a customer without a value; `ne` is the exact complement of `eq` (so it includes them,
 * the same as `{ not: { … eq … } }`), and `is_not_empty` of `is_empty`.
 */
export function numberOperator(col: NumberColumn, op: NumberOperator, value: RuleValue | undefined): MemberSet {
  const values = col.values;
  switch (op) {
    case 'eq': { const x = value as number; return scan(values, (v) => v === x); }
    case 'ne': { const x = value as number; return not(scan(values, (v) => v === x), values.length); }
    case 'lt': { const x = value as number; return scan(values, (v) => v < x); }
    case 'lte': { const x = value as number; return scan(values, (v) => v <= x); }
    case 'gt': { const x = value as number; return scan(values, (v) => v > x); }
    case 'gte': { const x = value as number; return scan(values, (v) => v >= x); }
    case 'between': { const [a, b] = value as [number, number]; return scan(values, (v) => v >= a && v <= b); }
    case 'is_empty': return scan(values, (v) => v !== v);
    case 'is_not_empty': return scan(values, (v) => v === v);
  }
}

/** Positions whose value passes `test` (NaN fails every comparison by itself). */
export function scan(values: Float64Array, test: (v: number) => boolean): MemberSet {
  const n = values.length;
  const out = emptySet(n);
  for (let w = 0, base = 0; base < n; w++, base += 32) {
    const end = Math.min(base + 32, n);
    let word = 0;
    for (let i = base; i < end; i++) if (test(values[i])) word |= 1 << (i - base);
    out[w] = word;
  }
  return out;
}
