import { civilOfDay, dayOfIso, daysInMonth } from '../../model/dates.ts';
import type { FieldColumn } from '../field.ts';
import type { MemberSet } from '../member-set.ts';
import type { DateOperator, RuleValue } from '../rule.ts';
import { scan } from './number.ts';

export type DateColumn = Extract<FieldColumn, { type: 'date' }>;

/**
 * A date operator over day numbers (NaN = no value); operands are `YYYY-MM-DD` or a whole number of
 * days N, `today` is the day number of the as-of date. No comparison matches a customer without a date.
 * - `before d` / `after d`: strictly before / after day d; `between [a, b]`: a ≤ day ≤ b.
 * - `in_last_days N`: today − N ≤ day ≤ today (N = 0 is today only; future dates do not match).
 * - `more_than_days_ago N`: day < today − N.
 * - `anniversary_within N`: the day's yearly anniversary falls in [today, today + N], across the new
 *   year; 29 February is celebrated on 28 February in years without one.
 */
export function dateOperator(col: DateColumn, op: DateOperator, value: RuleValue | undefined, today: number): MemberSet {
  const values = col.values;
  switch (op) {
    case 'before': { const d = dayOfIso(value as string)!; return scan(values, (v) => v < d); }
    case 'after': { const d = dayOfIso(value as string)!; return scan(values, (v) => v > d); }
    case 'between': {
      const [a, b] = (value as [string, string]).map((s) => dayOfIso(s)!);
      return scan(values, (v) => v >= a && v <= b);
    }
    case 'in_last_days': { const from = today - (value as number); return scan(values, (v) => v >= from && v <= today); }
    case 'more_than_days_ago': { const until = today - (value as number); return scan(values, (v) => v < until); }
    case 'anniversary_within': {
      const hit = anniversaryDays(today, value as number);
      return scan(values, (v) => v === v && hit[monthDayKey(v)] === 1);
    }
    case 'is_empty': return scan(values, (v) => v !== v);
    case 'is_not_empty': return scan(values, (v) => v === v);
  }
}

/** month * 32 + day of a day number (proleptic Gregorian, as core/model/dates.ts). */
export function monthDayKey(dayNum: number): number {
  const [, m, d] = civilOfDay(dayNum);
  return m * 32 + d;
}

/** Which month-day keys have their anniversary in [today, today + n]. */
function anniversaryDays(today: number, n: number): Uint8Array {
  const hit = new Uint8Array(13 * 32);
  // 366 consecutive days hold every month-day (29 February through 28 February at worst).
  const last = today + Math.min(n, 366);
  for (let t = today; t <= last; t++) {
    const [y, m, d] = civilOfDay(t);
    hit[m * 32 + d] = 1;
    if (m === 2 && d === 28 && daysInMonth(y, 2) === 28) hit[2 * 32 + 29] = 1;
  }
  return hit;
}
