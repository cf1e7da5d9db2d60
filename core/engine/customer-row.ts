import type { CustomerRow } from '../worker/engine-api.ts';
import type { Dataset } from '../model/dataset.ts';

/** The table line of customer `i` (names and scores as the UI shows them). */
export function customerRow(ds: Dataset, i: number): CustomerRow {
  const c = ds.customers[i];
  const s = ds.scores;
  const scored = s !== undefined && s.scores.segment[i] >= 0;
  const name = [c.firstName, c.lastName].filter(Boolean).join(' ');
  return {
    id: c.id,
    name,
    email: c.emails[0],
    phone: c.phones[0],
    recencyDays: scored ? s.input.recencyDays[i] : undefined,
    frequency: s ? s.input.frequency[i] : 0,
    monetary: s ? s.input.monetary[i] : 0,
    r: scored ? s.scores.r[i] : 0,
    f: scored ? s.scores.f[i] : 0,
    m: scored ? s.scores.m[i] : 0,
    segment: scored ? s.scores.settings.segmentMap.segments[s.scores.segment[i]] : undefined,
  };
}
