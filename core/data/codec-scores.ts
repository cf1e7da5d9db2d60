import type { CustomerScores } from '../model/dataset.ts';
import type { RfmSettings } from '../rfm/types.ts';
import { decodeIntsInto, encodeInts, type IntColumn } from './int-column.ts';

export const SCORE_CHUNK_ROWS = 65_536;

/** Per-customer RFM inputs and scores for rows [chunk · chunkRows, … + rows). */
export interface ScoreChunkRecord {
  chunk: number;
  rows: number;
  recencyDays: IntColumn;
  frequency: IntColumn;
  monetary: IntColumn;
  r: IntColumn;
  f: IntColumn;
  m: IntColumn;
  fm: IntColumn;
  segment: IntColumn;
  firstDay: IntColumn;
  lastDay: IntColumn;
}

/** What is not per customer; kept in the `meta` record `scores`. */
export interface ScoresHeader {
  count: number;
  scored: number;
  settings: RfmSettings;
  computedAt: number;
  rows: number;
}

export function encodeScores(s: CustomerScores, chunkRows = SCORE_CHUNK_ROWS): { header: ScoresHeader; chunks: ScoreChunkRecord[] } {
  const rows = s.scores.r.length;
  const chunks: ScoreChunkRecord[] = [];
  for (let start = 0, chunk = 0; start < rows; start += chunkRows, chunk++) {
    const end = Math.min(rows, start + chunkRows);
    chunks.push({
      chunk,
      rows: end - start,
      recencyDays: encodeInts(s.input.recencyDays, start, end),
      frequency: encodeInts(s.input.frequency, start, end),
      monetary: encodeInts(s.input.monetary, start, end),
      r: encodeInts(s.scores.r, start, end),
      f: encodeInts(s.scores.f, start, end),
      m: encodeInts(s.scores.m, start, end),
      fm: encodeInts(s.scores.fm, start, end),
      segment: encodeInts(s.scores.segment, start, end),
      firstDay: encodeInts(s.firstDay, start, end),
      lastDay: encodeInts(s.lastDay, start, end),
    });
  }
  const header = { count: s.input.count, scored: s.scores.scored, settings: s.scores.settings, computedAt: s.computedAt, rows };
  return { header, chunks };
}

export function decodeScores(header: ScoresHeader, chunks: readonly ScoreChunkRecord[]): CustomerScores {
  const n = header.rows;
  const s: CustomerScores = {
    input: { count: header.count, recencyDays: new Int32Array(n), frequency: new Int32Array(n), monetary: new Float64Array(n) },
    scores: {
      r: new Uint8Array(n), f: new Uint8Array(n), m: new Uint8Array(n), fm: new Uint8Array(n),
      segment: new Int16Array(n), scored: header.scored, settings: header.settings,
    },
    firstDay: new Int32Array(n),
    lastDay: new Int32Array(n),
    computedAt: header.computedAt,
  };
  let offset = 0;
  for (const c of chunks) {
    const k = c.rows;
    if (offset + k > n) throw new RangeError('Stored score chunks hold more rows than their header');
    decodeIntsInto(c.recencyDays, k, s.input.recencyDays, offset);
    decodeIntsInto(c.frequency, k, s.input.frequency, offset);
    decodeIntsInto(c.monetary, k, s.input.monetary, offset);
    decodeIntsInto(c.r, k, s.scores.r, offset);
    decodeIntsInto(c.f, k, s.scores.f, offset);
    decodeIntsInto(c.m, k, s.scores.m, offset);
    decodeIntsInto(c.fm, k, s.scores.fm, offset);
    decodeIntsInto(c.segment, k, s.scores.segment, offset);
    decodeIntsInto(c.firstDay, k, s.firstDay, offset);
    decodeIntsInto(c.lastDay, k, s.lastDay, offset);
    offset += k;
  }
  if (offset !== n) throw new RangeError('Stored score chunks hold fewer rows than their header');
  return s;
}
