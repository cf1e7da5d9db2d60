import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandPath, sankeyLayout } from '../../../../pwa/screens/dashboard/sankey-layout.ts';

const matrix = fc.integer({ min: 1, max: 6 }).chain((rows) =>
  fc.integer({ min: 1, max: 6 }).chain((cols) =>
    fc.array(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows })));

describe('sankeyLayout', () => {
  it('fills each node exactly with its bands, on both sides, without overlap', () => {
    fc.assert(fc.property(matrix, (counts) => {
      const { left, right, bands, total } = sankeyLayout(counts, 300, 6);
      expect(total).toBe(counts.flat().reduce((a, b) => a + b, 0));
      for (const [nodes, side] of [[left, 'from'], [right, 'to']] as const) {
        for (const node of nodes) {
          const mine = bands.filter((b) => b[side] === node.index).sort((a, b) => (side === 'from' ? a.y0 - b.y0 : a.y1 - b.y1));
          let y = node.y;
          for (const b of mine) {
            expect(side === 'from' ? b.y0 : b.y1).toBeCloseTo(y, 6);
            y += b.h;
          }
          expect(y).toBeCloseTo(node.y + node.h, 6);
        }
        for (let i = 1; i < nodes.length; i++) expect(nodes[i].y).toBeGreaterThanOrEqual(nodes[i - 1].y + nodes[i - 1].h);
        if (nodes.length) expect(nodes.at(-1)!.y + nodes.at(-1)!.h).toBeLessThanOrEqual(300 + 1e-6);
      }
    }));
  });

  it('gives empty rows and columns no node and scales bands by count', () => {
    const { left, right, bands } = sankeyLayout([[10, 0, 30], [0, 0, 0]], 100, 0);
    expect(left.map((n) => n.index)).toEqual([0]);
    expect(right.map((n) => n.index)).toEqual([0, 2]);
    expect(bands.map((b) => [b.from, b.to, b.h])).toEqual([[0, 0, 25], [0, 2, 75]]);
  });

  it('draws a band as one closed path between its two ends', () => {
    const d = bandPath({ from: 0, to: 1, count: 5, y0: 10, y1: 40, h: 5 }, 0, 100);
    expect(d).toMatch(/^M0\.0,10\.0 C50\.0,10\.0 50\.0,40\.0 100\.0,40\.0 L100\.0,45\.0 .* 0\.0,15\.0 Z$/);
  });
});
