import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRfmSettings } from '../../../../core/rfm/default-settings.ts';
import { withClasses, type RfmDraft } from '../../../../pwa/screens/settings/rfm-draft.ts';

const draft = (): RfmDraft => ({
  rfm: { ...defaultRfmSettings('2026-01-31'), recency: { kind: 'thresholds', bounds: [7, 30, 90, 180] } },
  asOfFollowsToday: false,
});

describe('the RFM draft', () => {
  it('keeps one threshold input per class boundary when the number of classes changes, blank where new', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 10 }), (k) => {
        const next = withClasses(draft(), k, defaultRfmSettings('2026-01-31', k).segmentMap);
        expect(next.rfm.classes).toBe(k);
        const bounds = next.rfm.recency.kind === 'thresholds' ? next.rfm.recency.bounds : [];
        expect(bounds).toHaveLength(k - 1);
        expect(bounds.slice(0, 4).filter((b) => !Number.isNaN(b))).toEqual([7, 30, 90, 180].slice(0, k - 1));
        expect(bounds.slice(4).every(Number.isNaN)).toBe(true);
        expect(next.rfm.frequency).toEqual({ kind: 'quantile' });
      }),
    );
  });

  it('takes the segment map it is given and keeps the as-of choice', () => {
    const map = { segments: ['A'], cells: [[0, 0, 0], [0, 0, 0], [0, 0, 0]] };
    const next = withClasses(draft(), 3, map);
    expect(next.rfm.segmentMap).toBe(map);
    expect(next.asOfFollowsToday).toBe(false);
    expect(next.rfm.asOf).toBe('2026-01-31');
  });
});
