import { describe, expect, it } from 'vitest';
import { ColumnCache } from '../../core/segments/column-cache.ts';
import { evaluateSegments } from '../../core/segments/evaluate-segments.ts';
import { toIndexes } from '../../core/segments/member-set.ts';
import type { Rule } from '../../core/segments/rule.ts';
import type { SegmentDef } from '../../core/segments/segment.ts';
import { makeWorld } from './stub-catalogue.ts';

const dyn = (id: string, rule: Rule | undefined, extra: Partial<SegmentDef> = {}): SegmentDef =>
  ({ id, name: id.toUpperCase(), kind: 'dynamic', ...(rule ? { rule } : {}), createdAt: 0, updatedAt: 0, ...extra });
const inSeg = (id: string): Rule => ({ field: 'segment', op: 'in', value: id });

const w = makeWorld([
  { id: 'a', city: 'Москва', totalSpent: 500 },
  { id: 'b', city: 'Казань', totalSpent: 100 },
  { id: 'c', city: 'Москва', totalSpent: 50, deleted: true },
  { id: 'd', totalSpent: 900 },
]);
const evaluate = (segments: SegmentDef[]) => evaluateSegments(segments, w.ctx, { lookupField: w.lookupField });

describe('evaluating all segments', () => {
  it('evaluates segments after the segments they refer to, whatever their order in the list', () => {
    const r = evaluate([
      dyn('rich-moscow', { all: [inSeg('moscow'), inSeg('rich')] }),
      dyn('rich', { field: 'totalSpent', op: 'gte', value: 400 }),
      dyn('moscow', { field: 'city', op: 'is', value: 'москва' }),
      dyn('not-rich-moscow', { all: [{ field: 'segment', op: 'not_in', value: 'rich-moscow' }, inSeg('moscow')] }),
    ]);
    expect(r.errors.size).toBe(0);
    expect(toIndexes(r.sets.get('moscow')!)).toEqual([0]);
    expect(toIndexes(r.sets.get('rich')!)).toEqual([0, 3]);
    expect(toIndexes(r.sets.get('rich-moscow')!)).toEqual([0]);
    expect(toIndexes(r.sets.get('not-rich-moscow')!)).toEqual([]);
  });

  it('flags segments that match nobody or every live customer, and size watches', () => {
    const r = evaluate([
      dyn('nobody', { field: 'city', op: 'is', value: 'Тверь' }),
      dyn('everyone', { field: 'totalSpent', op: 'gte', value: 0 }),
      dyn('some', { field: 'city', op: 'is_not_empty' }, { bounds: { unit: 'share', min: 0.9 } }),
      dyn('capped', { field: 'totalSpent', op: 'gt', value: 10 }, { bounds: { unit: 'count', max: 5 } }),
    ]);
    expect(r.flags.get('nobody')).toMatchObject({ count: 0, matchesNobody: true, matchesEveryone: false, outsideBounds: false });
    expect(r.flags.get('everyone')).toMatchObject({ count: 3, matchesNobody: false, matchesEveryone: true });
    expect(r.flags.get('some')).toMatchObject({ count: 2, matchesEveryone: false, outsideBounds: true });
    expect(r.flags.get('capped')).toMatchObject({ count: 3, outsideBounds: false });
  });

  it('takes static members from their latest marks, ignoring and counting ids it does not know', () => {
    const r = evaluate([{
      id: 'list', name: 'List', kind: 'static', createdAt: 0, updatedAt: 0,
      members: { a: { in: true, at: 1 }, b: { in: false, at: 2 }, c: { in: true, at: 1 }, d: { in: true, at: 3 }, zz: { in: true, at: 1 }, yy: { in: false, at: 1 } },
    }, dyn('list-in-moscow', { all: [inSeg('list'), { field: 'city', op: 'is', value: 'Москва' }] })]);
    expect(toIndexes(r.sets.get('list')!)).toEqual([0, 3]); // c is deleted
    expect(r.flags.get('list')).toMatchObject({ count: 2, unknownMembers: 1 });
    expect(toIndexes(r.sets.get('list-in-moscow')!)).toEqual([0]);
  });

  it('skips deleted segments and refuses rules that refer to them, keeping the others', () => {
    const r = evaluate([
      dyn('old', { field: 'city', op: 'is', value: 'Москва' }, { deleted: true }),
      dyn('uses-old', inSeg('old')),
      dyn('uses-ghost', inSeg('ghost')),
      dyn('fine', { field: 'city', op: 'is_empty' }),
    ]);
    expect([...r.sets.keys()]).toEqual(['fine']);
    expect(r.errors.get('uses-old')!.problems[0]).toMatchObject({ code: 'deleted_segment', path: '' });
    expect(r.errors.get('uses-ghost')!.problems[0].code).toBe('unknown_segment');
    expect(r.errors.has('old')).toBe(false);
  });

  it('refuses a segment that refers to itself, directly or through others, and those that depend on it', () => {
    const r = evaluate([
      dyn('self', { any: [inSeg('self'), { field: 'city', op: 'is_empty' }] }),
      dyn('x', inSeg('y')), dyn('y', { not: inSeg('z') }), dyn('z', inSeg('x')),
      dyn('user', inSeg('x')),
      dyn('fine', { field: 'totalSpent', op: 'gt', value: 0 }),
    ]);
    expect(r.errors.get('self')!.problems[0].message).toBe('“SELF” refers to itself; remove that condition.');
    expect(r.errors.get('x')!.problems[0].message).toBe('“X” → “Y” → “Z” → “X” refer to each other in a circle; remove one of these references.');
    expect(r.errors.has('y') && r.errors.has('z')).toBe(true);
    expect(r.errors.get('user')!.problems[0].message).toBe('“USER” uses the segment “X”, which cannot be evaluated; fix that one first.');
    expect(toIndexes(r.sets.get('fine')!)).toEqual([0, 1, 3]);
  });

  it('reports invalid rules and segments without a rule as errors with their problems', () => {
    const r = evaluate([dyn('bad', { all: [{ field: 'cty', op: 'is', value: 'x' }, { any: [] }] }), dyn('empty', undefined)]);
    expect(r.errors.get('bad')!.problems.map((p) => p.path)).toEqual(['all[0]', 'all[1]']);
    expect(r.errors.get('empty')!.problems[0].message).toBe('“EMPTY” has no rule yet; add a condition.');
  });

  it('reuses a column cache handed in across evaluations of the same context', () => {
    const columns = new ColumnCache();
    const segs = [dyn('m', { field: 'city', op: 'is', value: 'Москва' }), dyn('k', { field: 'city', op: 'is', value: 'Казань' })];
    const before = w.builds.get('city') ?? 0;
    evaluateSegments(segs, w.ctx, { lookupField: w.lookupField, columns });
    evaluateSegments(segs, w.ctx, { lookupField: w.lookupField, columns });
    expect((w.builds.get('city') ?? 0) - before).toBe(1);
    evaluateSegments(segs, { ...w.ctx }, { lookupField: w.lookupField, columns });
    expect((w.builds.get('city') ?? 0) - before).toBe(2);
  });
});
