/** Pipedrive: person pages (the customer) and deal pages (the deal's contact person). */
import { queryOne, readRecord } from './dom-find.ts';
import type { FoundCustomer, SiteAdapter } from './site-adapter.ts';

const PERSON_ROOT = [
  '[data-testid="person-details-sidebar"]', // Person page, "Details" sidebar (2022+ layout)
  '.personDetails', // Person page before the 2022 redesign
];
const DEAL_PERSON_ROOT = [
  '[data-testid="deal-person-card"]', // Deal page 2022+: "Person" block in the left sidebar
  '.dealDetails .personCard', // Deal page before 2022
];
const EMAIL = [
  '[data-testid="email-field"] a[href^="mailto:"]', // Field row with a mailto link (2022+)
  '.fieldsList .email a', // Pre-2022 fields list
  'a[href^="mailto:"]', // Any mailto link in the block
];
const PHONE = [
  '[data-testid="phone-field"] a[href^="tel:"]', // 2022+
  '[data-testid="phone-field"] a[href^="callto:"]', // 2022+, with "call via Skype" on
  '.fieldsList .phone a', // Pre-2022
];
const TITLE = [
  '[data-testid="person-name"]', // Person name, 2022+ (also the link in a deal's person block)
  '.personName', // Pre-2022
  'h1', // Fallback: the page heading
];
const PERSON_LINK = [
  'a[href*="/person/"]', // Deal page: link from the person block to the person (every version)
];

const PERSON = /^\/person\/(\d+)/;
const DEAL = /^\/deal\/(\d+)/;

export const pipedrive: SiteAdapter = {
  id: 'pipedrive',
  name: 'Pipedrive',
  matches: ['https://*.pipedrive.com/*'],
  include: [/^https:\/\/[\w-]+\.pipedrive\.com\/(?:person|deal)\/\d+/],
  scan(document, url): FoundCustomer[] {
    const person = PERSON.exec(url.pathname);
    if (person) {
      const root = queryOne(document, PERSON_ROOT) ?? document;
      const found = readRecord(root, { email: EMAIL, phone: PHONE, title: TITLE }, `pipedrive:${person[1]}`);
      return found ? [found] : [];
    }
    if (DEAL.test(url.pathname)) {
      const root = queryOne(document, DEAL_PERSON_ROOT);
      if (!root) return [];
      const linked = PERSON.exec(new URL(queryOne(root, PERSON_LINK)?.getAttribute('href') ?? '/', url).pathname)?.[1];
      const found = readRecord(root, { email: EMAIL, phone: PHONE, title: [...TITLE, ...PERSON_LINK] }, linked ? `pipedrive:${linked}` : undefined);
      return found ? [found] : [];
    }
    return [];
  },
};

/*
Test URLs:
https://acme.pipedrive.com/person/1234
https://acme.pipedrive.com/deal/5678
*/
