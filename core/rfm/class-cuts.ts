import { orderStatistics } from './order-statistics.ts';
import type { DimensionRule } from './types.ts';

export type Dimension = 'recency' | 'frequency' | 'monetary';

/**
 * A dimension's classes as k-1 cuts: with v = sign · value, the class is 1 plus the number of cuts
 * v passes (`v > cut` when strict, else `v >= cut`). Cuts ascend, so passing stops at the first miss.
 * Recency uses sign -1: fewer days is better.
 */
export interface ClassCuts {
  classes: number;
  sign: 1 | -1;
  strict: boolean;
  /** cuts[c-2] decides class c, for c = 2..k. */
  cuts: Float64Array;
}

/** ceil((c-1)·n / k) in integers: class >= c needs at least this many customers ranked before. */
export function rankedBefore(c: number, n: number, k: number): number {
  const a = (c - 1) * n + k - 1;
  return (a - (a % k)) / k;
}

/**
 * Cuts for a dimension. For quantiles (spec: `1 + floor(k·(rank-1)/n)`), class >= c means
 * rank-1 >= ceil((c-1)·n/k) = t, i.e. at least t values are strictly below x (strictly above for
 * recency): x > the t-th smallest value. So k-1 order statistics decide every customer, ties included.
 * `scratch` holds the n scored values and is reordered.
 */
export function classCuts(dimension: Dimension, rule: DimensionRule, k: number, scratch: Float64Array | Int32Array): ClassCuts {
  const cuts = new Float64Array(k - 1);
  if (rule.kind === 'thresholds') {
    if (dimension === 'recency') {
      for (let c = 2; c <= k; c++) cuts[c - 2] = -rule.bounds[k - c];
      return { classes: k, sign: -1, strict: false, cuts };
    }
    for (let c = 2; c <= k; c++) cuts[c - 2] = rule.bounds[c - 2];
    return { classes: k, sign: 1, strict: false, cuts };
  }
  const n = scratch.length;
  if (n === 0) return { classes: k, sign: dimension === 'recency' ? -1 : 1, strict: true, cuts: cuts.fill(Infinity) };
  const positions: number[] = [];
  for (let c = 2; c <= k; c++) {
    const t = rankedBefore(c, n, k);
    positions.push(dimension === 'recency' ? n - t : t - 1);
  }
  const values = orderStatistics(scratch, positions);
  if (dimension === 'recency') {
    for (let c = 2; c <= k; c++) cuts[c - 2] = -values[c - 2];
    return { classes: k, sign: -1, strict: true, cuts };
  }
  for (let c = 2; c <= k; c++) cuts[c - 2] = values[c - 2];
  return { classes: k, sign: 1, strict: true, cuts };
}

export function classOf(value: number, cuts: ClassCuts): number {
  const v = cuts.sign * value;
  const c = cuts.cuts;
  let cls = 1;
  if (cuts.strict) while (cls < cuts.classes && v > c[cls - 1]) cls++;
  else while (cls < cuts.classes && v >= c[cls - 1]) cls++;
  return cls;
}
