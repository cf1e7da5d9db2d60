import { classCuts, classOf, rankedBefore, type ClassCuts, type Dimension } from './class-cuts.ts';
import { orderStatistics } from './order-statistics.ts';
import type { DimensionRule, RfmInput, RfmScores } from './types.ts';

/** Values that get one class: observed among scored customers for quantiles, the rule's range for thresholds. */
export interface ClassRange {
  class: number;
  /** Smallest / largest value with this class; null = none observed (quantiles) or unbounded (thresholds). */
  min: number | null;
  max: number | null;
  /** Scored customers in this class. */
  customers: number;
}

export type NextClass =
  | { kind: 'top' }
  /** No value of this dimension alone reaches `class` (ties or too few customers). */
  | { kind: 'out-of-reach'; class: number }
  | {
      kind: 'reach';
      /** The class reached at `target`: at least the next one, more when classes in between are empty. */
      class: number;
      /** Frequency / monetary: the smallest value that reaches it; recency: the largest number of days. */
      target: number;
      /** |target − value|: orders or minor units more, or days more recent. */
      change: number;
      /** Recency only: the class an order on the as-of day (recency 0) would give. */
      orderToday?: number;
    };

export interface DimensionExplanation {
  dimension: Dimension;
  rule: DimensionRule['kind'];
  /** Recency days, orders, or minor units. */
  value: number;
  class: number;
  classes: ClassRange[];
  next: NextClass;
}

export interface ScoreExplanation {
  recency: DimensionExplanation;
  frequency: DimensionExplanation;
  monetary: DimensionExplanation;
  fm: number;
  segment: string;
}

/**
 * Why customer `i` has its scores, per dimension: the classes in force and the smallest change of
 * that dimension alone that moves the customer up. Undefined for a customer without purchases.
 *
 * For quantiles the change is computed honestly, not read off the boundaries: with every other
 * customer's values fixed, changing this customer's value changes its own rank (and, with ties,
 * may pull a tied neighbour down with it), so the target is the smallest value v whose rank among
 * the others alone is high enough — e.g. reaching the value of the lowest customer of the next class
 * only ties with it, which may not be enough. Each dimension is taken alone (a real extra order also
 * changes recency and monetary). Values are whole numbers (days, orders, minor units).
 */
export function explainScore(i: number, input: RfmInput, scores: RfmScores): ScoreExplanation | undefined {
  if (!(input.frequency[i] > 0) || scores.segment[i] < 0) return undefined;
  const s = scores.settings;
  return {
    recency: explainDimension('recency', i, input.recencyDays, input, scores.r, s.recency, s.classes),
    frequency: explainDimension('frequency', i, input.frequency, input, scores.f, s.frequency, s.classes),
    monetary: explainDimension('monetary', i, input.monetary, input, scores.m, s.monetary, s.classes),
    fm: scores.fm[i],
    segment: s.segmentMap.segments[scores.segment[i]],
  };
}

function explainDimension(
  dimension: Dimension,
  i: number,
  values: Int32Array | Float64Array,
  input: RfmInput,
  classOfCustomer: Uint8Array,
  rule: DimensionRule,
  k: number,
): DimensionExplanation {
  const scored: number[] = [];
  for (let j = 0; j < input.count; j++) if (input.frequency[j] > 0) scored.push(j);
  const value = values[i];
  const cls = classOfCustomer[i];
  const ranges = observedRanges(scored, values, classOfCustomer, k);
  if (rule.kind === 'thresholds') {
    const cuts = classCuts(dimension, rule, k, new Float64Array(0));
    return { dimension, rule: rule.kind, value, class: cls, classes: thresholdRanges(dimension, rule.bounds, ranges), next: nextByThreshold(dimension, value, cls, cuts) };
  }
  return { dimension, rule: rule.kind, value, class: cls, classes: ranges, next: nextByQuantile(dimension, i, value, cls, scored, values, k) };
}

function observedRanges(scored: number[], values: Int32Array | Float64Array, classes: Uint8Array, k: number): ClassRange[] {
  const ranges: ClassRange[] = [];
  for (let c = 1; c <= k; c++) ranges.push({ class: c, min: null, max: null, customers: 0 });
  for (const j of scored) {
    const range = ranges[classes[j] - 1];
    const v = values[j];
    if (range.min === null || v < range.min) range.min = v;
    if (range.max === null || v > range.max) range.max = v;
    range.customers++;
  }
  return ranges;
}

function thresholdRanges(dimension: Dimension, b: number[], observed: ClassRange[]): ClassRange[] {
  const k = b.length + 1;
  return observed.map(({ class: c, customers }) => {
    if (dimension === 'recency') {
      // class >= c iff days <= b[k-c]
      return { class: c, customers, min: c === k ? null : Math.floor(b[k - c - 1]) + 1, max: c === 1 ? null : Math.floor(b[k - c]) };
    }
    // class >= c iff value >= b[c-2]
    return { class: c, customers, min: c === 1 ? null : Math.ceil(b[c - 2]), max: c === k ? null : Math.ceil(b[c - 1]) - 1 };
  });
}

function nextByThreshold(dimension: Dimension, value: number, cls: number, cuts: ClassCuts): NextClass {
  const k = cuts.classes;
  if (cls >= k) return { kind: 'top' };
  const bound = cuts.sign * cuts.cuts[cls - 1]; // decides class cls + 1
  if (dimension === 'recency') {
    const target = Math.floor(bound);
    if (target < 0) return { kind: 'out-of-reach', class: cls + 1 };
    return { kind: 'reach', class: classOf(target, cuts), target, change: value - target, orderToday: classOf(0, cuts) };
  }
  const target = Math.ceil(bound);
  return { kind: 'reach', class: classOf(target, cuts), target, change: target - value };
}

function nextByQuantile(
  dimension: Dimension,
  i: number,
  value: number,
  cls: number,
  scored: number[],
  values: Int32Array | Float64Array,
  k: number,
): NextClass {
  if (cls >= k) return { kind: 'top' };
  const n = scored.length;
  const t = rankedBefore(cls + 1, n, k);
  if (t > n - 1) return { kind: 'out-of-reach', class: cls + 1 };
  const all = new Float64Array(n);
  scored.forEach((j, p) => (all[p] = values[j]));
  // The customer's class is below cls + 1, so its own value sits at or before position t - 1 of
  // the ascending order (at or after n - t for recency); without it, the t-th smallest other value
  // is at position t of the whole order (the t-th largest at n - 1 - t).
  const classAt = (v: number): number => {
    let before = 0; // others ranked before v: strictly smaller, or strictly larger for recency
    for (const j of scored) if (j !== i && (dimension === 'recency' ? values[j] > v : values[j] < v)) before++;
    const a = k * before;
    return 1 + (a - (a % n)) / n;
  };
  if (dimension === 'recency') {
    const target = orderStatistics(all, [n - 1 - t])[0] - 1;
    if (target < 0) return { kind: 'out-of-reach', class: cls + 1 };
    return { kind: 'reach', class: classAt(target), target, change: value - target, orderToday: classAt(0) };
  }
  const target = orderStatistics(all, [t])[0] + 1;
  return { kind: 'reach', class: classAt(target), target, change: target - value };
}
