import { dayNumber, daysInMonth, isoOfDay } from '../model/dates.ts';
import { decodeIntsInto, encodeInts, type IntColumn } from './int-column.ts';
import { encodeOptionalText, materialize, optionalTextLookup, type Lookup, type OptionalTextColumn } from './text-column.ts';

/** Numbers where some rows have none (`nps`). */
export interface OptionalNumberColumn {
  present: IntColumn;
  values: IntColumn;
}

/** Calendar dates `YYYY-MM-DD` as day numbers; any value that is not one keeps the column as text. */
export type OptionalDateColumn =
  | { kind: 'days'; present: IntColumn; days: IntColumn }
  | { kind: 'text'; text: OptionalTextColumn };

export function encodeOptionalNumbers(values: readonly (number | undefined)[]): OptionalNumberColumn {
  const flags = new Uint8Array(values.length);
  const present: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== undefined) {
      flags[i] = 1;
      present.push(v);
    }
  }
  return { present: encodeInts(flags), values: encodeInts(present) };
}

/** Table entry 0 is undefined (no value), entry k the k-th present value. */
export function optionalNumberLookup(col: OptionalNumberColumn, n: number): Lookup<number | undefined> {
  const index = new Uint32Array(n);
  decodeIntsInto(col.present, n, index);
  let count = 0;
  for (let i = 0; i < n; i++) if (index[i] !== 0) index[i] = ++count;
  const values = new Float64Array(count);
  decodeIntsInto(col.values, count, values);
  const table = new Array<number | undefined>(count + 1);
  table[0] = undefined;
  for (let j = 0; j < count; j++) table[j + 1] = values[j];
  return { table, index };
}

export function decodeOptionalNumbers(col: OptionalNumberColumn, n: number): (number | undefined)[] {
  return materialize(optionalNumberLookup(col, n));
}

/** undefined → 0, false → 1, true → 2. */
export function encodeOptionalBooleans(values: readonly (boolean | undefined)[]): IntColumn {
  const codes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) codes[i] = values[i] === undefined ? 0 : values[i] ? 2 : 1;
  return encodeInts(codes);
}

export function optionalBooleanLookup(col: IntColumn, n: number): Lookup<boolean | undefined> {
  const index = new Uint8Array(n);
  decodeIntsInto(col, n, index);
  for (let i = 0; i < n; i++) if (index[i] > 2) throw new RangeError(`Stored flag column holds code ${index[i]}`);
  return { table: [undefined, false, true], index };
}

export function decodeOptionalBooleans(col: IntColumn, n: number): (boolean | undefined)[] {
  return materialize(optionalBooleanLookup(col, n));
}

export function encodeOptionalDates(values: readonly (string | undefined)[]): OptionalDateColumn {
  const flags = new Uint8Array(values.length);
  const days: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined) continue;
    const d = canonicalDay(v);
    if (d === undefined) return { kind: 'text', text: encodeOptionalText(values) };
    flags[i] = 1;
    days.push(d);
  }
  return { kind: 'days', present: encodeInts(flags), days: encodeInts(days) };
}

/**
 * The day number of `YYYY-MM-DD` when it is the one spelling isoOfDay gives back (a real date,
 * years 0000–9999); same answer as dayOfIso, without a regular expression per row.
 */
export function canonicalDay(s: string): number | undefined {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return dayNumber(y, m, d);
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Table entry 0 is undefined (no value); each distinct day is spelled once. */
export function optionalDateLookup(col: OptionalDateColumn, n: number): Lookup<string | undefined> {
  if (col.kind === 'text') return optionalTextLookup(col.text, n);
  const index = new Uint32Array(n);
  decodeIntsInto(col.present, n, index);
  let count = 0;
  for (let i = 0; i < n; i++) if (index[i] !== 0) count++;
  const days = new Float64Array(count);
  decodeIntsInto(col.days, count, days);
  let min = Infinity;
  let max = -Infinity;
  for (let j = 0; j < count; j++) {
    if (days[j] < min) min = days[j];
    if (days[j] > max) max = days[j];
  }
  // Birth and signup dates repeat: one string per distinct day, found by the day's offset (or a
  // map when the days are few and far apart).
  const slots = count === 0 || max - min >= 4 * count + 1024 ? undefined : new Int32Array(max - min + 1);
  const byDay = slots ? undefined : new Map<number, number>();
  const table: (string | undefined)[] = [undefined];
  for (let i = 0, j = 0; i < n; i++) {
    if (index[i] === 0) continue;
    const d = days[j++];
    let k = slots ? slots[d - min] : (byDay!.get(d) ?? 0);
    if (k === 0) {
      k = table.push(isoOfDay(d)) - 1;
      if (slots) slots[d - min] = k;
      else byDay!.set(d, k);
    }
    index[i] = k;
  }
  return { table, index };
}

export function decodeOptionalDates(col: OptionalDateColumn, n: number): (string | undefined)[] {
  return materialize(optionalDateLookup(col, n));
}
