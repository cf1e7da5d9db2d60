import { readFileSync } from 'node:fs';
import { mergeImport } from '../../core/import/merge.ts';
import { readImport } from '../../core/import/read-import.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import type { ReadOptions } from '../../core/import/read-import.ts';

export const NOW = Date.UTC(2026, 10, 1);

export function emptyDataset(): Dataset {
  return {
    customers: [],
    orders: {
      length: 0, orderId: [], customer: new Int32Array(0), time: new Float64Array(0), amount: new Float64Array(0),
      counted: new Uint8Array(0), items: new Uint32Array(0), currency: new Uint16Array(0), channel: new Uint16Array(0),
      category: new Uint16Array(0), dict: { currency: [''], channel: [''], category: [''] }, updatedAt: new Float64Array(0),
    },
    imports: [],
    settings: {
      rfm: { asOf: '2026-11-01', classes: 5, recency: { kind: 'quantile' }, frequency: { kind: 'quantile' },
        monetary: { kind: 'quantile' }, segmentMap: { segments: [], cells: [] } },
      defaultPhoneCountry: 'RU',
      updatedAt: 0,
    },
  };
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

export const readData = (path: string): Uint8Array => new Uint8Array(readFileSync(path));

/** Reads and merges files in order into a fresh (or given) dataset. */
export async function importAll(files: { name: string; bytes: Uint8Array; opts?: ReadOptions }[], start = emptyDataset()) {
  let ds = start;
  const records = [];
  for (const f of files) {
    const parsed = await readImport(f.bytes, f.name, f.opts);
    const r = await mergeImport(ds, parsed, { now: NOW, importId: `imp-${records.length}` });
    ds = r.dataset;
    records.push(r.record);
  }
  return { dataset: ds, records };
}

/** Reads a file of test/fixtures through readImport. */
export const readFixture = (name: string, opts?: ReadOptions) => readImport(readData(`test/fixtures/${name}`), name, opts);

/** Orders of a ParsedImport as plain objects, for readable assertions. */
export function orderRows(p: Awaited<ReturnType<typeof readImport>>) {
  const o = p.orders;
  if (!o) return [];
  return Array.from({ length: o.length }, (_, i) => ({
    id: o.orderId[i], line: o.line[i], customer: o.customer[i], date: isoTime(o.time[i]), amount: o.amount[i],
    counted: o.counted[i] === 1, items: o.items[i], currency: o.dict.currency[o.currency[i]],
    channel: o.dict.channel[o.channel[i]], category: o.dict.category[o.category[i]],
  }));
}

/** `YYYY-MM-DD HH:MM:SS` of wall-clock seconds. */
export const isoTime = (t: number): string => new Date(t * 1000).toISOString().slice(0, 19).replace('T', ' ');
