import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { truncateChars, truncateUtf8 } from '../../core/export/utf8-truncate.ts';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('truncateUtf8', () => {
  test('cuts Cyrillic (two bytes a letter) at a letter boundary', () => {
    const s = 'Я'.repeat(200); // 400 bytes
    const { text, truncated } = truncateUtf8(s, 255);
    expect(truncated).toBe(true);
    expect(text).toBe('Я'.repeat(127));
    expect(bytes(text)).toBe(254);
  });

  test('keeps a value of exactly the limit', () => {
    expect(truncateUtf8('a' + 'Я'.repeat(127), 255)).toEqual({ text: 'a' + 'Я'.repeat(127), truncated: false });
  });

  test('any text is cut to a prefix within the limit that loses no more than one code point', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 0, max: 300 }), (s, max) => {
      const { text, truncated } = truncateUtf8(s, max);
      const clean = new TextDecoder().decode(new TextEncoder().encode(s)); // lone surrogates become U+FFFD
      expect(bytes(text)).toBeLessThanOrEqual(max);
      expect(clean.startsWith(text) || s === text).toBe(true);
      expect(truncated).toBe(bytes(s) > max);
      if (truncated) expect(bytes(text)).toBeGreaterThan(max - 4);
    }));
  });
});

describe('truncateChars', () => {
  test('counts code points, never splitting an emoji', () => {
    expect(truncateChars('😀'.repeat(101), 100)).toEqual({ text: '😀'.repeat(100), truncated: true });
    expect(truncateChars('😀'.repeat(100), 100).truncated).toBe(false);
  });
});
