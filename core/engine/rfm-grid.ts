import type { CustomerScores } from '../model/dataset.ts';
import type { RfmGrid } from '../worker/segments-api.ts';

/** Scored customers and their average monetary per (r, FM) cell, with the cell's segment in the map. */
export function rfmGrid(scores: CustomerScores): RfmGrid {
  const { r, fm, segment, settings } = scores.scores;
  const k = settings.classes;
  const customers = new Float64Array(k * k);
  const spend = new Float64Array(k * k);
  for (let i = 0; i < segment.length; i++) {
    if (segment[i] < 0) continue;
    const cell = (r[i] - 1) * k + (fm[i] - 1);
    customers[cell]++;
    spend[cell] += scores.input.monetary[i];
  }
  const names = settings.segmentMap.segments;
  const cells = Array.from({ length: k }, (_, ri) => Array.from({ length: k }, (_, fi) => {
    const n = customers[ri * k + fi];
    const code = settings.segmentMap.cells[ri]?.[fi] ?? -1;
    return {
      r: ri + 1, fm: fi + 1, customers: n,
      ...(n ? { avgMonetary: spend[ri * k + fi] / n } : {}),
      ...(code >= 0 ? { segment: names[code] } : {}),
    };
  }));
  return { classes: k, cells, scored: scores.scores.scored };
}
