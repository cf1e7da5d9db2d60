import { classCuts, classOf } from './class-cuts.ts';
import type { RfmInput, RfmScores, RfmSettings } from './types.ts';
import { assertRfmSettings } from './validate-settings.ts';

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

  const cells = settings.segmentMap.cells;
  const r = new Uint8Array(count);
  const f = new Uint8Array(count);
  const m = new Uint8Array(count);
  const fm = new Uint8Array(count);
  const segment = new Int16Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    if (frequency[i] <= 0) continue;
    const ri = classOf(recencyDays[i], rCuts);
    const fi = classOf(frequency[i], fCuts);
    const mi = classOf(monetary[i], mCuts);
    const fmi = (fi + mi) >> 1;
    r[i] = ri;
    f[i] = fi;
    m[i] = mi;
    fm[i] = fmi;
    segment[i] = cells[ri - 1][fmi - 1];
  }
  return { r, f, m, fm, segment, scored: n, settings };
}
