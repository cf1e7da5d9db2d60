import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findField } from '../../../../../core/segments/fields/catalogue.ts';
import { OPERATORS_BY_TYPE } from '../../../../../core/segments/operators-by-type.ts';
import type { Rule } from '../../../../../core/segments/rule.ts';
import { validateRule } from '../../../../../core/segments/validate-rule.ts';
import type { FieldInfo } from '../../../../../core/worker/segments-api.ts';
import {
  changeGroupKind, childPath, childrenOf, newCondition, nodeKind, splitList, valueShape, withField, withOperator, withValue,
} from '../../../../../pwa/screens/segments/rule/rule-edit.ts';

const info = (id: string): FieldInfo => {
  const f = findField(id)!;
  return { id: f.id, type: f.type, category: f.category, label: f.label, ...(f.unit ? { unit: f.unit } : {}), ...(f.params ? { params: f.params } : {}), operators: [...OPERATORS_BY_TYPE[f.type]] };
};
const lookup = { lookupField: (id: string) => findField(id) };

/** Trees of groups whose leaves are new (field-less) conditions, as the builder makes them. */
const tree: fc.Arbitrary<Rule> = fc.letrec<{ node: Rule }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(newCondition() as Rule),
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((c): Rule => ({ all: c })),
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((c): Rule => ({ any: c })),
    tie('node').map((c): Rule => ({ not: c })),
  ),
})).node;

/** Paths of the field-less conditions, walked the way the builder names its nodes. */
function builderPaths(node: Rule, path = ''): string[] {
  const kind = nodeKind(node);
  if (kind === 'condition') return [path];
  return childrenOf(node).flatMap((c, i) => builderPaths(c, childPath(path, kind, i)));
}

describe('rule builder paths', () => {
  it('name every node exactly as the engine names it in its problems', () => {
    fc.assert(fc.property(tree, (rule) => {
      const engine = validateRule(rule, lookup).filter((p) => p.code === 'missing_field').map((p) => p.path);
      expect(builderPaths(rule)).toEqual(engine);
    }), { numRuns: 200 });
  });
});

describe('changing a group’s type', () => {
  it('keeps every condition of the group, in order', () => {
    fc.assert(fc.property(tree, fc.constantFrom('all' as const, 'any' as const, 'not' as const), (rule, kind) => {
      if (nodeKind(rule) === 'condition') return;
      const changed = changeGroupKind(rule, kind);
      expect(nodeKind(changed)).toBe(kind);
      expect(builderPaths(changed).length).toBe(builderPaths(rule).length);
    }));
  });

  it('wraps several children of a group turned into “not” in an inner group of the old type', () => {
    const a = { field: 'city', op: 'is' as const, value: 'Москва' };
    const b = { field: 'orders', op: 'gt' as const, value: 2 };
    expect(changeGroupKind({ any: [a, b] }, 'not')).toEqual({ not: { any: [a, b] } });
    expect(changeGroupKind({ all: [a] }, 'not')).toEqual({ not: a });
    expect(changeGroupKind({ not: a }, 'any')).toEqual({ any: [a] });
  });
});

describe('editing a condition', () => {
  it('picks a field with its first operator and its parameters at their defaults', () => {
    expect(withField(info('spendInLastDays'))).toEqual({ field: 'spendInLastDays', op: 'eq', params: { days: 90 } });
    expect(withField(info('city'))).toEqual({ field: 'city', op: 'is' });
  });

  it('drops a value the new operator cannot take, and keeps one it can', () => {
    const date = info('lastOrderDate');
    const between = { field: 'lastOrderDate', op: 'between' as const, value: ['2024-01-01', '2024-02-01'] as [string, string] };
    expect(withOperator(between, date, 'in_last_days')).toEqual({ field: 'lastOrderDate', op: 'in_last_days' });
    expect(withOperator({ field: 'orders', op: 'gt', value: 3 }, info('orders'), 'lte')).toEqual({ field: 'orders', op: 'lte', value: 3 });
    expect(withOperator({ field: 'orders', op: 'gt', value: 3 }, info('orders'), 'is_empty')).toEqual({ field: 'orders', op: 'is_empty' });
  });

  it('after any operator change the engine finds no leftover value', () => {
    const fields = ['city', 'orders', 'totalSpent', 'lastOrderDate', 'interests', 'consent'].map(info);
    fc.assert(fc.property(fc.constantFrom(...fields), fc.nat(), fc.nat(), (field, i, j) => {
      const from = field.operators[i % field.operators.length];
      const to = field.operators[j % field.operators.length];
      const valued = withValue({ field: field.id, op: from }, sampleValue(valueShape(field.type, from)));
      const problems = validateRule(withOperator(valued, field, to), lookup);
      expect(problems.filter((p) => p.code === 'value_not_expected')).toEqual([]);
    }));
  });

  it('reads a pasted list by lines, commas or semicolons, without blanks', () => {
    expect(splitList(' a@x.ru\n\nb@x.ru, c@x.ru;d ')).toEqual(['a@x.ru', 'b@x.ru', 'c@x.ru', 'd']);
  });
});

function sampleValue(shape: ReturnType<typeof valueShape>) {
  switch (shape) {
    case 'none': return undefined;
    case 'text': return 'Москва';
    case 'list': return ['a'];
    case 'number': case 'days': return 5;
    case 'numberPair': return [1, 2] as [number, number];
    case 'date': return '2024-01-01';
    case 'datePair': return ['2024-01-01', '2024-02-01'] as [string, string];
    case 'segment': return 'x';
  }
}
