import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDate, parseDateAt, parseDateTime, parseDateTimeAt } from '../../../core/import/values/date-time.ts';
import { dayNumber, dayOfIso, isoOfDay } from '../../../core/model/dates.ts';
import type { DateOrder } from '../../../core/import/types.ts';
import { encodeUtf8 } from '../fixtures.ts';

const p2 = (n: number) => String(n).padStart(2, '0');

/** Both forms, the byte one in the middle of a buffer; they must agree. */
function dt(s: string, order: DateOrder): number {
  const viaString = parseDateTime(s, order);
  const b = encodeUtf8(`x,${s},y`);
  const viaBytes = parseDateTimeAt(b, 2, b.length - 2, order);
  expect(Number.isNaN(viaString) ? Number.isNaN(viaBytes) : viaBytes === viaString).toBe(true);
  return viaString;
}

const at = (iso: string, h = 0, m = 0, s = 0) => dayOfIso(iso)! * 86400 + h * 3600 + m * 60 + s;

describe('date-time parsing', () => {
  it('reads ISO dates with T or a space, ignoring zones', () => {
    expect(dt('2023-11-01T00:10:55', 'iso')).toBe(at('2023-11-01', 0, 10, 55));
    expect(dt('2023-11-01 00:10', 'iso')).toBe(at('2023-11-01', 0, 10));
    expect(dt('2023-11-01', 'iso')).toBe(at('2023-11-01'));
    expect(dt('2026-05-12 12:54:07 -0700', 'iso')).toBe(at('2026-05-12', 12, 54, 7));
    expect(dt('2026-05-12T12:54:07Z', 'iso')).toBe(at('2026-05-12', 12, 54, 7));
    expect(dt('2026-05-12T12:54:07.123+03:00', 'iso')).toBe(at('2026-05-12', 12, 54, 7));
    expect(dt('2026-05-12 12:54:07 UTC', 'iso')).toBe(at('2026-05-12', 12, 54, 7));
    expect(dt('2026/05/12', 'iso')).toBe(at('2026-05-12'));
  });

  it('reads year-first dates whatever the order, and day/month dates by the order', () => {
    expect(dt('2026-05-12', 'dmy')).toBe(at('2026-05-12'));
    expect(dt('2026-05-12', 'mdy')).toBe(at('2026-05-12'));
    expect(dt('05.06.2026', 'dmy')).toBe(at('2026-06-05'));
    expect(dt('05/06/2026', 'mdy')).toBe(at('2026-05-06'));
    expect(dt('05.06.2026', 'iso')).toBeNaN();
  });

  it('reads Russian Excel and American layouts', () => {
    expect(dt('01.11.2023 00:10', 'dmy')).toBe(at('2023-11-01', 0, 10));
    expect(dt('16.07.1967', 'dmy')).toBe(at('1967-07-16'));
    expect(dt('31.12.2025 23:59:59', 'dmy')).toBe(at('2025-12-31', 23, 59, 59));
    expect(dt('9/6/2016 6:29:00', 'mdy')).toBe(at('2016-09-06', 6, 29));
    expect(dt('12/25/2025 1:05:09 PM', 'mdy')).toBe(at('2025-12-25', 13, 5, 9));
    expect(dt('12/25/2025 12:00 am', 'mdy')).toBe(at('2025-12-25', 0, 0));
    expect(dt('12/25/2025 12:00 PM', 'mdy')).toBe(at('2025-12-25', 12, 0));
    expect(dt('25-12-2025', 'dmy')).toBe(at('2025-12-25'));
  });

  it('knows leap years', () => {
    expect(dt('29.02.2024', 'dmy')).toBe(at('2024-02-29'));
    expect(dt('2000-02-29', 'iso')).toBe(at('2000-02-29'));
    expect(dt('29.02.2023', 'dmy')).toBeNaN();
    expect(dt('1900-02-29', 'iso')).toBeNaN();
  });

  it('gives NaN for impossible dates and non-dates', () => {
    for (const s of ['31.02.2025', '2025-13-45', '2025-04-31', '00.01.2025', 'N/A', '', '  ', '2025-01', '2025-01-01T', '2025-01-01 25:00', '2025-01-01 10:60', '2025-01-01 13:00 PM', '2025-01-01 10:00 +3', '1.2.25', '2025-01-01x', '2025.01-01', '45000']) {
      expect(dt(s, 'dmy'), s).toBeNaN();
    }
    expect(dt('13/25/2025', 'mdy')).toBeNaN();
    expect(dt('25/12/2025', 'mdy')).toBeNaN();
  });

  it('reads back every day and time written in every layout', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1000, 1, 1), max: dayNumber(9999, 12, 31) }), fc.integer({ min: 0, max: 86399 }), fc.integer({ min: 0, max: 4 }), (day, tod, k) => {
        const [y, mo, d] = isoOfDay(day).split('-').map(Number);
        const h = Math.floor(tod / 3600), mi = Math.floor(tod / 60) % 60, s = tod % 60;
        const h12 = h % 12 === 0 ? 12 : h % 12;
        const layouts: Array<[string, DateOrder]> = [
          [`${isoOfDay(day)}T${p2(h)}:${p2(mi)}:${p2(s)}`, 'iso'],
          [`${isoOfDay(day)} ${p2(h)}:${p2(mi)}:${p2(s)} -0700`, 'iso'],
          [`${p2(d)}.${p2(mo)}.${y} ${h}:${p2(mi)}:${p2(s)}`, 'dmy'],
          [`${mo}/${d}/${y} ${h}:${p2(mi)}:${p2(s)}`, 'mdy'],
          [`${mo}/${d}/${y} ${h12}:${p2(mi)}:${p2(s)} ${h < 12 ? 'AM' : 'PM'}`, 'mdy'],
        ];
        const [text, order] = layouts[k];
        expect(dt(text, order)).toBe(day * 86400 + tod);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives day numbers for dates, dropping a time', () => {
    expect(parseDate('16.07.1967', 'dmy')).toBe(dayOfIso('1967-07-16'));
    expect(parseDate('1967-07-16 23:59', 'dmy')).toBe(dayOfIso('1967-07-16'));
    expect(parseDate('0999-01-01', 'iso')).toBe(dayNumber(999, 1, 1));
    expect(parseDate('31.02.2025', 'dmy')).toBeNaN();
    const b = encodeUtf8('01.01.1970');
    expect(parseDateAt(b, 0, b.length, 'dmy')).toBe(0);
  });
});
