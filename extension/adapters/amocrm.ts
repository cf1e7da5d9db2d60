/** amoCRM and Kommo (the same product): contact cards and lead cards with their linked contacts. */
import { queryFirst, queryOne, readRecord } from './dom-find.ts';
import type { FoundCustomer, SiteAdapter } from './site-adapter.ts';

// A card's contact fields are inputs: the value is the identifier.
const EMAIL = [
  '.linked-form__field[data-pei-code="email"] input.control-phone__formatted, .linked-form__field[data-pei-code="email"] input[type="text"]', // Cards 2019+ (field code EMAIL)
  '.linked-form__field-email input[type="text"]', // Older cards (class per field type)
];
const PHONE = [
  '.linked-form__field[data-pei-code="phone"] input.control-phone__formatted', // Cards 2019+, formatted phone input
  '.linked-form__field[data-pei-code="phone"] input[type="text"]', // Cards 2019+, plain input
  '.linked-form__field-pei input[type="tel"]', // Older cards
];
const TITLE = [
  '.card-entity-form__name input', // Card name field, 2019+
  '.js-card-name', // Older cards
  'h1', // Fallback
];
const LINKED_TITLE = [
  '.linked-form__field-name input', // Lead card: a linked contact's name field
  '.linked-form__name', // Older lead cards
];
const CARD_ROOT = [
  '#card_holder', // The open card, every version since 2017
  '.card-holder', // Same, class only (Kommo)
  'body', // Fallback: the whole page
];
// A lead card lists its contacts, one form each, with the contact id.
const LINKED_CONTACTS = [
  '.linked-forms__group-wrapper_main .linked-forms__item[data-id]', // Lead card: the contacts block (2019+)
  '.js-linked-with-contacts .linked-forms__item[data-id]', // Older lead card
];

const CONTACT = /^\/contacts\/detail\/(\d+)/;
const LEAD = /^\/leads\/detail\/\d+/;

export const amocrm: SiteAdapter = {
  id: 'amocrm',
  name: 'amoCRM / Kommo',
  matches: ['https://*.amocrm.ru/*', 'https://*.amocrm.com/*', 'https://*.kommo.com/*'],
  include: [/^https:\/\/[\w-]+\.(?:amocrm\.(?:ru|com)|kommo\.com)\/(?:contacts|leads)\/detail\/\d+/],
  scan(document, url): FoundCustomer[] {
    const contact = CONTACT.exec(url.pathname);
    const card = queryOne(document, CARD_ROOT) ?? document;
    if (contact) {
      const found = readRecord(card, { email: EMAIL, phone: PHONE, title: TITLE }, `amocrm:${contact[1]}`);
      return found ? [found] : [];
    }
    if (LEAD.test(url.pathname)) {
      const out: FoundCustomer[] = [];
      for (const item of queryFirst(card, LINKED_CONTACTS)) {
        const id = item.getAttribute('data-id');
        const found = readRecord(item, { email: EMAIL, phone: PHONE, title: LINKED_TITLE }, id && /^\d+$/.test(id) ? `amocrm:${id}` : undefined);
        if (found) out.push(found);
      }
      return out;
    }
    return [];
  },
};

/*
Test URLs:
https://acme.amocrm.ru/contacts/detail/24681357
https://acme.amocrm.ru/leads/detail/13579246
https://acme.kommo.com/contacts/detail/24681357
https://acme.kommo.com/leads/detail/13579246
*/
