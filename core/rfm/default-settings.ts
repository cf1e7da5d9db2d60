import type { RfmSettings, SegmentMap } from './types.ts';

/** The spec's segment names (shared/spec/rfm.md, "Default segment map"), in display order. */
export const DEFAULT_SEGMENTS = [
  'Champions',
  'Loyal',
  'Potential Loyalist',
  'New Customers',
  'Promising',
  'Need Attention',
  'About To Sleep',
  'At Risk',
  "Can't Lose Them",
  'Hibernating',
  'Lost',
] as const;

const [CH, LO, PL, NC, PR, NA, AS, AR, CL, HI, LS] = DEFAULT_SEGMENTS.map((_, i) => i);

/** The spec's (r, FM) table for k = 5: `cells[r-1][fm-1]`, written bottom row (r = 1) first. */
export const DEFAULT_SEGMENT_MAP: SegmentMap = {
  segments: [...DEFAULT_SEGMENTS],
  cells: [
    [LS, LS, AR, AR, CL], // r = 1
    [HI, HI, AR, AR, CL], // r = 2
    [AS, AS, NA, LO, LO], // r = 3
    [PR, PL, PL, LO, LO], // r = 4
    [NC, PL, PL, CH, CH], // r = 5
  ],
};

export function copySegmentMap(map: SegmentMap): SegmentMap {
  return { segments: [...map.segments], cells: map.cells.map((row) => [...row]) };
}

/**
 * The default map stretched or shrunk to k classes: class c of k takes the row/column of the
 * 5-class grid that contains the middle of its interval, so k = 5 gives the spec's table unchanged,
 * k = 10 doubles every row and column, and k = 3 keeps rows 1, 3 and 5 (and the segments found there).
 */
export function scaleSegmentMap(map: SegmentMap, classes: number): SegmentMap {
  const from = map.cells.length;
  const pick = (c: number): number => Math.floor(((2 * c - 1) * from) / (2 * classes));
  const cells: number[][] = [];
  for (let r = 1; r <= classes; r++) {
    const row: number[] = [];
    for (let fm = 1; fm <= classes; fm++) row.push(map.cells[pick(r)][pick(fm)]);
    cells.push(row);
  }
  // Fewer classes can drop cells: keep only the segments still reached, so the map checks clean.
  const used = map.segments.map((_, i) => cells.some((row) => row.includes(i)));
  const newIndex = used.map((u, i) => (u ? used.slice(0, i).filter(Boolean).length : -1));
  return { segments: map.segments.filter((_, i) => used[i]), cells: cells.map((row) => row.map((s) => newIndex[s])) };
}

/** Spec defaults: quantile classes on every dimension, the default segment map. */
export function defaultRfmSettings(asOf: string, classes = 5): RfmSettings {
  return {
    asOf,
    classes,
    recency: { kind: 'quantile' },
    frequency: { kind: 'quantile' },
    monetary: { kind: 'quantile' },
    segmentMap: classes === 5 ? copySegmentMap(DEFAULT_SEGMENT_MAP) : scaleSegmentMap(DEFAULT_SEGMENT_MAP, classes),
  };
}
