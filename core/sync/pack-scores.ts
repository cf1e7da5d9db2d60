import type { Customer } from '../model/customer.ts';
import { customerTuples } from './column-lines.ts';
import { SYNC_TYPE, SYNC_VERSION, type ScoresLine, type SyncEnvelope } from './sync-format.ts';
import { writeLines } from './write-lines.ts';

/** One row of a warehouse's RFM result (core/rfm/rfm.sql's columns, plus optional contacts). */
export interface ScoreRow {
  customerId: string;
  recencyDays: number;
  frequency: number;
  /** Integer minor units. */
  monetary: number;
  r: number;
  f: number;
  m: number;
  segment: string;
  email?: string;
  /** E.164 when it could be normalised, else as written. */
  phone?: string;
  name?: string;
}

export interface PackOptions {
  asOf: string;
  deviceId: string;
  appVersion?: string;
  now?: number;
  chunkRows?: number;
}

/**
 * A scores-only sync file: a customer per row (updatedAt 0, so any real record a device already has
 * wins the merge; only unknown customers are added) and a `scores` section by customer id.
 */
export function packScores(rows: readonly ScoreRow[], options: PackOptions): ReadableStream<Uint8Array> {
  const chunk = options.chunkRows ?? 20_000;
  const envelope: SyncEnvelope = {
    type: SYNC_TYPE, version: SYNC_VERSION,
    source: { app: 'segmenta', appVersion: options.appVersion ?? 'dev', deviceId: options.deviceId },
    exportedAt: options.now ?? Date.now(), scope: { kind: 'scores' }, counts: { customers: rows.length, scores: rows.length },
  };
  function* lines(): Generator<object> {
    yield envelope;
    for (let start = 0; start < rows.length; start += chunk) {
      yield customerTuples(rows.slice(start, start + chunk).map(customerOf));
    }
    const segments = [...new Set(rows.map((r) => r.segment))];
    const code = new Map(segments.map((s, i) => [s, i]));
    for (let start = 0; start < rows.length; start += chunk) {
      const part = rows.slice(start, start + chunk);
      yield {
        k: 'scores', asOf: options.asOf, segments, customer: part.map((r) => r.customerId),
        recencyDays: part.map((r) => r.recencyDays), frequency: part.map((r) => r.frequency), monetary: part.map((r) => r.monetary),
        r: part.map((r) => r.r), f: part.map((r) => r.f), m: part.map((r) => r.m), segment: part.map((r) => code.get(r.segment)!),
      } satisfies ScoresLine;
    }
  }
  return writeLines(lines());
}

function customerOf(r: ScoreRow): Customer {
  const c: Customer = {
    id: r.customerId, externalIds: [r.customerId], emails: r.email ? [r.email] : [], phones: r.phone ? [r.phone] : [],
    tags: [], attributes: {}, updatedAt: 0,
  };
  if (r.name) c.firstName = r.name;
  return c;
}
