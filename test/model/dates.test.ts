import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumber, dayOfIso, isoOfDay } from '../../core/model/dates.ts';

describe('calendar day numbers', () => {
  it('count days from 1970-01-01', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayOfIso('2026-11-01')! - dayOfIso('2025-11-01')!).toBe(365);
    expect(dayOfIso('2024-03-01')! - dayOfIso('2024-02-28')!).toBe(2);
  });
  it('refuse dates that do not exist', () => {
    expect(dayOfIso('2025-02-29')).toBeUndefined();
    expect(dayOfIso('2025-13-01')).toBeUndefined();
    expect(dayOfIso('31.02.2025')).toBeUndefined();
  });
  it('round-trip every day between year 1 and 9999', () => {
    fc.assert(fc.property(fc.integer({ min: -719162, max: 2932896 }), (d) => dayOfIso(isoOfDay(d)) === d));
  });
});
