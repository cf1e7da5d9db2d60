import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { RuleSchema, nodeKind } from '../../core/segments/rule-schema.ts';

describe('rule schema', () => {
  it('accepts nested groups of conditions with every operand shape', () => {
    const rule = { all: [
      { field: 'city', op: 'in_list', value: ['Москва', 'Казань'] },
      { any: [{ field: 'rfmSegment', op: 'is', value: 'Champions' },
        { not: { field: 'ordersInLastDays', params: { days: 90 }, op: 'lt', value: 2 } }] },
      { field: 'age', op: 'between', value: [18, 35] },
      { field: 'oneTimeBuyer', op: 'is_true' },
    ] };
    expect(v.safeParse(RuleSchema, rule).success).toBe(true);
  });

  it('rejects unknown keys, unknown operators and non-finite numbers, with the path of the issue', () => {
    const typo = v.safeParse(RuleSchema, { all: [{ field: 'city', op: 'is', value: 'x', vlaue: 1 }] });
    expect(typo.success).toBe(false);
    expect(typo.issues?.map((i) => v.getDotPath(i))).toContain('all.0.vlaue');
    expect(v.safeParse(RuleSchema, { field: 'city', op: 'equals', value: 'x' }).success).toBe(false);
    expect(v.safeParse(RuleSchema, { field: 'age', op: 'eq', value: Infinity }).success).toBe(false);
    expect(v.safeParse(RuleSchema, { not: [] }).success).toBe(false);
  });

  it('tells a node kind by its one key, and refuses nodes that are none or several', () => {
    expect(nodeKind({ all: [] })).toBe('all');
    expect(nodeKind({ field: 'x', op: 'is' })).toBe('condition');
    expect(nodeKind({ all: [], field: 'x' })).toBeUndefined();
    expect(nodeKind([])).toBeUndefined();
    expect(nodeKind('city')).toBeUndefined();
  });
});
