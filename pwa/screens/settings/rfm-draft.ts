import type { DimensionRule, RfmSettings, SegmentMap } from '../../../core/rfm/types.ts';
import type { Settings } from '../../../core/worker/engine-api.ts';

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

/** The spec's range of classes (core/rfm/validate-settings.ts); the engine refuses anything else. */
export const CLASS_CHOICES = [3, 4, 5, 6, 7, 8, 9, 10];

/** A new number of classes with the segment map the engine resized for it (segmentMapFor); threshold inputs follow. */
export function withClasses(draft: RfmDraft, classes: number, segmentMap: SegmentMap): RfmDraft {
  const { rfm } = draft;
  return {
    ...draft,
    rfm: {
      ...rfm,
      classes,
      recency: resizeRule(rfm.recency, classes),
      frequency: resizeRule(rfm.frequency, classes),
      monetary: resizeRule(rfm.monetary, classes),
      segmentMap,
    },
  };
}

export const toDraft = (settings: Settings): RfmDraft => ({ rfm: settings.rfm, asOfFollowsToday: settings.asOfFollowsToday !== false });
