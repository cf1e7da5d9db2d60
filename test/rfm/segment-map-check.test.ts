import { describe, expect, it } from 'vitest';
import { DEFAULT_SEGMENT_MAP, DEFAULT_SEGMENTS, scaleSegmentMap } from '../../core/rfm/default-settings.ts';
import { checkSegmentMap, segmentMapFromRules } from '../../core/rfm/segment-map-check.ts';
import type { SegmentRule } from '../../core/rfm/types.ts';

/** The spec's default map written as rules, the way published maps are written. */
const DEFAULT_RULES: SegmentRule[] = [
  { segment: 'Champions', r: [5, 5], fm: [4, 5] },
  { segment: 'Loyal', r: [3, 4], fm: [4, 5] },
  { segment: 'Potential Loyalist', r: [4, 5], fm: [2, 3] },
  { segment: 'New Customers', r: [5, 5], fm: [1, 1] },
  { segment: 'Promising', r: [4, 4], fm: [1, 1] },
  { segment: 'Need Attention', r: [3, 3], fm: [3, 3] },
  { segment: 'About To Sleep', r: [3, 3], fm: [1, 2] },
  { segment: 'At Risk', r: [1, 2], fm: [3, 4] },
  { segment: "Can't Lose Them", r: [1, 2], fm: [5, 5] },
  { segment: 'Hibernating', r: [2, 2], fm: [1, 2] },
  { segment: 'Lost', r: [1, 1], fm: [1, 2] },
];

describe('segment map check', () => {
  it('accepts the default map, in cell form and as a rule list giving the same cells', () => {
    expect(checkSegmentMap(DEFAULT_SEGMENT_MAP, 5)).toEqual({ ok: true, uncovered: [], doubly: [], unreachable: [] });
    expect(checkSegmentMap(DEFAULT_RULES, 5).ok).toBe(true);
    expect(segmentMapFromRules(DEFAULT_RULES, 5)).toEqual(DEFAULT_SEGMENT_MAP);
  });

  it('finds a cell left uncovered', () => {
    const rules = DEFAULT_RULES.filter((x) => x.segment !== 'Promising');
    expect(checkSegmentMap(rules, 5)).toEqual({ ok: false, uncovered: [[4, 1]], doubly: [], unreachable: [] });
    const cells = DEFAULT_SEGMENT_MAP.cells.map((row) => [...row]);
    cells[2][2] = -1;
    expect(checkSegmentMap({ ...DEFAULT_SEGMENT_MAP, cells }, 5)).toMatchObject({ ok: false, uncovered: [[3, 3]], unreachable: ['Need Attention'] });
  });

  it('finds cells two segments claim, and a segment that first-match-wins leaves no cell', () => {
    // A published-style map: "Loyal" r 3–5 written before "Champions" swallows the Champions cells.
    const rules: SegmentRule[] = [{ segment: 'Loyal', r: [3, 5], fm: [4, 5] }, ...DEFAULT_RULES.filter((x) => x.segment !== 'Loyal')];
    const check = checkSegmentMap(rules, 5);
    expect(check.ok).toBe(false);
    expect(check.uncovered).toEqual([]);
    expect(check.doubly).toEqual([
      { cell: [5, 4], segments: ['Loyal', 'Champions'] },
      { cell: [5, 5], segments: ['Loyal', 'Champions'] },
    ]);
    expect(check.unreachable).toEqual(['Champions']);
  });

  it('reports a segment listed in a cell map that no cell uses, and a grid of the wrong size', () => {
    const map = { segments: [...DEFAULT_SEGMENT_MAP.segments, 'Whales'], cells: DEFAULT_SEGMENT_MAP.cells };
    expect(checkSegmentMap(map, 5)).toMatchObject({ ok: false, unreachable: ['Whales'] });
    expect(checkSegmentMap(DEFAULT_SEGMENT_MAP, 6).uncovered).toHaveLength(11);
  });

  it('scales the default map to every k from 3 to 10 as a clean partition keeping Champions and Lost in the corners', () => {
    expect(scaleSegmentMap(DEFAULT_SEGMENT_MAP, 5)).toEqual(DEFAULT_SEGMENT_MAP);
    for (let k = 3; k <= 10; k++) {
      const map = scaleSegmentMap(DEFAULT_SEGMENT_MAP, k);
      expect(checkSegmentMap(map, k)).toEqual({ ok: true, uncovered: [], doubly: [], unreachable: [] });
      expect(map.segments[map.cells[k - 1][k - 1]]).toBe('Champions');
      expect(map.segments[map.cells[0][0]]).toBe('Lost');
    }
    expect(scaleSegmentMap(DEFAULT_SEGMENT_MAP, 10).segments).toEqual(DEFAULT_SEGMENT_MAP.segments);
    expect(scaleSegmentMap(DEFAULT_SEGMENT_MAP, 3).segments).not.toContain('Hibernating');
    expect(DEFAULT_SEGMENTS).toHaveLength(11);
  });
});
