import { describe, expect, it } from 'vitest';
import type { Rule } from '../../core/segments/rule.ts';
import type { SegmentDef } from '../../core/segments/segment.ts';
import { segmentCycles } from '../../core/segments/segment-cycles.ts';

const seg = (id: string, refs: string[], extra: Partial<SegmentDef> = {}): SegmentDef => ({
  id, name: id, kind: 'dynamic', createdAt: 0, updatedAt: 0,
  rule: { all: [{ field: 'city', op: 'is_empty' }, ...refs.map((r): Rule => ({ field: 'segment', op: 'in', value: r }))] },
  ...extra,
});

describe('segment cycles', () => {
  it('finds none in a reference tree', () => {
    expect(segmentCycles([seg('a', ['b', 'c']), seg('b', ['c']), seg('c', [])])).toEqual([]);
  });

  it('finds a segment that refers to itself', () => {
    expect(segmentCycles([seg('a', ['a'])])).toEqual([['a']]);
  });

  it('finds a longer circle once, listed along its references', () => {
    expect(segmentCycles([seg('a', ['b']), seg('b', ['c']), seg('c', ['a']), seg('d', ['a'])])).toEqual([['a', 'b', 'c']]);
  });

  it('ignores deleted segments, static ones and references to unknown ids', () => {
    expect(segmentCycles([seg('a', ['b']), seg('b', ['a'], { deleted: true }), seg('c', ['ghost'])])).toEqual([]);
    expect(segmentCycles([seg('a', ['b']), { id: 'b', name: 'b', kind: 'static', members: {}, createdAt: 0, updatedAt: 0 }])).toEqual([]);
  });

  it('checks an edit before it is saved: the edited rule in place of the stored one', () => {
    const stored = [seg('a', ['b']), seg('b', [])];
    const edited = stored.map((s) => (s.id === 'b' ? seg('b', ['a']) : s));
    expect(segmentCycles(stored)).toEqual([]);
    expect(segmentCycles(edited)).toEqual([['a', 'b']]);
  });
});
