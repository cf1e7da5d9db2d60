import { decodeIntsInto, encodeInts, type IntColumn } from './int-column.ts';

/**
 * A column of strings stored as one run of UTF-8 bytes plus each value's length (storage format 2):
 * encoding is one `join` and one `encodeInto`, decoding one `TextDecoder.decode` and a `slice` per
 * value, and the bytes travel in the chunk's Blob. Low-cardinality columns are stored once per
 * distinct value plus packed indexes. The other kinds are what format 1 wrote (still read).
 */
export type TextColumn =
  /** Lengths in UTF-16 code units; the text is well-formed (lone surrogates go to `lengths`). */
  | { kind: 'utf8'; bytes: Uint8Array; lengths: IntColumn }
  /** Text that UTF-8 cannot carry (a lone surrogate): kept as a string. */
  | { kind: 'lengths'; text: string; lengths: IntColumn }
  | { kind: 'dict'; values: TextColumn; index: IntColumn }
  /** Format 1: values joined with `sep`, a character none of them has; as bytes when ASCII. */
  | { kind: 'ascii'; sep: string; bytes: Uint8Array }
  | { kind: 'joined'; sep: string; text: string };

/** Strings where some rows have no value (`undefined`, distinct from `''`). */
export type OptionalTextColumn =
  /** `present` is 1 where a value is; `values` holds those values in row order. */
  | { kind?: undefined; present: IntColumn; values: TextColumn }
  /** Low cardinality (format 2): index 0 = no value, k = `values[k - 1]`. */
  | { kind: 'dict'; values: TextColumn; index: IntColumn };

export type DictMode = 'auto' | 'never';

export function encodeText(values: readonly string[], dict: DictMode = 'auto'): TextColumn {
  if (dict === 'auto' && values.length >= 4) {
    const d = dictionaryOf(values, false);
    if (d) return { kind: 'dict', values: encodeText(d.distinct, 'never'), index: encodeInts(d.index) };
  }
  const lengths = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) lengths[i] = values[i].length;
  const text = values.join('');
  const bytes = utf8Of(text);
  return bytes ? { kind: 'utf8', bytes, lengths: encodeInts(lengths) } : { kind: 'lengths', text, lengths: encodeInts(lengths) };
}

const encoder = new TextEncoder();
// ignoreBOM: a value may begin with U+FEFF, and a default decoder would drop it.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isWellFormed(text: string): boolean {
  const s = text as string & { isWellFormed?: () => boolean };
  return typeof s.isWellFormed === 'function' ? s.isWellFormed() : !LONE_SURROGATE.test(text);
}

/** The UTF-8 bytes of `text`, or undefined when it has a lone surrogate (UTF-8 would replace it). */
function utf8Of(text: string): Uint8Array | undefined {
  const ascii = new Uint8Array(text.length);
  // Into one byte per character everything fits exactly when everything is ASCII (the usual case).
  if (encoder.encodeInto(text, ascii).read === text.length) return ascii;
  if (!isWellFormed(text)) return undefined;
  const bytes = new Uint8Array(text.length * 3);
  return bytes.slice(0, encoder.encodeInto(text, bytes).written);
}

const DISTINCT = 0.9;

/**
 * Distinct values and row indexes, when storing them that way is clearly smaller. With `absent`,
 * undefined is index 0 and values start at 1. Emails, ids and phones are recognised from their
 * first rows and cost no look-up per row.
 */
function dictionaryOf(
  values: readonly (string | undefined)[],
  absent: boolean,
): { distinct: string[]; index: Uint32Array } | undefined {
  const n = values.length;
  if (mostlyDistinct(values)) return undefined;
  const limit = n >>> 1;
  const ids = new Map<string, number>();
  const distinct: string[] = [];
  const index = new Uint32Array(n);
  const first = absent ? 1 : 0;
  let totalChars = 0;
  let distinctChars = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === undefined) continue; // index 0
    totalChars += v.length + 1;
    let id = ids.get(v);
    if (id === undefined) {
      if (distinct.length >= limit) return undefined;
      id = distinct.length + first;
      ids.set(v, id);
      distinct.push(v);
      distinctChars += v.length + 1;
    }
    index[i] = id;
  }
  return distinctChars + n * indexBytes(distinct.length + first) < totalChars * 0.8 ? { distinct, index } : undefined;
}

function mostlyDistinct(values: readonly (string | undefined)[]): boolean {
  const sample = Math.min(values.length, 1024);
  if (sample < 256) return false;
  const seen = new Set<string>();
  let present = 0;
  for (let i = 0; i < sample; i++) {
    const v = values[i];
    if (v === undefined) continue;
    present++;
    seen.add(v);
  }
  return present >= 128 && seen.size > present * DISTINCT;
}

function indexBytes(size: number): number {
  return size <= 2 ? 0.125 : size <= 4 ? 0.25 : size <= 16 ? 0.5 : size <= 256 ? 1 : size <= 65536 ? 2 : 3;
}

export function decodeText(col: TextColumn, n: number): string[] {
  if (n === 0) return [];
  switch (col.kind) {
    case 'utf8':
    case 'lengths':
      return decodeTextInto(col, n, new Array<string>(n), 0);
    case 'ascii':
      return splitExactly(decoder.decode(col.bytes), col.sep, n);
    case 'joined':
      return splitExactly(col.text, col.sep, n);
    case 'dict': {
      const index = new Uint32Array(n);
      decodeIntsInto(col.index, n, index);
      const distinct = decodeText(col.values, maxOf(index) + 1);
      const out = new Array<string>(n);
      for (let i = 0; i < n; i++) out[i] = distinct[index[i]];
      return out;
    }
  }
}

function maxOf(index: Uint32Array): number {
  let max = -1;
  for (let i = 0; i < index.length; i++) if (index[i] > max) max = index[i];
  return max;
}

/** Writes the `n` values of `col` into `target[at..at+n)` (no array in between for the usual kinds). */
export function decodeTextInto(col: TextColumn, n: number, target: string[], at: number): string[] {
  if (n === 0) return target;
  if (col.kind === 'utf8' || col.kind === 'lengths') {
    const text = col.kind === 'utf8' ? decoder.decode(col.bytes) : col.text;
    const lengths = new Uint32Array(n);
    decodeIntsInto(col.lengths, n, lengths);
    sliceInto(target, at, text, lengths);
    return target;
  }
  const values = decodeText(col, n);
  for (let i = 0; i < n; i++) target[at + i] = values[i];
  return target;
}

function sliceInto(target: string[], at: number, text: string, lengths: Uint32Array): void {
  let p = 0;
  for (let i = 0; i < lengths.length; i++) {
    const end = p + lengths[i];
    target[at + i] = text.slice(p, end);
    p = end;
  }
  if (p !== text.length) throw new RangeError(`Stored text column holds ${text.length} characters, its lengths add up to ${p}`);
}

function splitExactly(text: string, sep: string, n: number): string[] {
  const out = text.split(sep);
  if (out.length !== n) throw new RangeError(`Stored text column has ${out.length} values, expected ${n}`);
  return out;
}

export function encodeOptionalText(values: readonly (string | undefined)[]): OptionalTextColumn {
  if (values.length >= 4) {
    const d = dictionaryOf(values, true);
    if (d) return { kind: 'dict', values: encodeText(d.distinct, 'never'), index: encodeInts(d.index) };
  }
  const flags = new Uint8Array(values.length);
  const present: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== undefined) {
      flags[i] = 1;
      present.push(v);
    }
  }
  return { present: encodeInts(flags), values: encodeText(present) };
}

/**
 * A column as a small table and one index per row: row i is `table[index[i]]`. What a decoder of
 * many columns reads in its one loop, with no array of n values per column in between.
 */
export interface Lookup<T> {
  table: T[];
  index: Uint8Array | Uint32Array;
}

/** Table entry 0 is undefined (no value). */
export function optionalTextLookup(col: OptionalTextColumn, n: number): Lookup<string | undefined> {
  const index = new Uint32Array(n);
  if (col.kind === 'dict') {
    decodeIntsInto(col.index, n, index);
    return { table: [undefined, ...decodeText(col.values, maxOf(index))], index };
  }
  decodeIntsInto(col.present, n, index);
  let count = 0;
  for (let i = 0; i < n; i++) if (index[i] !== 0) index[i] = ++count;
  return { table: [undefined, ...decodeText(col.values, count)], index };
}

export function materialize<T>({ table, index }: Lookup<T>): T[] {
  const out = new Array<T>(index.length);
  for (let i = 0; i < index.length; i++) out[i] = table[index[i]];
  return out;
}

export function decodeOptionalText(col: OptionalTextColumn, n: number): (string | undefined)[] {
  return materialize(optionalTextLookup(col, n));
}
