import type { Customer } from '../../model/customer.ts';
import type { FieldColumn } from '../field.ts';

type TextColumn = Extract<FieldColumn, { type: 'text' }>;
type TagsColumn = Extract<FieldColumn, { type: 'tags' }>;
type NumberColumn = Extract<FieldColumn, { type: 'number' }>;
type DateColumn = Extract<FieldColumn, { type: 'date' }>;
type BooleanColumn = Extract<FieldColumn, { type: 'boolean' }>;

/** Dictionary of distinct shown values; a value is trimmed and an empty one is "no value" (-1). */
export class TextDict {
  readonly dict: string[] = [];
  private readonly codes = new Map<string, number>();

  code(value: string | undefined): number {
    if (value === undefined) return -1;
    let code = this.codes.get(value);
    if (code !== undefined) return code;
    const shown = value.trim();
    if (shown === '') code = -1;
    else if (shown !== value) code = this.code(shown);
    else {
      code = this.dict.length;
      this.dict.push(shown);
    }
    this.codes.set(value, code);
    return code;
  }
}

/** A text column of one value per live customer (deleted customers get none). */
export function textColumn(customers: readonly Customer[], valueOf: (c: Customer, i: number) => string | undefined): TextColumn {
  const codes = new Int32Array(customers.length).fill(-1);
  const d = new TextDict();
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i];
    if (!c.deleted) codes[i] = d.code(valueOf(c, i));
  }
  return { type: 'text', codes, dict: d.dict };
}

/** A tags column (CSR) of each live customer's distinct non-empty values. */
export function tagsColumn(customers: readonly Customer[], valuesOf: (c: Customer, i: number) => readonly string[] | undefined): TagsColumn {
  const n = customers.length;
  const offsets = new Int32Array(n + 1);
  let codes = new Int32Array(Math.max(16, n));
  let used = 0;
  const d = new TextDict();
  for (let i = 0; i < n; i++) {
    offsets[i] = used;
    const c = customers[i];
    const values = c.deleted ? undefined : valuesOf(c, i);
    if (!values) continue;
    const start = used;
    for (const v of values) {
      const code = d.code(v);
      if (code < 0) continue;
      let seen = false;
      for (let k = start; k < used && !seen; k++) seen = codes[k] === code;
      if (seen) continue;
      if (used === codes.length) codes = grow(codes);
      codes[used++] = code;
    }
  }
  offsets[n] = used;
  return { type: 'tags', offsets, codes: codes.slice(0, used), dict: d.dict };
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Number column; `valueOf` returns NaN (or undefined) for no value; deleted customers get none. */
export function numberColumn(customers: readonly Customer[], valueOf: (c: Customer, i: number) => number | undefined): NumberColumn {
  return { type: 'number', values: numbers(customers, valueOf) };
}

/** Date column of day numbers; `valueOf` returns NaN (or undefined) for no value. */
export function dateColumn(customers: readonly Customer[], valueOf: (c: Customer, i: number) => number | undefined): DateColumn {
  return { type: 'date', values: numbers(customers, valueOf) };
}

function numbers(customers: readonly Customer[], valueOf: (c: Customer, i: number) => number | undefined): Float64Array {
  const values = new Float64Array(customers.length).fill(NaN);
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i];
    if (!c.deleted) values[i] = valueOf(c, i) ?? NaN;
  }
  return values;
}

/** Boolean column: 0 false, 1 true, 2 no value (undefined, and every deleted customer). */
export function booleanColumn(customers: readonly Customer[], valueOf: (c: Customer, i: number) => boolean | undefined): BooleanColumn {
  const values = new Uint8Array(customers.length).fill(2);
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i];
    if (c.deleted) continue;
    const v = valueOf(c, i);
    if (v !== undefined) values[i] = v ? 1 : 0;
  }
  return { type: 'boolean', values };
}
