import { classCuts, type ClassCuts } from './class-cuts.ts';
import type { RfmInput, RfmScores, RfmSettings } from './types.ts';
import { assertRfmSettings } from './validate-settings.ts';
import { fmClass } from './fm-class.ts';

/**
 * RFM scores of every customer with at least one counted order (shared/spec/rfm.md): quantile
 * classes with ties kept together, or fixed thresholds, per the settings; FM = floor((f+m)/2);
 * the segment from the map. O(n) plus k-1 order statistics per quantile dimension.
 * Throws a RangeError for unusable settings (see validate-settings.ts).
 */
export function scoreRfm(input: RfmInput, settings: RfmSettings): RfmScores {
  assertRfmSettings(settings);
  const k = settings.classes;
  const { count, recencyDays, frequency, monetary } = input;
  let n = 0;
  for (let i = 0; i < count; i++) if (frequency[i] > 0) n++;
  const rec = new Int32Array(n);
  const freq = new Int32Array(n);
  const mon = new Float64Array(n);
  for (let i = 0, j = 0; i < count; i++) {
    if (frequency[i] > 0) {
      rec[j] = recencyDays[i];
      freq[j] = frequency[i];
      mon[j++] = monetary[i];
    }
  }
  const rCuts = classCuts('recency', settings.recency, k, rec);
  const fCuts = classCuts('frequency', settings.frequency, k, freq);
  const mCuts = classCuts('monetary', settings.monetary, k, mon);

  const r = classify(recencyDays, frequency, rCuts);
  const f = classify(frequency, frequency, fCuts);
  const m = classify(monetary, frequency, mCuts);
  const cells = new Int16Array(k * k);
  settings.segmentMap.cells.forEach((row, ri) => row.forEach((s, fi) => (cells[ri * k + fi] = s)));
  const fm = new Uint8Array(count);
  const segment = new Int16Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    if (r[i] === 0) continue;
    const fmi = fmClass(f[i], m[i]);
    fm[i] = fmi;
    segment[i] = cells[(r[i] - 1) * k + fmi - 1];
  }
  return { r, f, m, fm, segment, scored: n, settings };
}

/** Classes of every scored customer (0 for the others); the loop of classOf, unrolled for speed. */
function classify(values: Int32Array | Float64Array, frequency: Int32Array, cuts: ClassCuts): Uint8Array {
  const out = new Uint8Array(values.length);
  const { sign, strict, classes } = cuts;
  const c = cuts.cuts;
  for (let i = 0; i < values.length; i++) {
    if (frequency[i] <= 0) continue;
    const v = sign * values[i];
    let cls = 1;
    if (strict) while (cls < classes && v > c[cls - 1]) cls++;
    else while (cls < classes && v >= c[cls - 1]) cls++;
    out[i] = cls;
  }
  return out;
}
