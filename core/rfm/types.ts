/** Types of the RFM engine; the rules are ../shared/spec/rfm.md (spec v1). */

/** How one dimension is classed: quantiles with ties kept together (the default) or fixed thresholds. */
export type DimensionRule =
  | { kind: 'quantile' }
  /**
   * Fixed thresholds, one per class boundary, `classes - 1` values.
   * recency: ascending days, `recencyDays <= bounds[0]` → top class k, `<= bounds[1]` → k-1, … else 1.
   * frequency / monetary (monetary in minor units): ascending, `value >= bounds[k-2]` → k, … `< bounds[0]` → 1.
   */
  | { kind: 'thresholds'; bounds: number[] };

/** A segment map: for each cell (r, FM) with r, FM in 1..k, the name of its segment. */
export interface SegmentMap {
  /** Segment names in display order. */
  segments: string[];
  /** cells[r-1][fm-1] = index into `segments`, or -1 for an uncovered cell. */
  cells: number[][];
}

export interface RfmSettings {
  /** Calendar date `YYYY-MM-DD`; orders after it are ignored. */
  asOf: string;
  /** Number of classes k, 3..10. */
  classes: number;
  recency: DimensionRule;
  frequency: DimensionRule;
  monetary: DimensionRule;
  segmentMap: SegmentMap;
}

/** Per-customer inputs, index i = customer i. Customers with frequency 0 are not scored. */
export interface RfmInput {
  count: number;
  recencyDays: Int32Array;
  frequency: Int32Array;
  /** Integer minor units. */
  monetary: Float64Array;
}

/** Scores per customer; 0 in r/f/m and -1 in segment mean "no purchases, not scored". */
export interface RfmScores {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  fm: Uint8Array;
  segment: Int16Array;
  scored: number;
  settings: RfmSettings;
}

/**
 * One rule of a segment map in the rule-list form published maps use (`Champions: r 4–5, FM 4–5`),
 * evaluated first-match-wins; bounds are inclusive class numbers.
 */
export interface SegmentRule {
  segment: string;
  r: [number, number];
  fm: [number, number];
}
