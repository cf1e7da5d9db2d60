/** How identifiers become snapshot keys, the same way when the snapshot is built and when a page asks. */
import { normalisePhone } from '../../core/import/phone.ts';
import { KEY_EMAIL, KEY_ID, KEY_NAME, KEY_PHONE } from './snapshot-format.ts';

export const normaliseText = (s: string): string => s.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

export const emailKey = (email: string): string => KEY_EMAIL + email.trim().toLowerCase();
export const idKey = (id: string): string => KEY_ID + id.trim().toLowerCase();

/** Undefined when the text is not a plausible phone number. */
export function phoneKey(phone: string, defaultCountry: string): string | undefined {
  const e164 = normalisePhone(phone, defaultCountry);
  return e164 && KEY_PHONE + e164;
}

/** "Иван Петров" is found by "иван", "петров", "иван петров" and "петров иван". */
export function nameKeys(first: string | undefined, last: string | undefined): string[] {
  const f = normaliseText(first ?? '');
  const l = normaliseText(last ?? '');
  const keys = new Set<string>();
  if (f) keys.add(KEY_NAME + f);
  if (l) keys.add(KEY_NAME + l);
  if (f && l) {
    keys.add(`${KEY_NAME}${f} ${l}`);
    keys.add(`${KEY_NAME}${l} ${f}`);
  }
  return [...keys];
}
