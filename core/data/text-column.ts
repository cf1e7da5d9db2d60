import { decodeIntsInto, encodeInts, type IntColumn } from './int-column.ts';

/**
 * A column of strings stored as few JS strings as possible (storage format v1): structured clone
 * of one long string is far cheaper than of thousands of short ones, and `split` gives them back
 * in one call. Low-cardinality columns are stored once per distinct value plus packed indexes.
 */
export type TextColumn =
  /** Values joined with `sep`, a character that occurs in none of them, when all are ASCII: as bytes. */
  | { kind: 'ascii'; sep: string; bytes: Uint8Array }
  /** Likewise when some are not: as a string. */
  | { kind: 'joined'; sep: string; text: string }
  /** Fallback when every separator candidate occurs in some value: concatenation plus lengths. */
  | { kind: 'lengths'; text: string; lengths: IntColumn }
  | { kind: 'dict'; values: TextColumn; index: IntColumn };

/** Strings where some rows have no value (`undefined`, distinct from `''`). */
export interface OptionalTextColumn {
  /** 1 where a value is present. */
  present: IntColumn;
  values: TextColumn;
}

export type DictMode = 'auto' | 'never';

// One-byte characters keep a one-byte string one-byte (half the bytes of a two-byte string).
const SEPARATORS = ['\u0000', '\u0001', '\u001f', '\u001e', '\u001d', '\u001c'];

export function encodeText(values: readonly string[], dict: DictMode = 'auto'): TextColumn {
  if (dict === 'auto' && values.length >= 4) {
    const d = dictionaryOf(values);
    if (d) return { kind: 'dict', values: encodeText(d.distinct, 'never'), index: encodeInts(d.index) };
  }
  for (const sep of SEPARATORS) {
    if (!values.some((v) => v.includes(sep))) return joined(sep, values.join(sep));
  }
  return { kind: 'lengths', text: values.join(''), lengths: encodeInts(values.map((v) => v.length)) };
}

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

/**
 * ASCII text is stored as bytes. A string sliced from a file that has any Cyrillic in it is held
 * by V8 as UTF-16 even when its own characters are ASCII, and IndexedDB stores it that way: two
 * bytes per character for emails, ids and phones. Bytes are one, whatever the source.
 */
function joined(sep: string, text: string): TextColumn {
  const bytes = new Uint8Array(text.length);
  // Into a buffer of one byte per character, everything fits exactly when everything is ASCII.
  if (utf8.encodeInto(text, bytes).read === text.length) return { kind: 'ascii', sep, bytes };
  return { kind: 'joined', sep, text };
}

/** Distinct values and row indexes, when storing them that way is clearly smaller. */
function dictionaryOf(values: readonly string[]): { distinct: string[]; index: Uint32Array } | undefined {
  const n = values.length;
  if (mostlyDistinct(values)) return undefined;
  const limit = n >>> 1;
  const ids = new Map<string, number>();
  const distinct: string[] = [];
  const index = new Uint32Array(n);
  let totalChars = 0;
  let distinctChars = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    totalChars += v.length + 1;
    let id = ids.get(v);
    if (id === undefined) {
      if (distinct.length >= limit) return undefined;
      id = distinct.length;
      ids.set(v, id);
      distinct.push(v);
      distinctChars += v.length + 1;
    }
    index[i] = id;
  }
  return distinctChars + n * indexBytes(distinct.length) < totalChars * 0.8 ? { distinct, index } : undefined;
}

/** Emails, ids, phones: the first rows already show that a dictionary would not pay. */
function mostlyDistinct(values: readonly string[]): boolean {
  const sample = Math.min(values.length, 1024);
  if (sample < 256) return false;
  const seen = new Set<string>();
  for (let i = 0; i < sample; i++) seen.add(values[i]);
  return seen.size > sample * 0.9;
}

function indexBytes(size: number): number {
  return size <= 2 ? 0.125 : size <= 4 ? 0.25 : size <= 16 ? 0.5 : size <= 256 ? 1 : size <= 65536 ? 2 : 3;
}

export function decodeText(col: TextColumn, n: number): string[] {
  if (n === 0) return [];
  switch (col.kind) {
    case 'ascii':
      return splitExactly(utf8Decoder.decode(col.bytes), col.sep, n);
    case 'joined':
      return splitExactly(col.text, col.sep, n);
    case 'lengths': {
      const lengths = new Uint32Array(n);
      decodeIntsInto(col.lengths, n, lengths);
      const out = new Array<string>(n);
      let p = 0;
      for (let i = 0; i < n; i++) {
        out[i] = col.text.slice(p, p + lengths[i]);
        p += lengths[i];
      }
      return out;
    }
    case 'dict': {
      const index = new Uint32Array(n);
      decodeIntsInto(col.index, n, index);
      let size = 0;
      for (let i = 0; i < n; i++) if (index[i] >= size) size = index[i] + 1;
      const distinct = decodeText(col.values, size);
      const out = new Array<string>(n);
      for (let i = 0; i < n; i++) out[i] = distinct[index[i]];
      return out;
    }
  }
}

function splitExactly(text: string, sep: string, n: number): string[] {
  const out = text.split(sep);
  if (out.length !== n) throw new RangeError(`Stored text column has ${out.length} values, expected ${n}`);
  return out;
}

export function encodeOptionalText(values: readonly (string | undefined)[]): OptionalTextColumn {
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

export function decodeOptionalText(col: OptionalTextColumn, n: number): (string | undefined)[] {
  const flags = new Uint8Array(n);
  decodeIntsInto(col.present, n, flags);
  let count = 0;
  for (let i = 0; i < n; i++) count += flags[i];
  const present = decodeText(col.values, count);
  const out = new Array<string | undefined>(n);
  for (let i = 0, j = 0; i < n; i++) out[i] = flags[i] ? present[j++] : undefined;
  return out;
}
