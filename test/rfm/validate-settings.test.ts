import { describe, expect, it } from 'vitest';
import { defaultRfmSettings } from '../../core/rfm/default-settings.ts';
import { scoreRfm } from '../../core/rfm/score.ts';
import type { RfmSettings } from '../../core/rfm/types.ts';
import { rfmSettingsProblems } from '../../core/rfm/validate-settings.ts';
import { inputOf } from '../helpers/rfm-reference.ts';

const base = defaultRfmSettings('2026-11-01');
const input = inputOf([{ recency: 1, frequency: 1, monetary: 100 }]);

describe('RFM settings validation', () => {
  it('accepts the defaults for every k from 3 to 10', () => {
    for (let k = 3; k <= 10; k++) expect(rfmSettingsProblems(defaultRfmSettings('2026-11-01', k))).toEqual([]);
  });

  it('refuses a number of classes outside 3..10 or not whole', () => {
    for (const classes of [2, 11, 4.5]) {
      expect(rfmSettingsProblems({ ...base, classes })[0]).toMatch(/whole number from 3 to 10/);
      expect(() => scoreRfm(input, { ...base, classes })).toThrow(RangeError);
    }
  });

  it('refuses thresholds of the wrong count, not ascending, or negative days', () => {
    const with_ = (patch: Partial<RfmSettings>) => rfmSettingsProblems({ ...base, ...patch });
    expect(with_({ frequency: { kind: 'thresholds', bounds: [2, 3, 5] } })).toEqual(['Fixed frequency thresholds need 4 boundaries for 5 classes, not 3.']);
    expect(with_({ monetary: { kind: 'thresholds', bounds: [100, 500, 500, 900] } })).toEqual(['Fixed monetary thresholds must ascend strictly (500 is followed by 500).']);
    expect(with_({ recency: { kind: 'thresholds', bounds: [90, 30, 180, 365] } })[0]).toMatch(/ascend strictly/);
    expect(with_({ recency: { kind: 'thresholds', bounds: [-1, 30, 180, 365] } })[0]).toMatch(/cannot be negative/);
    expect(with_({ monetary: { kind: 'thresholds', bounds: [1, 2, NaN, 4] } })[0]).toMatch(/must be numbers/);
    expect(() => scoreRfm(input, { ...base, frequency: { kind: 'thresholds', bounds: [3, 2, 5, 9] } })).toThrow(/Invalid RFM settings: Fixed frequency thresholds must ascend/);
  });

  it('refuses a segment map of the wrong size or with an uncovered cell, and a malformed as-of date', () => {
    expect(rfmSettingsProblems({ ...base, classes: 4 })).toEqual(['The segment map must be a 4 × 4 grid for 4 classes.']);
    const cells = base.segmentMap.cells.map((row) => [...row]);
    cells[1][4] = -1;
    expect(rfmSettingsProblems({ ...base, segmentMap: { ...base.segmentMap, cells } })).toEqual(['The segment map leaves cell r 2, FM 5 without a segment.']);
    expect(rfmSettingsProblems({ ...base, asOf: '2026-02-30' })[0]).toMatch(/not a YYYY-MM-DD calendar date/);
  });
});
