import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRule, segmentRefs } from '../../core/segments/compile-rule.ts';
import { and, fromIndexes, not, or, toIndexes } from '../../core/segments/member-set.ts';
import type { Rule } from '../../core/segments/rule.ts';
import { RuleError } from '../../core/segments/rule-problem.ts';
import { ruleArb, rowArb } from './rule-arbitraries.ts';
import { makeWorld, type Row } from './stub-catalogue.ts';

const norm = (s: unknown) => (typeof s === 'string' ? s.trim().toLowerCase().replace(/ё/g, 'е') : '');

/** The meaning of a rule for one customer, written plainly (the reference the compiler must agree with). */
function holds(rule: Rule, row: Row): boolean {
  if ('all' in rule) return rule.all.every((r) => holds(r, row));
  if ('any' in rule) return rule.any.some((r) => holds(r, row));
  if ('not' in rule) return !holds(rule.not, row);
  const v = row[rule.field];
  switch (`${rule.field}.${rule.op}`) {
    case 'city.is': return norm(v) === norm(rule.value);
    case 'city.is_not': return norm(v) !== norm(rule.value);
    case 'city.contains': return norm(v) !== '' && norm(v).includes(norm(rule.value));
    case 'city.is_empty': return norm(v) === '';
    case 'city.is_not_empty': return norm(v) !== '';
    case 'age.lt': return typeof v === 'number' && v < (rule.value as number);
    case 'age.gte': return typeof v === 'number' && v >= (rule.value as number);
    case 'age.eq': return v === rule.value;
    case 'age.ne': return v !== rule.value;
    case 'consent.is_true': return v === true;
    case 'consent.is_false': return v === false;
    case 'consent.is_empty': return v === undefined;
    case 'interests.any': return (rule.value as string[]).some((t) => (v as string[]).map(norm).includes(norm(t)));
    case 'interests.none': return !(rule.value as string[]).some((t) => (v as string[]).map(norm).includes(norm(t)));
    case 'interests.all': return (rule.value as string[]).every((t) => (v as string[]).map(norm).includes(norm(t)));
  }
  throw new Error(`no reference for ${rule.field}.${rule.op}`);
}

describe('compiled rules', () => {
  it('select exactly the live customers for whom the rule holds, for any nested rule', () => {
    fc.assert(fc.property(fc.array(rowArb, { maxLength: 70 }), ruleArb, (rows, rule) => {
      const w = makeWorld(rows);
      const got = toIndexes(compileRule(rule, w.lookupField)(w.env()));
      expect(got).toEqual(rows.flatMap((r, i) => (!r.deleted && holds(rule, r) ? [i] : [])));
    }), { numRuns: 300 });
  });

  it('obey the laws of sets: not not r = r, all = intersection, any = union, De Morgan', () => {
    fc.assert(fc.property(fc.array(rowArb, { maxLength: 70 }), ruleArb, ruleArb, (rows, a, b) => {
      const w = makeWorld(rows);
      const run = (r: Rule) => compileRule(r, w.lookupField)(w.env());
      const live = w.env().live;
      expect(run({ not: { not: a } })).toEqual(run(a));
      expect(run({ all: [a, b] })).toEqual(and(run(a), run(b)));
      expect(run({ any: [a, b] })).toEqual(or(run(a), run(b)));
      expect(run({ not: { all: [a, b] } })).toEqual(run({ any: [{ not: a }, { not: b }] }));
      expect(run({ not: { any: [a, b] } })).toEqual(run({ all: [{ not: a }, { not: b }] }));
      expect(run({ not: a })).toEqual(and(live, not(run(a), rows.length)));
    }), { numRuns: 200 });
  });

  it('treat is_not and ne as the negation of is and eq, empty values included', () => {
    fc.assert(fc.property(fc.array(rowArb, { maxLength: 70 }), fc.constantFrom('москва', 'Казань'), fc.integer({ min: 17, max: 31 }), (rows, city, age) => {
      const w = makeWorld(rows);
      const run = (r: Rule) => compileRule(r, w.lookupField)(w.env());
      expect(run({ field: 'city', op: 'is_not', value: city })).toEqual(run({ not: { field: 'city', op: 'is', value: city } }));
      expect(run({ field: 'age', op: 'ne', value: age })).toEqual(run({ not: { field: 'age', op: 'eq', value: age } }));
    }));
  });

  it('never select a deleted customer, not even through not', () => {
    const w = makeWorld([{ city: 'Москва' }, { city: 'Москва', deleted: true }, { deleted: true }, {}]);
    const run = (r: Rule) => toIndexes(compileRule(r, w.lookupField)(w.env()));
    expect(run({ field: 'city', op: 'is', value: 'москва' })).toEqual([0]);
    expect(run({ not: { field: 'city', op: 'is', value: 'москва' } })).toEqual([3]);
    expect(run({ field: 'city', op: 'is_empty' })).toEqual([3]);
  });

  it('evaluate rules nested 32 groups deep', () => {
    const w = makeWorld([{ age: 20 }, { age: 40 }, {}]);
    let rule: Rule = { field: 'age', op: 'gt', value: 30 };
    for (let i = 0; i < 32; i++) rule = i % 3 === 0 ? { not: rule } : i % 3 === 1 ? { all: [rule] } : { any: [rule, { field: 'age', op: 'eq', value: -1 }] };
    // 11 nots: odd, so the rule means "not older than 30".
    expect(toIndexes(compileRule(rule, w.lookupField)(w.env()))).toEqual([0, 2]);
  });

  it('read segment membership from the environment: in within live customers, not_in its complement', () => {
    const w = makeWorld([{}, {}, { deleted: true }, {}]);
    const vip = fromIndexes(4, [1, 2]);
    const segments = new Map([['vip', vip]]);
    expect(toIndexes(compileRule({ field: 'segment', op: 'in', value: 'vip' }, w.lookupField)(w.env(segments)))).toEqual([1]);
    expect(toIndexes(compileRule({ field: 'segment', op: 'not_in', value: 'vip' }, w.lookupField)(w.env(segments)))).toEqual([0, 3]);
    expect(() => compileRule({ field: 'segment', op: 'in', value: 'vip' }, w.lookupField)(w.env())).toThrow(/has not been evaluated/);
  });

  it('build each column once per field and parameters, defaults included, across runs and rules', () => {
    const w = makeWorld([{ ordersInLastDays: 1, 'ordersInLastDays:30': 0, city: 'Москва' }, { ordersInLastDays: 3, 'ordersInLastDays:30': 2 }]);
    const run = (r: Rule) => toIndexes(compileRule(r, w.lookupField)(w.env()));
    expect(run({ field: 'ordersInLastDays', op: 'gte', value: 1 })).toEqual([0, 1]);
    expect(run({ field: 'ordersInLastDays', params: { days: 90 }, op: 'gte', value: 2 })).toEqual([1]);
    expect(run({ field: 'ordersInLastDays', params: { days: 30 }, op: 'gte', value: 1 })).toEqual([1]);
    expect(run({ field: 'ordersInLastDays', params: { days: 30 }, op: 'lt', value: 1 })).toEqual([0]);
    expect(w.builds.get('ordersInLastDays')).toBe(2);
    run({ all: [{ field: 'city', op: 'is', value: 'x' }, { field: 'city', op: 'is_empty' }] });
    expect(w.builds.get('city')).toBe(1);
  });

  it('refuse an invalid rule with every problem', () => {
    const w = makeWorld([]);
    expect(() => compileRule({ all: [{ field: 'nope', op: 'is', value: 'x' }] }, w.lookupField)).toThrow(RuleError);
  });

  it('list the segments a rule refers to, once each', () => {
    expect(segmentRefs({ all: [{ field: 'segment', op: 'in', value: 'a' }, { not: { any: [{ field: 'segment', op: 'not_in', value: 'b' },
      { field: 'segment', op: 'in', value: 'a' }, { field: 'city', op: 'is', value: 'a' }] } }] })).toEqual(['a', 'b']);
  });
});
