import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRfmSettings } from '../../../core/rfm/default-settings.ts';
import { explainScore } from '../../../core/rfm/explain.ts';
import { nextClassSentenceEn } from '../../../core/rfm/explain-en.ts';
import { scoreRfm } from '../../../core/rfm/score.ts';
import type { RfmSettings } from '../../../core/rfm/types.ts';
import { NextClassExplainer } from '../../../extension/lookup/next-class.ts';

const rows = fc.array(
  fc.record({ recency: fc.integer({ min: 0, max: 40 }), frequency: fc.integer({ min: 0, max: 6 }), monetary: fc.integer({ min: 0, max: 50 }).map((x) => x * 500) }),
  { minLength: 1, maxLength: 60 },
);

function settings(kind: 'quantile' | 'thresholds', classes: number): RfmSettings {
  const s = defaultRfmSettings('2026-11-01', classes);
  if (kind === 'quantile') return s;
  const bounds = (step: number) => Array.from({ length: classes - 1 }, (_, c) => (c + 1) * step);
  return { ...s, recency: { kind: 'thresholds', bounds: bounds(7) }, frequency: { kind: 'thresholds', bounds: bounds(1) }, monetary: { kind: 'thresholds', bounds: bounds(3000) } };
}

describe('the fast explanation', () => {
  it('words every customer\'s next classes exactly as explainScore does, for quantiles and thresholds, ties included', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom('quantile' as const, 'thresholds' as const), fc.integer({ min: 3, max: 6 }), (data, kind, classes) => {
        const input = {
          count: data.length,
          recencyDays: Int32Array.from(data, (r) => r.recency),
          frequency: Int32Array.from(data, (r) => r.frequency),
          monetary: Float64Array.from(data, (r) => (r.frequency > 0 ? r.monetary : 0)),
        };
        const scores = scoreRfm(input, settings(kind, classes));
        const fast = new NextClassExplainer(input, scores);
        for (let i = 0; i < data.length; i++) {
          const x = explainScore(i, input, scores);
          expect(fast.sentences(i)).toEqual(x ? [x.recency, x.frequency, x.monetary].map(nextClassSentenceEn) : []);
        }
      }),
      { numRuns: 300 },
    );
  });
});
