import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentMapHandlers } from '../../core/engine/segment-map-handlers.ts';
import { DEFAULT_SEGMENT_MAP } from '../../core/rfm/default-settings.ts';

const handlers = segmentMapHandlers();

describe('segment map handlers', () => {
  it('give the spec default map for five classes and a clean k × k map for any other number', async () => {
    expect(await handlers.segmentMapFor(5)).toEqual(DEFAULT_SEGMENT_MAP);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 10 }), async (k) => {
        const map = await handlers.segmentMapFor(k);
        expect(map.cells).toHaveLength(k);
        expect(map.cells.every((row) => row.length === k)).toBe(true);
        expect((await handlers.checkSegmentMap(map, k)).ok).toBe(true);
      }),
    );
  });

  it('resize an edited map and keep it clean when shrinking it', async () => {
    const edited = { segments: ['A', 'B'], cells: Array.from({ length: 5 }, (_, r) => Array.from({ length: 5 }, () => (r < 2 ? 0 : 1))) };
    const three = await handlers.segmentMapFor(3, edited);
    expect(three.cells).toEqual([[0, 0, 0], [1, 1, 1], [1, 1, 1]]);
    expect(three.segments).toEqual(['A', 'B']);
  });

  it('report cells without a segment and segments without a cell', async () => {
    const map = { segments: ['A', 'B', 'C'], cells: [[0, 0, 0], [0, -1, 0], [0, 0, 1]] };
    const check = await handlers.checkSegmentMap(map, 3);
    expect(check.ok).toBe(false);
    expect(check.uncovered).toEqual([[2, 2]]);
    expect(check.unreachable).toEqual(['C']);
  });
});
