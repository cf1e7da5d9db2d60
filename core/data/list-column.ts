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
    for (let j = 0; j < list.length; j++) items.push(list[j]);
  }
  return { counts: encodeInts(counts), items: encodeText(items) };
}

/** Per-row counts and every item in row order: what a decoder builds rows from in its own loop. */
export interface ListParts {
  counts: Uint32Array;
  items: string[];
}

export function listParts(col: ListColumn, n: number): ListParts {
  const counts = new Uint32Array(n);
  decodeIntsInto(col.counts, n, counts);
  let total = 0;
  for (let i = 0; i < n; i++) total += counts[i];
  return { counts, items: decodeText(col.items, total) };
}

export function decodeLists(col: ListColumn, n: number): string[][] {
  return decodeListsInto(col, n, new Array<string[]>(n), 0);
}

/** Writes the `n` lists of `col` into `target[at..at+n)`. */
export function decodeListsInto(col: ListColumn, n: number, target: string[][], at: number): string[][] {
  const { counts, items } = listParts(col, n);
  for (let i = 0, p = 0; i < n; i++) {
    const c = counts[i];
    target[at + i] = c === 0 ? [] : c === 1 ? [items[p]] : items.slice(p, p + c);
    p += c;
  }
  return target;
}

export function encodeMaps(maps: readonly Readonly<Record<string, string>>[]): MapColumn {
  const counts = new Uint32Array(maps.length);
  const keys: string[] = [];
  const values: string[] = [];
  for (let i = 0; i < maps.length; i++) {
    const m = maps[i];
    // for-in with an own-property check: the same keys in the same order as Object.entries, with
    // no array per customer (most have no attributes).
    for (const k in m) {
      if (!Object.hasOwn(m, k)) continue;
      keys.push(k);
      values.push(m[k]);
      counts[i]++;
    }
  }
  return { counts: encodeInts(counts), keys: encodeText(keys), values: encodeText(values) };
}

export interface MapParts {
  counts: Uint32Array;
  keys: string[];
  values: string[];
}

export function mapParts(col: MapColumn, n: number): MapParts {
  const counts = new Uint32Array(n);
  decodeIntsInto(col.counts, n, counts);
  let total = 0;
  for (let i = 0; i < n; i++) total += counts[i];
  return { counts, keys: decodeText(col.keys, total), values: decodeText(col.values, total) };
}

/** The map of `count` entries from position `at` of the parts' keys and values. */
export function mapAt(parts: MapParts, at: number, count: number): Record<string, string> {
  if (count === 0) return {};
  const entries = new Array<[string, string]>(count);
  for (let j = 0; j < count; j++) entries[j] = [parts.keys[at + j], parts.values[at + j]];
  // fromEntries defines own properties, so a header named `__proto__` survives as a key.
  return Object.fromEntries(entries);
}

export function decodeMaps(col: MapColumn, n: number): Record<string, string>[] {
  const parts = mapParts(col, n);
  const out = new Array<Record<string, string>>(n);
  for (let i = 0, p = 0; i < n; i++) {
    out[i] = mapAt(parts, p, parts.counts[i]);
    p += parts.counts[i];
  }
  return out;
}
