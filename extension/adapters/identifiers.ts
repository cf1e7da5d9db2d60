/**
 * Emails and phone numbers in page text and links (issue #5, the generic adapter and every CRM adapter).
 * Pure: no DOM, so it is unit-tested without one. The background normalises phones the way imports do;
 * here a phone is only cleaned to `+` and digits.
 */

// Unicode letters too: Cyrillic mailboxes and domains (пример@почта.рф) occur in Russian CRMs.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Whole-string forms without the g flag: exec on a global regex moves its lastIndex, which matchAll then
// inherits, so the global ones are only ever used through matchAll.
const ONE_EMAIL = new RegExp(`^${EMAIL.source}$`, 'u');

// A run of digits with the separators people type: +7 (912) 345-67-89, 8 912 345 67 89, +44 20 7946 0958.
// Not preceded or followed by a word character, so ids, amounts and dates inside longer tokens are skipped.
const PHONE = /(?<![\p{L}\p{N}_+@.])(?:\+\s?)?(?:\(\d{1,5}\)|\d{1,5})(?:[\s.\-\u00a0]?(?:\(\d{1,5}\)|\d{1,5})){1,6}(?![\p{L}\p{N}_@])/gu;
const ONE_PHONE = new RegExp(`^${PHONE.source}$`, 'u');

const MIN_PHONE_DIGITS = 10;
const MAX_PHONE_DIGITS = 15;

/** The lower-cased email, or undefined when the text is not one email address. */
export function cleanEmail(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  return ONE_EMAIL.test(t) ? t : undefined;
}

/** `+` and digits of a phone number, or undefined when the text does not look like one phone number. */
export function cleanPhone(text: string): string | undefined {
  const t = text.trim();
  return ONE_PHONE.test(t) ? phoneDigits(t) : undefined;
}

function phoneDigits(raw: string): string | undefined {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < MIN_PHONE_DIGITS || digits.length > MAX_PHONE_DIGITS) return undefined;
  const plus = raw.trimStart().startsWith('+');
  const separated = /[\s().\-\u00a0]/.test(raw.trim());
  // An unseparated run of digits is a phone only in the Russian 11-digit form (7/8 + 10); anything else
  // (order numbers, INNs, timestamps) stays unbadged.
  if (!plus && !separated && !(digits.length === 11 && /^[78]/.test(digits))) return undefined;
  // Dates like 2024-01-15 12:30 never reach 10 digits; a grouped amount such as 1 234 567 890 would,
  // so a separated number needs the shape of a phone: a leading +, a bracketed code, or a 7/8 trunk prefix.
  if (!plus && separated && !/\(/.test(raw) && !/^[78]/.test(digits)) return undefined;
  return (plus ? '+' : '') + digits;
}

/** Every distinct email address in the text, lower-cased, in order of appearance. */
export function findEmails(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(EMAIL)) out.add(m[0].toLowerCase());
  return [...out];
}

/** Every distinct phone number in the text (cleaned), in order of appearance. */
export function findPhones(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(PHONE)) {
    const phone = phoneDigits(m[0]);
    if (phone) out.add(phone);
  }
  return [...out];
}

/** The address of a `mailto:` link (first recipient, without the query), or undefined. */
export function emailOfHref(href: string): string | undefined {
  if (!/^mailto:/i.test(href)) return undefined;
  let target = href.slice(7).split('?')[0].split(',')[0];
  try {
    target = decodeURIComponent(target);
  } catch {
    return undefined;
  }
  return cleanEmail(target);
}

/** The number of a `tel:` link, or undefined. */
export function phoneOfHref(href: string): string | undefined {
  if (!/^(tel|callto):/i.test(href)) return undefined;
  // Bitrix24 writes callto://+7…; Skype-style links callto:+7…
  let target = href.slice(href.indexOf(':') + 1).replace(/^\/\//, '').split(/[;?]/)[0];
  try {
    target = decodeURIComponent(target);
  } catch {
    return undefined;
  }
  // A tel: link is explicit: any 10–15 digits count, separated or not.
  const digits = target.replace(/\D/g, '');
  if (digits.length < MIN_PHONE_DIGITS || digits.length > MAX_PHONE_DIGITS) return undefined;
  return (target.trim().startsWith('+') ? '+' : '') + digits;
}
