/** fast-check arbitraries of customers rows and valid rules over the stub catalogue's fields. */
import fc from 'fast-check';
import type { Rule } from '../../core/segments/rule.ts';

const CITIES = ['Москва', 'москва ', 'Королёв', 'Казань', undefined];
export const rowArb = fc.record({
  city: fc.constantFrom(...CITIES),
  age: fc.option(fc.integer({ min: 18, max: 30 }), { nil: undefined }),
  consent: fc.constantFrom(true, false, undefined),
  interests: fc.array(fc.constantFrom('спорт', 'Йога', 'книги'), { maxLength: 2 }),
  deleted: fc.boolean(),
});

export const leafArb: fc.Arbitrary<Rule> = fc.oneof(
  fc.record({ field: fc.constant('city'), op: fc.constantFrom('is', 'is_not', 'contains'), value: fc.constantFrom('москва', 'королев', 'а') }),
  fc.record({ field: fc.constant('city'), op: fc.constantFrom('is_empty', 'is_not_empty') }),
  fc.record({ field: fc.constant('age'), op: fc.constantFrom('lt', 'gte', 'eq', 'ne'), value: fc.integer({ min: 17, max: 31 }) }),
  fc.record({ field: fc.constant('consent'), op: fc.constantFrom('is_true', 'is_false', 'is_empty') }),
  fc.record({ field: fc.constant('interests'), op: fc.constantFrom('any', 'none', 'all'), value: fc.constantFrom(['спорт'], ['йога', 'книги']) }),
) as fc.Arbitrary<Rule>;

export const ruleArb: fc.Arbitrary<Rule> = fc.letrec<{ rule: Rule }>((tie) => ({
  rule: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.record({ all: fc.array(tie('rule'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('rule'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('rule') })) as fc.Arbitrary<Rule>,
})).rule;

