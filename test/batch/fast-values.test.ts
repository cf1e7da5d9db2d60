import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayAt, minorAt } from '../../core/batch/fast-values.ts';
import { parseDateTimeAt } from '../../core/import/values/date-time.ts';
import { parseMoneyMinorAt } from '../../core/import/values/money.ts';
import type { DateOrder } from '../../core/import/types.ts';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const order = fc.constantFrom<DateOrder>('iso', 'dmy', 'mdy');
const pad = (n: number, w: number) => String(n).padStart(w, '0');

// Near-valid dates and times in the fast layouts, out-of-range fields included, with random edits.
const dateText = fc
  .record({
    y: fc.integer({ min: 0, max: 9999 }),
    m: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    h: fc.integer({ min: 0, max: 25 }),
    mi: fc.integer({ min: 0, max: 61 }),
    s: fc.integer({ min: 0, max: 61 }),
    layout: fc.constantFrom('iso', 'dmy'),
    time: fc.constantFrom('', 'T', ' ', '  '),
    seconds: fc.boolean(),
    edit: fc.option(fc.tuple(fc.nat(), fc.constantFrom('', 'x', ' ', '-', '.', ':', '9'))),
  })
  .map((r) => {
    const date = r.layout === 'iso' ? `${pad(r.y, 4)}-${pad(r.m, 2)}-${pad(r.d, 2)}` : `${pad(r.d, 2)}.${pad(r.m, 2)}.${pad(r.y, 4)}`;
    let text = r.time ? `${date}${r.time}${pad(r.h, 2)}:${pad(r.mi, 2)}${r.seconds ? `:${pad(r.s, 2)}` : ''}` : date;
    if (r.edit) {
      const at = r.edit[0] % (text.length + 1);
      text = text.slice(0, at) + r.edit[1] + text.slice(at + 1);
    }
    return text;
  });

const moneyText = fc.array(fc.constantFrom('0', '1', '5', '9', '.', ',', ' ', '-', '+', "'", 'a'), { maxLength: 18 }).map((u) => u.join(''));

describe('fast values', () => {
  it('reads a day exactly as parseDateTimeAt does, NaN included, under every date order', () => {
    fc.assert(
      fc.property(fc.oneof(dateText, fc.string({ maxLength: 20 })), order, (text, o) => {
        const b = ascii(`;${text};`);
        const want = Math.floor(parseDateTimeAt(b, 1, b.length - 1, o) / 86400);
        expect(dayAt(b, 1, b.length - 1, o)).toBe(want);
      }),
      { numRuns: 20000 },
    );
  });

  it('reads an amount exactly as parseMoneyMinorAt does, NaN included', () => {
    fc.assert(
      fc.property(fc.oneof(moneyText, fc.bigInt({ min: 0n, max: 10n ** 17n }).map(String)), fc.boolean(), (text, comma) => {
        const b = ascii(`;${text};`);
        expect(minorAt(b, 1, b.length - 1, comma)).toBe(parseMoneyMinorAt(b, 1, b.length - 1, comma));
      }),
      { numRuns: 20000 },
    );
  });

  it('reads the layouts of the generator’s files', () => {
    expect(dayAt(ascii('2026-03-08T23:59:00'), 0, 19, 'iso')).toBe(20520);
    expect(dayAt(ascii('08.03.2026 23:59'), 0, 16, 'dmy')).toBe(20520);
    expect(minorAt(ascii('1393.00'), 0, 7, false)).toBe(139300);
    expect(minorAt(ascii('4637,5'), 0, 6, true)).toBe(463750);
  });
});
