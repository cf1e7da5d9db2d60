import { decodeIntsInto, encodeInts, type IntColumn } from './int-column.ts';
import { decodeText, encodeText, type TextColumn } from './text-column.ts';

/** A column of string lists (emails, tags, …): per-row counts plus every item in one text column. */
export interface ListColumn {
  counts: IntColumn;
  items: TextColumn;
}

/** A column of string maps (imported attributes): per-row counts, then keys and values in order. */
export interface MapColumn {
  counts: IntColumn;
  keys: TextColumn;
  values: TextColumn;
}

export function encodeLists(lists: readonly (readonly string[])[]): ListColumn {
  const counts = new Uint32Array(lists.length);
  const items: string[] = [];
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i];
    counts[i] = list.length;
    for (const item of list) items.push(item);
  }
  return { counts: encodeInts(counts), items: encodeText(items) };
}

export function decodeLists(col: ListColumn, n: number): string[][] {
  const counts = new Uint32Array(n);
  decodeIntsInto(col.counts, n, counts);
  let total = 0;
  for (let i = 0; i < n; i++) total += counts[i];
  const items = decodeText(col.items, total);
  const out = new Array<string[]>(n);
  for (let i = 0, p = 0; i < n; i++) {
    const c = counts[i];
    out[i] = c === 0 ? [] : c === 1 ? [items[p]] : items.slice(p, p + c);
    p += c;
  }
  return out;
}

export function encodeMaps(maps: readonly Readonly<Record<string, string>>[]): MapColumn {
  const counts = new Uint32Array(maps.length);
  const keys: string[] = [];
  const values: string[] = [];
  for (let i = 0; i < maps.length; i++) {
    for (const [k, v] of Object.entries(maps[i])) {
      keys.push(k);
      values.push(v);
      counts[i]++;
    }
  }
  return { counts: encodeInts(counts), keys: encodeText(keys), values: encodeText(values) };
}

export function decodeMaps(col: MapColumn, n: number): Record<string, string>[] {
  const counts = new Uint32Array(n);
  decodeIntsInto(col.counts, n, counts);
  let total = 0;
  for (let i = 0; i < n; i++) total += counts[i];
  const keys = decodeText(col.keys, total);
  const values = decodeText(col.values, total);
  const out = new Array<Record<string, string>>(n);
  for (let i = 0, p = 0; i < n; i++) {
    const c = counts[i];
    if (c === 0) {
      out[i] = {};
      continue;
    }
    const entries = new Array<[string, string]>(c);
    for (let j = 0; j < c; j++, p++) entries[j] = [keys[p], values[p]];
    // fromEntries defines own properties, so a header named `__proto__` survives as a key.
    out[i] = Object.fromEntries(entries);
  }
  return out;
}
