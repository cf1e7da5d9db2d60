import type { CustomerScores, Dataset } from '../model/dataset.ts';
import type { RfmSettings } from '../rfm/types.ts';
import type { SyncScores } from './sync-contents.ts';
import { fmClass } from '../rfm/fm-class.ts';

/**
 * Scores computed elsewhere (a `scores` section, e.g. from `segmenta pack`) as the dataset's
 * CustomerScores, by customer id: what a device without the orders (the extension) shows. Customers
 * the file does not score are not scored. Segment names the local segment map lacks are appended to
 * a copy of it, so every name survives.
 */
export function scoresForDataset(scores: SyncScores, ds: Dataset, rfm: RfmSettings, now = Date.now()): CustomerScores {
  const n = ds.customers.length;
  const position = new Map<string, number>();
  ds.customers.forEach((c, i) => position.set(c.id, i));
  const names = [...rfm.segmentMap.segments];
  const code = scores.segments.map((s) => {
    const i = names.indexOf(s);
    return i >= 0 ? i : names.push(s) - 1;
  });
  const input = { count: n, recencyDays: new Int32Array(n), frequency: new Int32Array(n), monetary: new Float64Array(n) };
  const out = { r: new Uint8Array(n), f: new Uint8Array(n), m: new Uint8Array(n), fm: new Uint8Array(n), segment: new Int16Array(n).fill(-1) };
  let scored = 0;
  for (let k = 0; k < scores.length; k++) {
    const i = position.get(scores.customerId[k]);
    if (i === undefined || ds.customers[i].deleted || scores.segment[k] < 0) continue;
    input.recencyDays[i] = scores.recencyDays[k];
    input.frequency[i] = scores.frequency[k];
    input.monetary[i] = scores.monetary[k];
    out.r[i] = scores.r[k];
    out.f[i] = scores.f[k];
    out.m[i] = scores.m[k];
    out.fm[i] = fmClass(scores.f[k], scores.m[k]);
    out.segment[i] = code[scores.segment[k]];
    scored++;
  }
  const settings: RfmSettings = { ...rfm, asOf: scores.asOf, segmentMap: { segments: names, cells: rfm.segmentMap.cells.map((row) => [...row]) } };
  return {
    input, scores: { ...out, scored, settings }, firstDay: new Int32Array(n).fill(-1), lastDay: new Int32Array(n).fill(-1), computedAt: now,
  };
}
