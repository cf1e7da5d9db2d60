import { isoOfDay } from '../model/dates.ts';
import { normalisePhone } from './phone.ts';
import { parseDate, parseDateTime } from './values.ts';
import type { DateOrder } from './types.ts';

/** Trimmed, without the leading `'` that Excel and Shopify put before ids, zips and phones. */
export const cleanId = (s: string): string => s.trim().replace(/^'+/, '').trim();

/** A trailing zone (`-0700`, `+03:00`, `UTC`, `Z`) is dropped: times stay wall-clock as written. */
export const withoutZone = (s: string): string => s.trim().replace(/(?:\s*(?:[+-]\d{2}:?\d{2}|UTC|GMT|Z))$/i, '');

/** Wall-clock seconds since 1970 of a date or date-time cell; NaN when it is not one. */
export function timeOf(s: string, order: DateOrder): number {
  const t = withoutZone(s);
  const v = parseDateTime(t, order);
  if (Number.isFinite(v)) return v;
  const d = parseDate(t, order);
  return Number.isFinite(d) ? d * 86400 : NaN;
}

/** `YYYY-MM-DD` of a date (or date-time) cell, or undefined. */
export function isoDateOf(s: string, order: DateOrder): string | undefined {
  const t = timeOf(s, order);
  return Number.isFinite(t) ? isoOfDay(Math.floor(t / 86400)) : undefined;
}

const EMAIL = /^[^\s@"'<>(),;]+@[^\s@"'<>(),;]+\.[^\s@"'<>(),;]+$/;

/** Emails in a cell (several may be separated by `,`, `;` or spaces): valid ones and the rest. */
export function emailsOf(s: string): { valid: string[]; invalid: string[] } {
  const plain = plainEmail(s);
  return plain !== undefined ? { valid: [plain], invalid: [] } : splitEmails(s);
}

/** emailsOf for any cell: split, cleaned and matched by regular expressions. */
export function splitEmails(s: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [], invalid: string[] = [];
  for (const part of s.split(/[,;\s]+/)) {
    const e = part.trim().replace(/^mailto:/i, '').replace(/^<(.*)>$/, '$1').toLowerCase();
    if (e === '') continue;
    (EMAIL.test(e) ? valid : invalid).push(e);
  }
  return { valid, invalid };
}

/**
 * The cell lower-cased when it is one email written plainly (printable ASCII without spaces,
 * separators, quotes, brackets or `:`; one `@`; a dot inside the domain), the common case that
 * emailsOf would otherwise split, clean and match by regular expressions; else undefined.
 */
export function plainEmail(s: string): string | undefined {
  const n = s.length;
  let at = -1, dot = -1, upper = false;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c <= 0x20 || c >= 0x7f) return undefined;
    switch (c) {
      case 0x40: // @
        if (at >= 0) return undefined;
        at = k;
        break;
      case 0x2e: // .
        if (at >= 0 && k > at + 1 && k < n - 1) dot = k;
        break;
      case 0x22: case 0x27: case 0x3c: case 0x3e: case 0x28: case 0x29: case 0x2c: case 0x3b: case 0x3a: // " ' < > ( ) , ; :
        return undefined;
      default:
        if (c >= 0x41 && c <= 0x5a) upper = true;
    }
  }
  if (at < 1 || dot < 0) return undefined;
  return upper ? s.toLowerCase() : s;
}

/** Phones in a cell (several may be separated by `,` or `;`), normalised to E.164. */
export function phonesOf(s: string, country: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [], invalid: string[] = [];
  for (const part of s.includes(',') || s.includes(';') ? s.split(/[,;]+/) : [s]) {
    if (part.trim() === '') continue;
    const p = normalisePhone(part, country);
    if (p) valid.push(p); else invalid.push(part.trim());
  }
  return { valid, invalid };
}

/** Tags from `a|b`, `a, b` or `a;b`, trimmed and de-duplicated. */
export function tagsOf(s: string): string[] {
  return s.split(/[|,;]/).map((t) => t.trim().replace(/^"(.*)"$/, '$1').trim()).filter((t) => t !== '');
}

const MALE = new Set(['m', 'male', 'man', 'м', 'муж', 'мужской', 'мужчина']);
const FEMALE = new Set(['f', 'female', 'woman', 'ж', 'жен', 'женский', 'женщина']);

export function genderOf(s: string): 'M' | 'F' | undefined {
  const t = s.trim().toLowerCase().replace(/\.$/, '');
  return MALE.has(t) ? 'M' : FEMALE.has(t) ? 'F' : undefined;
}

const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  россия: 'RU', 'российская федерация': 'RU', russia: 'RU', 'russian federation': 'RU', рф: 'RU',
  казахстан: 'KZ', kazakhstan: 'KZ', беларусь: 'BY', белоруссия: 'BY', belarus: 'BY', украина: 'UA', ukraine: 'UA',
  узбекистан: 'UZ', uzbekistan: 'UZ', армения: 'AM', armenia: 'AM', грузия: 'GE', georgia: 'GE',
  латвия: 'LV', latvia: 'LV', литва: 'LT', lithuania: 'LT', эстония: 'EE', estonia: 'EE',
  германия: 'DE', germany: 'DE', 'united kingdom': 'GB', великобритания: 'GB', uk: 'GB',
  'united states': 'US', usa: 'US', сша: 'US', израиль: 'IL', israel: 'IL', турция: 'TR', turkey: 'TR', türkiye: 'TR',
  кыргызстан: 'KG', киргизия: 'KG', kyrgyzstan: 'KG', азербайджан: 'AZ', azerbaijan: 'AZ',
};

/** ISO 3166-1 alpha-2 when recognisable (`ru`, `Россия`, `UK`→`GB`), else as written. */
export function countryOf(s: string): string {
  const t = s.trim();
  const named = COUNTRY_NAMES[t.toLowerCase()];
  if (named) return named;
  return /^[A-Za-z]{2}$/.test(t) ? t.toUpperCase() : t;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»' };

/** `&quot;` → `"`, `&#39;` → `'` (amoCRM exports HTML-escaped values). */
export function unescapeHtml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Splits "First Last" (or "Фамилия Имя Отчество" when `lastFirst`) into name parts. */
export function splitName(full: string, lastFirst: boolean): { firstName?: string; lastName?: string; middleName?: string } {
  const parts = full.trim().split(/\s+/).filter((p) => p !== '');
  if (parts.length === 0) return {};
  if (lastFirst) {
    return parts.length === 1 ? { lastName: parts[0] } : { lastName: parts[0], firstName: parts[1], middleName: parts.slice(2).join(' ') || undefined };
  }
  return parts.length === 1 ? { firstName: parts[0] } : { firstName: parts[0], lastName: parts.slice(1).join(' ') };
}
