import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../core/segments/rule.ts';
import { RuleError } from '../../core/segments/rule-problem.ts';
import { assertValidRule, validateRule } from '../../core/segments/validate-rule.ts';
import { ruleArb } from './rule-arbitraries.ts';
import { makeWorld } from './stub-catalogue.ts';

const world = makeWorld([], '2026-11-22', ['Магазин']);
const segments = new Map([['vip', { name: 'VIP' }], ['old', { name: 'Old list', deleted: true }]]);
const check = (rule: unknown) => validateRule(rule, { lookupField: world.lookupField, lookupSegment: (id) => segments.get(id) });
const one = (rule: unknown) => {
  const problems = check(rule);
  expect(problems).toHaveLength(1);
  return problems[0];
};

describe('rule validation', () => {
  it('accepts a valid rule using every field type', () => {
    expect(check({ all: [
      { field: 'city', op: 'in_list', value: ['Москва'] },
      { any: [{ field: 'totalSpent', op: 'between', value: [100, 200] }, { field: 'birthDate', op: 'anniversary_within', value: 7 }] },
      { not: { field: 'interests', op: 'all', value: ['спорт'] } },
      { field: 'consent', op: 'is_true' },
      { field: 'ordersInLastDays', params: { days: 30 }, op: 'gte', value: 2 },
      { field: 'segment', op: 'not_in', value: 'vip' },
      { field: 'attr:Магазин', op: 'is', value: 'Центральный' },
      { field: 'lastOrderDate', op: 'between', value: ['2026-01-01', '2026-03-31'] },
    ] })).toEqual([]);
  });

  it('reports every problem at once, each with the path of its node and its field', () => {
    const problems = check({ all: [
      { field: 'city', op: 'is', value: 'Москва' },
      { any: [{ not: { field: 'cty', op: 'is', value: 'x' } }, { field: 'age', op: 'contains', value: '3' }] },
      { field: 'lastOrderDate', op: 'before', value: '31.03.2024' },
    ] });
    expect(problems.map((p) => [p.path, p.field, p.code])).toEqual([
      ['all[1].any[0].not', 'cty', 'unknown_field'],
      ['all[1].any[1]', 'age', 'operator_not_for_field'],
      ['all[2]', 'lastOrderDate', 'bad_date'],
    ]);
    expect(problems[0].message).toBe('There is no field “cty”; choose a field from the list.');
    expect(problems[1].message).toContain('“Age” is a number field, so “contains” does not apply; use one of: equals,');
    expect(problems[2].message).toBe('“Last order date is before” needs a date written YYYY-MM-DD, e.g. 2024-03-31; got "31.03.2024".');
  });

  it('refuses dates that are not real calendar days', () => {
    expect(one({ field: 'birthDate', op: 'after', value: '2023-02-29' }).message).toBe('“Birth date is after”: 2023-02-29 is not a real calendar date.');
    expect(check({ field: 'birthDate', op: 'after', value: '2024-02-29' })).toEqual([]);
  });

  it('wants between as an ordered pair', () => {
    expect(one({ field: 'age', op: 'between', value: [50, 30] })).toMatchObject({
      code: 'unordered_pair', message: '“Age is between”: the first bound 50 is larger than the second 30; swap them.' });
    expect(one({ field: 'age', op: 'between', value: [30] }).code).toBe('bad_value');
    expect(one({ field: 'lastOrderDate', op: 'between', value: ['2026-03-01', '2026-01-01'] }).message)
      .toBe('“Last order date is between”: the first bound "2026-03-01" is later than the second "2026-01-01"; swap them.');
  });

  it('wants a non-empty list for in_list and tag operators', () => {
    expect(one({ field: 'city', op: 'in_list', value: [] }).message).toBe('“City is one of” needs at least one value in its list.');
    expect(one({ field: 'city', op: 'in_list', value: ['  '] }).code).toBe('bad_value');
    expect(one({ field: 'interests', op: 'any', value: 'спорт' }).message).toContain('needs a list of texts, e.g. ["Москва", "Казань"]');
  });

  it('wants a whole number of days, zero or more, for relative dates', () => {
    for (const value of [-1, 2.5, '7']) {
      expect(one({ field: 'lastOrderDate', op: 'in_last_days', value }).message)
        .toMatch(/^“Last order date is in the last N days” needs a whole number of days from 0 to 100000; got/);
    }
    expect(check({ field: 'lastOrderDate', op: 'more_than_days_ago', value: 0 })).toEqual([]);
  });

  it('explains money in minor units when a number is missing', () => {
    expect(one({ field: 'totalSpent', op: 'gte', value: '1500' }).message)
      .toBe('“Total spent is at least” needs a number in minor units (kopecks, cents: 1500 ₽ is 150000); got "1500".');
  });

  it('asks for a text instead of a blank one, pointing to is empty', () => {
    expect(one({ field: 'city', op: 'is', value: ' ' }).message).toContain('To find customers without a value, use “is empty”.');
  });

  it('refuses a value on operators that take none', () => {
    expect(one({ field: 'consent', op: 'is_true', value: true }).code).toBe('value_not_expected');
    expect(one({ field: 'city', op: 'is_empty', value: 'x' }).message).toBe('“City is empty” takes no value; remove the value "x".');
  });

  it('checks field parameters against their declaration and bounds', () => {
    expect(one({ field: 'ordersInLastDays', params: { days: 0 }, op: 'gt', value: 1 }).message)
      .toBe('The “days” of “Orders in the last N days” must be from 1 to 3650; got 0.');
    expect(one({ field: 'ordersInLastDays', params: { weeks: 2 }, op: 'gt', value: 1 }).message)
      .toBe('“Orders in the last N days” has no setting “weeks”; its settings are: days.');
    expect(one({ field: 'city', params: { days: 2 }, op: 'is', value: 'x' }).code).toBe('bad_param');
    expect(one({ field: 'ordersInLastDays', params: { days: [1] }, op: 'gt', value: 1 }).code).toBe('bad_param');
  });

  it('names unknown operators and unknown custom columns plainly', () => {
    expect(one({ field: 'city', op: 'equals', value: 'x' }).message).toMatch(/^“equals” is not an operator; the condition on “City” needs one of: is, is not,/);
    expect(one({ field: 'attr:Филиал', op: 'is', value: 'x' }).message)
      .toBe('No imported column is called “Филиал”; it may have been renamed or not imported yet.');
    expect(one({ op: 'is', value: 'x' }).code).toBe('missing_field');
  });

  it('refuses empty groups, stray keys and nodes that are neither condition nor group', () => {
    expect(one({ all: [] })).toMatchObject({ path: '', code: 'empty_group', message: 'This “all of” group is empty; add a condition to it or remove it.' });
    expect(one({ any: [{ any: [] }] })).toMatchObject({ path: 'any[0]', code: 'empty_group' });
    expect(one({ all: [{ field: 'city', op: 'is', value: 'x', vlaue: 'y' }] })).toMatchObject({
      path: 'all[0]', code: 'unknown_key', message: '“vlaue” is not part of a condition (field, op, value, params); remove it.' });
    expect(one({ all: [{ field: 'city', op: 'is', value: 'x', any: [] }] })).toMatchObject({ path: 'all[0]', code: 'not_a_node' });
    expect(one({ all: ['city'] }).path).toBe('all[0]');
    expect(one({ not: { field: 'city', op: 'is_empty' }, all: [] }).code).toBe('not_a_node');
    expect(one({ all: {} }).code).toBe('not_a_node');
  });

  it('refuses rules nested deeper than the limit, naming the deepest allowed path', () => {
    let rule: unknown = { field: 'city', op: 'is_empty' };
    for (let i = 0; i < 32; i++) rule = { not: rule };
    expect(check(rule)).toEqual([]);
    const deeper = { all: [rule] };
    const p = one(deeper);
    expect(p.code).toBe('too_deep');
    expect(p.path).toBe('all[0]' + '.not'.repeat(32));
  });

  it('refuses references to unknown or deleted segments', () => {
    expect(one({ field: 'segment', op: 'in', value: 'nope' }).code).toBe('unknown_segment');
    expect(one({ field: 'segment', op: 'in', value: 'old' }).message)
      .toBe('The segment “Old list” has been deleted; pick another segment or remove this condition.');
    expect(one({ field: 'segment', op: 'is', value: 'vip' }).code).toBe('operator_not_for_field');
  });

  it('throws a RuleError that carries every problem and reads like the first', () => {
    try {
      assertValidRule({ all: [{ field: 'cty', op: 'is', value: 'x' }, { any: [] }] }, { lookupField: world.lookupField });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleError);
      expect((e as RuleError).problems).toHaveLength(2);
      expect((e as RuleError).message).toBe('There is no field “cty”; choose a field from the list. (at all[0]) (and 1 more problem)');
    }
  });
});

describe('rule validation paths', () => {
  /** Replace the node at a random path of the rule by `bad`, returning the new rule and that path. */
  function plant(rule: Rule, bad: unknown, choose: number[]): [unknown, string] {
    let path = '';
    const visit = (node: Rule, depth: number): unknown => {
      const kids = 'all' in node ? node.all : 'any' in node ? node.any : 'not' in node ? [node.not] : [];
      if (kids.length === 0 || depth >= choose.length || choose[depth] % 3 === 0) return bad;
      const i = choose[depth] % kids.length;
      if ('not' in node) { path += path ? '.not' : 'not'; return { not: visit(node.not, depth + 1) }; }
      const key = 'all' in node ? 'all' : 'any';
      path += `${path ? '.' : ''}${key}[${i}]`;
      return { [key]: kids.map((k, j) => (j === i ? visit(k, depth + 1) : k)) };
    };
    const out = visit(rule, 0);
    return [out, path];
  }

  it('accepts every well-formed rule and names the exact path of a single planted mistake', () => {
    fc.assert(fc.property(ruleArb, fc.array(fc.nat(), { maxLength: 8 }), (rule, choose) => {
      expect(check(rule)).toEqual([]);
      const [planted, path] = plant(rule, { field: 'city', op: 'gt', value: 3 }, choose);
      expect(check(planted).map((p) => [p.path, p.code])).toEqual([[path, 'operator_not_for_field']]);
    }), { numRuns: 300 });
  });
});
