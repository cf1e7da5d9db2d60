import { classCuts, classOf, rankedBefore, type Dimension } from '../../core/rfm/class-cuts.ts';
import type { DimensionExplanation, NextClass } from '../../core/rfm/explain.ts';
import { nextClassSentenceEn } from '../../core/rfm/explain-en.ts';
import type { RfmInput, RfmScores } from '../../core/rfm/types.ts';

const DIMENSIONS: readonly Dimension[] = ['recency', 'frequency', 'monetary'];

/**
 * The explanation sentences of a card, as core/rfm/explain.ts words them, in O(log n) per customer.
 * explainScore scans every customer on each call (tens of ms for 100k: over the popup's 50 ms); the
 * sentences only need each dimension's next class, which depends on the scored values in order, so
 * they are sorted once (one pass per service worker life) and searched. test/extension/lookup checks
 * every customer's sentences against the engine's.
 */
export class NextClassExplainer {
  private readonly sorted = new Map<Dimension, Float64Array>();

  constructor(private readonly input: RfmInput, private readonly scores: RfmScores) {}

  /** Sorts what the quantile dimensions need now rather than at the first card. */
  prepare(): void {
    for (const d of DIMENSIONS) if (this.scores.settings[d].kind === 'quantile') this.sortedValues(d);
  }

  /** One sentence per dimension (recency, frequency, monetary), or [] for a customer who is not scored. */
  sentences(i: number): string[] {
    if (!(this.input.frequency[i] > 0) || this.scores.segment[i] < 0) return [];
    return DIMENSIONS.map((dimension) => {
      const value = this.values(dimension)[i];
      const cls = this.classes(dimension)[i];
      const x: DimensionExplanation = {
        dimension, rule: this.scores.settings[dimension].kind, value, class: cls, classes: [], next: this.next(dimension, i, value, cls),
      };
      return nextClassSentenceEn(x);
    });
  }

  private values(d: Dimension): Int32Array | Float64Array {
    return d === 'recency' ? this.input.recencyDays : d === 'frequency' ? this.input.frequency : this.input.monetary;
  }

  private classes(d: Dimension): Uint8Array {
    return d === 'recency' ? this.scores.r : d === 'frequency' ? this.scores.f : this.scores.m;
  }

  private next(d: Dimension, i: number, value: number, cls: number): NextClass {
    const k = this.scores.settings.classes;
    const rule = this.scores.settings[d];
    if (cls >= k) return { kind: 'top' };
    if (rule.kind === 'thresholds') {
      const cuts = classCuts(d, rule, k, new Float64Array(0));
      const bound = cuts.sign * cuts.cuts[cls - 1];
      if (d === 'recency') {
        const target = Math.floor(bound);
        if (target < 0) return { kind: 'out-of-reach', class: cls + 1 };
        return { kind: 'reach', class: classOf(target, cuts), target, change: value - target, orderToday: classOf(0, cuts) };
      }
      const target = Math.ceil(bound);
      return { kind: 'reach', class: classOf(target, cuts), target, change: target - value };
    }
    const all = this.sortedValues(d);
    const n = all.length;
    const t = rankedBefore(cls + 1, n, k);
    if (t > n - 1) return { kind: 'out-of-reach', class: cls + 1 };
    // Others ranked before v (strictly smaller; strictly larger for recency), the customer left out.
    const classAt = (v: number): number => {
      let before = d === 'recency' ? n - upperBound(all, v) : lowerBound(all, v);
      if (d === 'recency' ? value > v : value < v) before--;
      const a = k * before;
      return 1 + (a - (a % n)) / n;
    };
    if (d === 'recency') {
      const target = all[n - 1 - t] - 1;
      if (target < 0) return { kind: 'out-of-reach', class: cls + 1 };
      return { kind: 'reach', class: classAt(target), target, change: value - target, orderToday: classAt(0) };
    }
    const target = all[t] + 1;
    return { kind: 'reach', class: classAt(target), target, change: target - value };
  }

  /** The scored customers' values of `d`, ascending (built on first use). */
  private sortedValues(d: Dimension): Float64Array {
    let all = this.sorted.get(d);
    if (!all) {
      const values = this.values(d);
      const f = this.input.frequency;
      let n = 0;
      for (let j = 0; j < this.input.count; j++) if (f[j] > 0) n++;
      all = new Float64Array(n);
      for (let j = 0, p = 0; j < this.input.count; j++) if (f[j] > 0) all[p++] = values[j];
      all.sort();
      this.sorted.set(d, all);
    }
    return all;
  }
}

/** Number of items < v. */
function lowerBound(a: Float64Array, v: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < v) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Number of items <= v. */
function upperBound(a: Float64Array, v: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= v) lo = mid + 1; else hi = mid;
  }
  return lo;
}
