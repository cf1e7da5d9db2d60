import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cleanPhone, normalisePhone, PHONE_COUNTRIES, plainPhone } from '../../core/import/phone.ts';

describe('normalisePhone', () => {
  test.each([
    ['8 (916) 123-45-67', 'RU', '+79161234567'],
    ['+7 916 123 45 67', 'RU', '+79161234567'],
    ['89161234567', 'RU', '+79161234567'],
    ['9161234567', 'RU', '+79161234567'],
    ['79161234567', 'RU', '+79161234567'],
    ["'+7 916 123-45-67", 'RU', '+79161234567'],
    ['+7 (916) 123-45-67 доб. 123', 'RU', '+79161234567'],
    ['8-10-44-20-7946-0958', 'RU', '+442079460958'],
    ['+44 20 7946 0958', 'RU', '+442079460958'],
    ['+44 (0)20 7946 0958', 'RU', '+442079460958'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['0044 20 7946 0958', 'DE', '+442079460958'],
    ['8 (701) 123-45-67', 'KZ', '+77011234567'],
    ['+375 29 123-45-67', 'RU', '+375291234567'],
    ['8 029 123 45 67', 'BY', '+375291234567'],
    ['067 123 4567', 'UA', '+380671234567'],
    ['+380 67 123 4567', 'RU', '+380671234567'],
    ['+998 90 123 45 67', 'RU', '+998901234567'],
    ['90 123 45 67', 'UZ', '+998901234567'],
    ['+374 91 123456', 'RU', '+37491123456'],
    ['+995 555 12 34 56', 'RU', '+995555123456'],
    ['+371 2123 4567', 'RU', '+37121234567'],
    ['+370 612 34567', 'RU', '+37061234567'],
    ['+372 5123 4567', 'RU', '+37251234567'],
    ['+49 30 1234567', 'RU', '+49301234567'],
    ['(555) 123-4567', 'US', '+15551234567'],
    ['1 555 123 4567', 'US', '+15551234567'],
    ['+1 415 555 0101', 'RU', '+14155550101'],
    ['+972 50-123-4567', 'RU', '+972501234567'],
    ['+90 532 123 45 67', 'RU', '+905321234567'],
    ['380671234567', 'RU', '+380671234567'],
  ])('%s (default %s) is %s', (raw, country, expected) => {
    expect(normalisePhone(raw, country)).toBe(expected);
  });

  test.each([
    ['', 'empty'], ['123', 'too short'], ['+7 916 123', 'truncated'], ['+7 916 123 45 67 89', 'too long'],
    ['8 916 123 45 678', 'one digit too many'], ['n/a', 'text'], ['+7 916 CALL-ME', 'letters'],
    ['+1 555 123 456', 'US number one digit short'], ['+0 123 456 789', 'no country code starts with 0'],
  ])('refuses %j (%s)', (raw) => {
    expect(normalisePhone(raw, 'RU')).toBeUndefined();
  });

  test('a normalised number normalises to itself whatever the default country', () => {
    fc.assert(fc.property(
      fc.constantFrom(...PHONE_COUNTRIES), fc.constantFrom(...PHONE_COUNTRIES),
      fc.stringMatching(/^[0-9 ()+-]{0,20}$/),
      (home, other, raw) => {
        const once = normalisePhone(raw, home);
        if (once === undefined) return;
        expect(once).toMatch(/^\+[1-9]\d{7,14}$/);
        expect(normalisePhone(once, other)).toBe(once);
      },
    ));
  });

  test('reads a plainly written number without regular expressions exactly as it reads any cell', () => {
    const pieces = ['8', '9', '0', '1', '7', ' ', '+', '(', ')', '-', '.', '/', "'", 'tel:', 'x', '#', 'доб. ', '\u00a0', ',', '00', '810'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
      const s = parts.join('');
      const plain = plainPhone(s);
      if (plain !== undefined) expect(cleanPhone(s)).toEqual(plain);
    }), { numRuns: 2000 });
    expect(plainPhone(' +7 (916) 123-45-67')).toEqual({ digits: '79161234567', international: true });
    expect(plainPhone('8 916 123-45-67 доб. 12')).toBeUndefined();
  });
});
