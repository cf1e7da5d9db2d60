import { dayNumber, daysInMonth, isoOfDay } from '../model/dates.ts';
import { decodeIntsInto, encodeInts, type IntColumn } from './int-column.ts';
import { decodeOptionalText, encodeOptionalText, type OptionalTextColumn } from './text-column.ts';

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

export function decodeOptionalNumbers(col: OptionalNumberColumn, n: number): (number | undefined)[] {
  const flags = new Uint8Array(n);
  decodeIntsInto(col.present, n, flags);
  let count = 0;
  for (let i = 0; i < n; i++) count += flags[i];
  const values = new Float64Array(count);
  decodeIntsInto(col.values, count, values);
  const out = new Array<number | undefined>(n);
  for (let i = 0, j = 0; i < n; i++) out[i] = flags[i] ? values[j++] : undefined;
  return out;
}

/** undefined → 0, false → 1, true → 2. */
export function encodeOptionalBooleans(values: readonly (boolean | undefined)[]): IntColumn {
  const codes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) codes[i] = values[i] === undefined ? 0 : values[i] ? 2 : 1;
  return encodeInts(codes);
}

export function decodeOptionalBooleans(col: IntColumn, n: number): (boolean | undefined)[] {
  const codes = new Uint8Array(n);
  decodeIntsInto(col, n, codes);
  const out = new Array<boolean | undefined>(n);
  for (let i = 0; i < n; i++) out[i] = codes[i] === 0 ? undefined : codes[i] === 2;
  return out;
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

export function decodeOptionalDates(col: OptionalDateColumn, n: number): (string | undefined)[] {
  if (col.kind === 'text') return decodeOptionalText(col.text, n);
  const flags = new Uint8Array(n);
  decodeIntsInto(col.present, n, flags);
  let count = 0;
  for (let i = 0; i < n; i++) count += flags[i];
  const out = new Array<string | undefined>(n);
  if (count === 0) return out;
  const days = new Float64Array(count);
  decodeIntsInto(col.days, count, days);
  let min = Infinity;
  let max = -Infinity;
  for (let j = 0; j < count; j++) {
    if (days[j] < min) min = days[j];
    if (days[j] > max) max = days[j];
  }
  // One string per distinct day (birth and signup dates repeat), looked up by offset.
  const spread = max - min + 1;
  const table = spread <= 4 * count + 1024 ? new Array<string | undefined>(spread) : undefined;
  const cache = table ? undefined : new Map<number, string>();
  for (let i = 0, j = 0; i < n; i++) {
    if (!flags[i]) continue;
    const d = days[j++];
    if (table) out[i] = table[d - min] ??= isoOfDay(d);
    else {
      let iso = cache!.get(d);
      if (iso === undefined) cache!.set(d, (iso = isoOfDay(d)));
      out[i] = iso;
    }
  }
  return out;
}
