import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, dayOfIso, isoOfDay } from '../../../core/model/dates.ts';
import { toIndexes } from '../../../core/segments/member-set.ts';
import { dateOperator, type DateColumn } from '../../../core/segments/operators/date.ts';
import { columnOf } from '../stub-catalogue.ts';

const day = (iso: string) => dayOfIso(iso)!;
const run = (values: (string | undefined)[], op: Parameters<typeof dateOperator>[1], value: unknown, today: string) =>
  toIndexes(dateOperator(columnOf('date', values) as DateColumn, op, value as never, day(today)));

describe('date operators', () => {
  const dates = ['2026-11-01', '2026-11-22', undefined, '2026-08-24', '2026-08-23', '2026-12-01', '2025-01-01'];

  it('before and after are strict and never match a customer without a date', () => {
    expect(run(dates, 'before', '2026-08-24', '2026-11-22')).toEqual([4, 6]);
    expect(run(dates, 'after', '2026-11-01', '2026-11-22')).toEqual([1, 5]);
  });

  it('between is inclusive at both ends', () => {
    expect(run(dates, 'between', ['2026-08-24', '2026-11-22'], '2026-11-22')).toEqual([0, 1, 3]);
  });

  it('in_last_days N is the days from today − N to today, both included, and no future dates', () => {
    // 2026-08-24 is exactly 90 days before 2026-11-22.
    expect(day('2026-11-22') - day('2026-08-24')).toBe(90);
    expect(run(dates, 'in_last_days', 90, '2026-11-22')).toEqual([0, 1, 3]);
    expect(run(dates, 'in_last_days', 0, '2026-11-22')).toEqual([1]);
  });

  it('more_than_days_ago N is strictly before today − N, the complement of in_last_days among past dates', () => {
    expect(run(dates, 'more_than_days_ago', 90, '2026-11-22')).toEqual([4, 6]);
    expect(run(dates, 'more_than_days_ago', 0, '2026-11-22')).toEqual([0, 3, 4, 6]);
  });

  it('is_empty and is_not_empty split customers by having a date', () => {
    expect(run(dates, 'is_empty', undefined, '2026-11-22')).toEqual([2]);
    expect(run(dates, 'is_not_empty', undefined, '2026-11-22')).toEqual([0, 1, 3, 4, 5, 6]);
  });

  it('anniversary_within counts today and N days ahead, in any year of birth', () => {
    const births = ['1990-11-22', '1985-11-29', '2000-11-30', '1970-11-21', undefined, '2001-12-01'];
    expect(run(births, 'anniversary_within', 7, '2026-11-22')).toEqual([0, 1]);
    expect(run(births, 'anniversary_within', 0, '2026-11-22')).toEqual([0]);
  });

  it('anniversary_within wraps across the new year', () => {
    const births = ['1990-12-30', '1991-01-02', '1992-01-05', '1993-12-27'];
    expect(run(births, 'anniversary_within', 5, '2026-12-28')).toEqual([0, 1]);
  });

  it('a 29 February birthday falls on 28 February in years without one, and on 29 February in leap years', () => {
    const births = ['2000-02-29', '1999-02-28', '1999-03-01'];
    expect(run(births, 'anniversary_within', 0, '2027-02-28')).toEqual([0, 1]);
    expect(run(births, 'anniversary_within', 0, '2028-02-28')).toEqual([1]);
    expect(run(births, 'anniversary_within', 0, '2028-02-29')).toEqual([0]);
    expect(run(births, 'anniversary_within', 0, '2027-03-01')).toEqual([2]);
  });

  it('anniversary_within a year or more matches every customer with a date', () => {
    const births = ['2000-02-29', '1999-07-15', undefined, '1980-12-31'];
    expect(run(births, 'anniversary_within', 365, '2027-03-01')).toEqual([0, 1, 3]);
  });

  it('anniversary_within agrees with stepping day by day through the window', () => {
    fc.assert(fc.property(
      fc.integer({ min: dayNumber(1950, 1, 1), max: dayNumber(2010, 12, 31) }),
      fc.integer({ min: dayNumber(2024, 1, 1), max: dayNumber(2030, 12, 31) }),
      fc.integer({ min: 0, max: 400 }),
      (birth, today, n) => {
        const [, bm, bd] = isoOfDay(birth).split('-').map(Number);
        let expected = false;
        for (let t = today; t <= today + n && !expected; t++) {
          const [y, m, d] = isoOfDay(t).split('-').map(Number);
          const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
          const [em, ed] = bm === 2 && bd === 29 && !leap ? [2, 28] : [bm, bd];
          expected = em === m && ed === d;
        }
        const got = run([isoOfDay(birth)], 'anniversary_within', n, isoOfDay(today));
        expect(got).toEqual(expected ? [0] : []);
      }), { numRuns: 300 });
  });
});
