import { describe, expect, it } from 'vitest';
import { liveCount } from '../../core/segments/live-count.ts';
import { RuleError } from '../../core/segments/rule-problem.ts';
import { makeWorld } from './stub-catalogue.ts';

describe('live count', () => {
  const w = makeWorld(Array.from({ length: 100 }, (_, i) => ({ age: i, deleted: i === 3 })));

  it('counts the rule and samples its first members in order', () => {
    const r = liveCount({ field: 'age', op: 'lt', value: 50 }, w.env(), w.lookupField, 5);
    expect(r.count).toBe(49);
    expect(r.sample).toEqual([0, 1, 2, 4, 5]);
    expect(r.ms).toBeGreaterThanOrEqual(0);
  });

  it('samples fewer when fewer match, and none when asked for none', () => {
    expect(liveCount({ field: 'age', op: 'gte', value: 98 }, w.env(), w.lookupField, 5).sample).toEqual([98, 99]);
    expect(liveCount({ field: 'age', op: 'gte', value: 0 }, w.env(), w.lookupField, 0).sample).toEqual([]);
  });

  it('throws the problems of an unfinished rule', () => {
    expect(() => liveCount({ all: [] }, w.env(), w.lookupField)).toThrow(RuleError);
  });
});
