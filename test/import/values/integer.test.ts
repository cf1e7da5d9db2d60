import { describe, expect, it } from 'vitest';
import { parseInteger, parseIntegerAt } from '../../../core/import/values/integer.ts';
import { encodeUtf8 } from '../fixtures.ts';

describe('integer parsing', () => {
  it('reads whole numbers with the leniency of amounts', () => {
    expect(parseInteger('3', false)).toBe(3);
    expect(parseInteger(' 10 ', false)).toBe(10);
    expect(parseInteger('2,00', true)).toBe(2);
    expect(parseInteger('1 000', true)).toBe(1000);
    expect(parseInteger('1,000', false)).toBe(1000);
    expect(parseInteger("'-4", false)).toBe(-4);
  });

  it('refuses fractions and words', () => {
    expect(parseInteger('2.5', false)).toBeNaN();
    expect(parseInteger('1,000', true)).toBe(1); // with decimal comma this is one, exactly
    expect(parseInteger('ten', false)).toBeNaN();
    expect(parseInteger('', false)).toBeNaN();
  });

  it('has a byte form that agrees', () => {
    const b = encodeUtf8('a,12,b');
    expect(parseIntegerAt(b, 2, 4, false)).toBe(12);
  });
});
