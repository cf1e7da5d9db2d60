import { scaleSegmentMap } from '../../../core/rfm/default-settings.ts';
import type { DimensionRule, RfmSettings } from '../../../core/rfm/types.ts';

/** What the RFM form edits before it is saved. */
export interface RfmDraft {
  rfm: RfmSettings;
  asOfFollowsToday: boolean;
}

export const DIMENSIONS = ['recency', 'frequency', 'monetary'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Thresholds keep one input per class boundary: `classes - 1`, blank (NaN) where new. */
function resizeRule(rule: DimensionRule, classes: number): DimensionRule {
  if (rule.kind === 'quantile') return rule;
  return { kind: 'thresholds', bounds: Array.from({ length: classes - 1 }, (_, i) => rule.bounds[i] ?? Number.NaN) };
}

/** A new number of classes: the segment map is stretched or shrunk by the engine's rule, threshold inputs follow. */
export function withClasses(draft: RfmDraft, classes: number): RfmDraft {
  const { rfm } = draft;
  return {
    ...draft,
    rfm: {
      ...rfm,
      classes,
      recency: resizeRule(rfm.recency, classes),
      frequency: resizeRule(rfm.frequency, classes),
      monetary: resizeRule(rfm.monetary, classes),
      segmentMap: scaleSegmentMap(rfm.segmentMap, classes),
    },
  };
}

export const sameDraft = (a: RfmDraft, b: RfmDraft): boolean => JSON.stringify(a) === JSON.stringify(b);
