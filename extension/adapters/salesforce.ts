/** Salesforce Lightning Experience: Contact, Lead and Account record pages. */
import { queryOne, readRecord } from './dom-find.ts';
import type { FoundCustomer, SiteAdapter } from './site-adapter.ts';

// Lightning keeps earlier records of the console in the DOM, hidden: read the active tab only.
const ROOT = [
  '.oneContent.active', // Standard navigation, every Lightning release since Winter '19
  '.split-right .oneWorkspace.active', // Console apps (Service Console): the focused workspace tab
  'one-record-home-flexipage2', // Record page component (Summer '20+), when the tab wrapper is missing
];
const EMAIL = [
  'records-highlights-details-item lightning-formatted-email a[href^="mailto:"]', // Highlights panel (compact layout)
  'records-record-layout-item[field-label="Email"] a[href^="mailto:"]', // Details tab, LWC record layout (Spring '21+)
  '.test-id__field-label-container + .test-id__field-value a[href^="mailto:"]', // Aura record layout (2018–2020)
];
const PHONE = [
  'records-highlights-details-item lightning-formatted-phone a[href^="tel:"]', // Highlights panel
  'records-record-layout-item[field-label="Phone"] a[href^="tel:"]', // Details tab (Contact, Lead, Account "Phone")
  'records-record-layout-item[field-label="Mobile"] a[href^="tel:"]', // Details tab, Contact and Lead "Mobile"
  '.test-id__field-value lightning-formatted-phone a', // Aura record layout
];
const TITLE = [
  'records-entity-label + slot lightning-formatted-name', // Highlights panel title (Contact, Lead)
  '.slds-page-header__title', // Any record page header (Account names are plain text)
  'h1', // Fallback
];

const RECORD = /\/lightning\/r\/(?:Contact|Lead|Account)\/(\w{15,18})\/view/;

export const salesforce: SiteAdapter = {
  id: 'salesforce',
  name: 'Salesforce',
  matches: ['https://*.lightning.force.com/*'],
  include: [/^https:\/\/[\w-]+(?:\.[\w-]+)*\.lightning\.force\.com\/lightning\/r\/(?:Contact|Lead|Account)\/\w{15,18}\/view/],
  scan(document, url): FoundCustomer[] {
    const id = RECORD.exec(url.pathname)?.[1];
    if (!id) return [];
    const root = queryOne(document, ROOT) ?? document;
    const found = readRecord(root, { email: EMAIL, phone: PHONE, title: TITLE }, `salesforce:${id}`);
    return found ? [found] : [];
  },
};

/*
Test URLs:
https://acme.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAV/view
https://acme.lightning.force.com/lightning/r/Lead/00Q5g00000XyZaBEAZ/view
https://acme--sandbox.sandbox.lightning.force.com/lightning/r/Account/0015g00000QwErTAAX/view
*/
