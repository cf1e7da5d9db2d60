import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanEmail, cleanPhone, emailOfHref, findEmails, findPhones, phoneOfHref } from '../../extension/adapters/identifiers.ts';

describe('emails in text', () => {
  it('finds every distinct address, lower-cased, in order', () => {
    expect(findEmails('From Anna.Petrova@Example.com to boris@example.ru, cc anna.petrova@example.com')).toEqual(['anna.petrova@example.com', 'boris@example.ru']);
  });

  it('finds Cyrillic addresses and addresses in angle brackets or punctuation', () => {
    expect(findEmails('Клиент: <иван@почта.рф>; (sales+crm@shop.co.uk).')).toEqual(['иван@почта.рф', 'sales+crm@shop.co.uk']);
  });

  it('ignores text that only looks like an address', () => {
    expect(findEmails('user@localhost, @handle, a@b, price 10@20.5')).toEqual([]);
  });

  it('finds any generated address embedded in surrounding text', () => {
    const local = fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,15}$/);
    const domain = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}\.[a-z]{2,6}$/);
    fc.assert(
      fc.property(local, domain, fc.constantFrom(' ', ': ', '(', '<', '\n'), (l, d, before) => {
        const email = `${l}@${d}`;
        expect(findEmails(`Contact${before}${email} today`)).toContain(email);
      }),
    );
  });

  it('cleanEmail accepts one address only', () => {
    expect(cleanEmail('  Anna@Example.com ')).toBe('anna@example.com');
    expect(cleanEmail('anna@example.com, boris@example.com')).toBeUndefined();
    expect(cleanEmail('Anna Petrova')).toBeUndefined();
  });

  it('reading a whole address does not disturb the next search in running text', () => {
    expect(cleanEmail('first.customer@example.com')).toBeDefined();
    expect(findEmails('x@example.com')).toEqual(['x@example.com']);
  });
});

describe('phones in text', () => {
  it('finds Russian numbers in every common spelling, as + and digits', () => {
    expect(findPhones('Тел.: +7 (912) 345-67-89, 8 912 345 67 89, 89123456789, +7-903-555-01-02')).toEqual(['+79123456789', '89123456789', '+79035550102']);
  });

  it('finds international numbers with a leading plus', () => {
    expect(findPhones('London +44 20 7946 0958, Berlin +49 30 901820')).toEqual(['+442079460958', '+4930901820']);
  });

  it('does not take dates, times, amounts, order numbers or tax ids for phones', () => {
    expect(findPhones('Order #1042 of 2026-11-02 12:30, total 12 500,00 ₽, INN 7707083893, id 123456789012, 1 234 567 890')).toEqual([]);
  });

  it('does not read digits out of emails, words or longer numbers', () => {
    expect(findPhones('user89123456789@example.com abc+79123456789 791234567890123456')).toEqual([]);
  });

  it('cleanPhone accepts one phone only', () => {
    expect(cleanPhone(' +7 912 345-67-89 ')).toBe('+79123456789');
    expect(cleanPhone('+7 912 345-67-89, +7 903 555-01-02')).toBeUndefined();
    expect(cleanPhone('12 500,00')).toBeUndefined();
  });
});

describe('mailto: and tel: links', () => {
  it('reads the first recipient of a mailto: link, decoded, without its query', () => {
    expect(emailOfHref('mailto:Anna.Petrova%40example.com?subject=Hi')).toBe('anna.petrova@example.com');
    expect(emailOfHref('MAILTO:a@example.com,b@example.com')).toBe('a@example.com');
    expect(emailOfHref('https://example.com')).toBeUndefined();
    expect(emailOfHref('mailto:%E0%A4%A')).toBeUndefined();
  });

  it('reads tel:, callto: and Bitrix24 callto:// links, with any separators', () => {
    expect(phoneOfHref('tel:+7-903-555-01-02')).toBe('+79035550102');
    expect(phoneOfHref('callto://+79123456789')).toBe('+79123456789');
    expect(phoneOfHref('tel:4420794609;ext=12')).toBe('4420794609');
    expect(phoneOfHref('tel:112')).toBeUndefined();
    expect(phoneOfHref('sms:+79123456789')).toBeUndefined();
  });
});
