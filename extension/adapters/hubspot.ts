/** HubSpot: contact records (the customer) and company records (their associated contacts). */
import { readRecord, readRows, queryOne } from './dom-find.ts';
import type { FoundCustomer, SiteAdapter } from './site-adapter.ts';

const EMAIL = [
  '[data-test-id="record-highlight-email"] a[href^="mailto:"]', // Record page 2023+ (record/0-1): highlight card under the name
  '[data-selenium-test="property-input-email"]', // "About this contact" property list, 2021–2024
  '[data-selenium-test="contact-chicklet-email"]', // Legacy contact page (/contact/<id>/), before record/0-1 URLs
];
const PHONE = [
  '[data-test-id="record-highlight-phone"] a[href^="tel:"]', // Record page 2023+: highlight card
  '[data-selenium-test="property-input-phone"]', // "About this contact" property list
  '[data-selenium-test="property-input-mobilephone"]', // Same list, the mobile phone property
];
const TITLE = [
  '[data-selenium-test="highlightTitle"]', // Record page header, every version since 2019
  'h1', // Fallback: the page title heading
];
const ASSOCIATED_ROWS = [
  '[data-test-id="association-card-contacts"] [data-test-id="association-card-row"]', // Company record 2023+: "Contacts" card in the right sidebar
  '[data-selenium-test="association-card-contacts"] li', // Company record 2020–2022
];
const ROW_EMAIL = [
  'a[href^="mailto:"]', // Association card row: the contact's email link (2020+)
  '[data-test-id="association-email"]', // Same row when the email is plain text (no mail integration)
];
const ROW_PHONE = [
  'a[href^="tel:"]', // Association card row: the contact's phone (calling enabled)
];
const ROW_LINK = [
  'a[href*="/record/0-1/"]', // Link to the contact record, 2023+ URLs
  'a[href*="/contact/"]', // Link to the contact record, legacy URLs
];

const CONTACT = /\/(?:record\/0-1|contact)\/(\d+)/;
const COMPANY = /\/(?:record\/0-2|company)\/(\d+)/;
const ROOT = [
  '[data-test-id="record-page"]', // Record page container, 2023+
  'main', // Any version: the main landmark
  'body', // Fallback: the whole page
];

export const hubspot: SiteAdapter = {
  id: 'hubspot',
  name: 'HubSpot',
  matches: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
  include: [/^https:\/\/app(?:-eu1)?\.hubspot\.com\/contacts\/\d+\/(?:record\/0-[12]|contact|company)\/\d+/],
  scan(document, url): FoundCustomer[] {
    const root = queryOne(document, ROOT) ?? document;
    const contact = CONTACT.exec(url.pathname);
    if (contact) {
      const found = readRecord(root, { email: EMAIL, phone: PHONE, title: TITLE }, `hubspot:${contact[1]}`);
      return found ? [found] : [];
    }
    if (COMPANY.test(url.pathname)) {
      return readRows(root, ASSOCIATED_ROWS, { email: ROW_EMAIL, phone: ROW_PHONE, title: ROW_LINK }, (row) => {
        const href = queryOne(row, ROW_LINK)?.getAttribute('href') ?? '';
        const id = CONTACT.exec(href)?.[1];
        return id ? `hubspot:${id}` : undefined;
      });
    }
    return [];
  },
};

/*
Test URLs:
https://app.hubspot.com/contacts/2345678/record/0-1/51234567890
https://app-eu1.hubspot.com/contacts/2345678/record/0-1/51234567890
https://app.hubspot.com/contacts/2345678/contact/51234567890/
https://app.hubspot.com/contacts/2345678/record/0-2/9876543210
https://app.hubspot.com/contacts/2345678/company/9876543210/
*/
