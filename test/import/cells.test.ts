import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cleanId, countryOf, emailsOf, genderOf, plainEmail, splitEmails, splitName, tagsOf, unescapeHtml, withoutZone } from '../../core/import/cells.ts';

describe('cell helpers', () => {
  test("cleanId trims and drops Excel's leading apostrophe", () => {
    expect(cleanId("  '5500000001 ")).toBe('5500000001');
    expect(cleanId('#1001')).toBe('#1001');
  });

  test('withoutZone keeps the wall-clock time and drops the offset', () => {
    expect(withoutZone('2026-05-12 12:54:07 -0700')).toBe('2026-05-12 12:54:07');
    expect(withoutZone('2026-05-12T12:54:07+03:00')).toBe('2026-05-12T12:54:07');
    expect(withoutZone('2026-05-12 12:54 UTC')).toBe('2026-05-12 12:54');
  });

  test('emailsOf lower-cases, splits several addresses and sets the invalid ones apart', () => {
    expect(emailsOf(' Anna@Example.COM; b@example.org ,n/a')).toEqual({ valid: ['anna@example.com', 'b@example.org'], invalid: ['n/a'] });
  });

  test('emailsOf reads a plainly written email without regular expressions exactly as it reads any cell', () => {
    const pieces = ['a', 'Z', '0', '.', '@', '-', '_', '+', ' ', ',', ';', ':', 'mailto:', '<', '>', '"', "'", '(', 'ё', '\u00a0', 'x.ru', 'MAILTO:'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
      const s = parts.join('');
      const plain = plainEmail(s);
      if (plain !== undefined) expect(splitEmails(s)).toEqual({ valid: [plain], invalid: [] });
    }), { numRuns: 2000 });
    expect(plainEmail('Anna.K@Example.com')).toBe('anna.k@example.com');
    expect(emailsOf('mailto:a@x.ru')).toEqual({ valid: ['a@x.ru'], invalid: [] });
  });

  test('tagsOf splits on | , and ; and trims', () => {
    expect(tagsOf('sport|health')).toEqual(['sport', 'health']);
    expect(tagsOf('"newsletter","vip"')).toEqual(['newsletter', 'vip']);
    expect(tagsOf(' vip, опт ;')).toEqual(['vip', 'опт']);
  });

  test('genderOf understands English and Russian', () => {
    expect(['M', 'male', 'Муж.', 'ж', 'Female', 'x'].map(genderOf)).toEqual(['M', 'M', 'M', 'F', 'F', undefined]);
  });

  test('countryOf gives ISO-2 codes for names and UK', () => {
    expect(['ru', 'Россия', 'United Kingdom', 'UK', 'Atlantis'].map(countryOf)).toEqual(['RU', 'RU', 'GB', 'GB', 'Atlantis']);
  });

  test('unescapeHtml decodes named and numeric entities and leaves the rest', () => {
    expect(unescapeHtml('ООО &quot;Ромашка&quot; &amp; &#39;Лютик&#x27; &laquo;x&raquo; AT&T')).toBe('ООО "Ромашка" & \'Лютик\' «x» AT&T');
  });

  test('splitName reads "First Last" and "Фамилия Имя Отчество"', () => {
    expect(splitName('Anna Maria Smith', false)).toEqual({ firstName: 'Anna', lastName: 'Maria Smith' });
    expect(splitName('Иванов Иван Иванович', true)).toEqual({ lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович' });
    expect(splitName('Cher', false)).toEqual({ firstName: 'Cher' });
  });
});
