import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day } from './fixture.ts';
import { isoDay, isoMonth, normaliseKey, parseBooleanText, parseDateText, parseNumberText, splitList } from '../../../core/segments/fields/text-values.ts';
import { dayOfIso, isoOfDay } from '../../../core/model/dates.ts';

describe('text values of custom columns', () => {
  it('read numbers with a decimal dot or comma and grouped thousands, nothing else', () => {
    expect(['12', '12.5', '12,5', '-3', '1 234,5', '1\u00a0234', ' 7 '].map(parseNumberText)).toEqual([12, 12.5, 12.5, -3, 1234.5, 1234, 7]);
    expect(['', 'x', '1.2.3', '12 34', '1,2,3', '1e5'].map(parseNumberText).every(Number.isNaN)).toBe(true);
  });

  it('read a decimal written either way as the same number', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
      const dot = `${whole}.${String(cents).padStart(2, '0')}`;
      expect(parseNumberText(dot.replace('.', ','))).toBe(parseNumberText(dot));
      expect(parseNumberText(dot)).toBe(Number(dot));
    }));
  });

  it('read YYYY-MM-DD and dd.mm.yyyy dates, with or without a time, and refuse impossible ones', () => {
    expect(parseDateText('2026-03-08')).toBe(day('2026-03-08'));
    expect(parseDateText('08.03.2026')).toBe(day('2026-03-08'));
    expect(parseDateText('08.03.2026 23:59')).toBe(day('2026-03-08'));
    expect(parseDateText('2026-03-08T23:59:00Z')).toBe(day('2026-03-08'));
    expect(['29.02.2025', '2025-13-01', '03/08/2026', 'вчера', ''].map(parseDateText).every(Number.isNaN)).toBe(true);
    fc.assert(fc.property(fc.integer({ min: -30000, max: 60000 }), (d) => {
      const iso = isoOfDay(d);
      const [y, m, dd] = iso.split('-');
      expect(parseDateText(iso)).toBe(d);
      expect(parseDateText(`${dd}.${m}.${y}`)).toBe(d);
    }));
  });

  it('read exact YYYY-MM-DD dates quickly, agreeing with the model for any ten characters', () => {
    const tenChars = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(fc.property(fc.oneof(tenChars, fc.string({ minLength: 10, maxLength: 10 })), (s) => {
      expect(isoDay(s)).toBe(dayOfIso(s) ?? NaN);
      expect(isoMonth(s)).toBe(dayOfIso(s) === undefined ? NaN : Number(s.slice(5, 7)));
    }));
  });

  it('read booleans in English and Russian in any case', () => {
    expect(['TRUE', 'yes', 'Да', 'истина', '1'].map(parseBooleanText)).toEqual([true, true, true, true, true]);
    expect(['false', 'NO', 'нет', 'ЛОЖЬ', '0'].map(parseBooleanText)).toEqual([false, false, false, false, false]);
    expect(parseBooleanText('maybe')).toBeUndefined();
  });

  it('normalise headers: case, ё, punctuation and spaces', () => {
    expect(normaliseKey('  Job-Title (Ёлка)  ')).toBe('job title елка');
  });

  it('split a list cell into distinct trimmed items', () => {
    expect(splitList('a, b;c|d / a,, ')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitList(undefined)).toBeUndefined();
  });
});
