import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heatColor, heatInk } from '../../../../pwa/screens/dashboard/color-scale.ts';

const lum = (css: string) => {
  const [r, g, b] = (css.startsWith('#') ? [1, 3, 5].map((i) => parseInt(css.length === 4 ? css[(i + 1) / 2].repeat(2) : css.slice(i, i + 2), 16)) : css.match(/\d+/g)!.map(Number))
    .map((v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const ratio = (a: string, b: string) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };

describe('heat colours', () => {
  it('keep text on every shade at WCAG AA contrast (4.5:1)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1000 }), (n) => {
      const t = n / 1000;
      expect(ratio(heatInk(t), heatColor(t))).toBeGreaterThanOrEqual(4.5);
    }));
  });

  it('darken as the value grows', () => {
    expect(lum(heatColor(0))).toBeGreaterThan(lum(heatColor(0.5)));
    expect(lum(heatColor(0.5))).toBeGreaterThan(lum(heatColor(1)));
  });
});
