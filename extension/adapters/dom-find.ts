/**
 * Helpers every adapter uses to read identifiers out of the DOM with selector lists: the first selector
 * that finds something wins, so an older or newer layout only needs one more entry in the list.
 */
import type { CustomerKeys } from '../messages.ts';
import { cleanEmail, cleanPhone, emailOfHref, findEmails, findPhones, phoneOfHref } from './identifiers.ts';
import type { FoundCustomer } from './site-adapter.ts';

/** Elements of the first selector in the list that matches any (invalid selectors are skipped). */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    let found: NodeListOf<Element>;
    try {
      found = root.querySelectorAll(selector);
    } catch {
      continue; // A user-supplied selector may be invalid; the built-in ones are tested.
    }
    if (found.length > 0) return [...found];
  }
  return [];
}

/** The first element of the first matching selector, or null. */
export function queryOne(root: ParentNode, selectors: readonly string[]): Element | null {
  return queryFirst(root, selectors)[0] ?? null;
}

/** An email read from an element: a `mailto:` href, an `email` attribute (Gmail), a form value, or its text. */
export function emailOf(el: Element): string | undefined {
  const href = el.getAttribute('href');
  const fromHref = href ? emailOfHref(href) : undefined;
  if (fromHref) return fromHref;
  const attr = el.getAttribute('email') ?? el.getAttribute('data-email') ?? el.getAttribute('data-hovercard-id');
  const fromAttr = attr ? cleanEmail(attr) : undefined;
  if (fromAttr) return fromAttr;
  if (el instanceof HTMLInputElement) return cleanEmail(el.value);
  return findEmails(el.textContent ?? '')[0];
}

/** A phone read from an element: a `tel:`/`callto:` href, a form value, or its text. */
export function phoneOf(el: Element): string | undefined {
  const href = el.getAttribute('href');
  const fromHref = href ? phoneOfHref(href) : undefined;
  if (fromHref) return fromHref;
  if (el instanceof HTMLInputElement) return cleanPhone(el.value);
  return findPhones(el.textContent ?? '')[0];
}

export interface RecordSelectors {
  /** Where the record's email is, in order of preference. */
  email?: readonly string[];
  /** Where the record's phone is. */
  phone?: readonly string[];
  /** Where the badge goes when neither email nor phone is shown (the record's title). */
  title?: readonly string[];
}

/**
 * One customer from a record page (or one row of a list): every email and phone the selectors find,
 * the CRM id when known; the badge goes after the first email, else the first phone, else the title.
 */
export function readRecord(root: ParentNode, selectors: RecordSelectors, id?: string): FoundCustomer | undefined {
  const emailEls = selectors.email ? queryFirst(root, selectors.email) : [];
  const phoneEls = selectors.phone ? queryFirst(root, selectors.phone) : [];
  const emails = unique(emailEls.map(emailOf));
  const phones = unique(phoneEls.map(phoneOf));
  const keys: CustomerKeys = {};
  if (emails.length) keys.emails = emails.slice(0, 20);
  if (phones.length) keys.phones = phones.slice(0, 20);
  if (id) keys.ids = [id];
  if (!keys.emails && !keys.phones && !keys.ids) return undefined;
  const anchor =
    emailEls.find((e) => emailOf(e)) ?? phoneEls.find((e) => phoneOf(e)) ?? (selectors.title ? queryOne(root, selectors.title) : null);
  return anchor ? { anchor, keys } : undefined;
}

/** Several customers, one per row of a list or one per card on a board. */
export function readRows(root: ParentNode, rows: readonly string[], selectors: RecordSelectors, idOf?: (row: Element) => string | undefined): FoundCustomer[] {
  const out: FoundCustomer[] = [];
  for (const row of queryFirst(root, rows)) {
    const found = readRecord(row, selectors, idOf?.(row));
    if (found) out.push(found);
  }
  return out;
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}
