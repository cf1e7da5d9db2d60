/** Zoho CRM: Contacts, Leads and Accounts detail pages (every data centre). */
import { queryOne, readRecord } from './dom-find.ts';
import type { FoundCustomer, SiteAdapter } from './site-adapter.ts';

const ROOT = [
  '#detailView', // Classic UI detail view
  'crm-detail-view', // "Canvas"/NextGen UI (2023+) detail component
  'body', // Fallback: the whole page
];
const EMAIL = [
  '[data-zcqa="value_Email"] a[href^="mailto:"]', // NextGen UI: field value with the QA id
  '#value_Email a', // Classic UI (ids per field API name)
  '#value_Email', // Classic UI, read-only text
  '#subvalue_EMAIL', // Pre-2019 layout
];
const PHONE = [
  '[data-zcqa="value_Phone"] a[href^="tel:"]', // NextGen UI
  '[data-zcqa="value_Mobile"] a[href^="tel:"]', // NextGen UI, mobile
  '#value_Phone', // Classic UI
  '#value_Mobile', // Classic UI, mobile
];
const TITLE = [
  '[data-zcqa="detailView_recordName"]', // NextGen UI record name
  '#subvalue_FULLNAME', // Classic UI, Contacts and Leads
  '.dv_info_value', // Classic UI header value (Accounts)
  'h1', // Fallback
];

const RECORD = /\/crm\/(?:org\d+\/)?tab\/(?:Contacts|Leads|Accounts)\/(\d+)/;

export const zoho: SiteAdapter = {
  id: 'zoho',
  name: 'Zoho CRM',
  matches: ['https://crm.zoho.com/*', 'https://crm.zoho.eu/*', 'https://crm.zoho.in/*', 'https://crm.zoho.com.au/*'],
  include: [/^https:\/\/crm\.zoho\.(?:com|eu|in|com\.au)\/crm\/(?:org\d+\/)?tab\/(?:Contacts|Leads|Accounts)\/\d+/],
  scan(document, url): FoundCustomer[] {
    const id = RECORD.exec(url.pathname)?.[1];
    if (!id) return [];
    const root = queryOne(document, ROOT) ?? document;
    const found = readRecord(root, { email: EMAIL, phone: PHONE, title: TITLE }, `zoho:${id}`);
    return found ? [found] : [];
  },
};

/*
Test URLs:
https://crm.zoho.com/crm/org700123456/tab/Contacts/5123456000000234567
https://crm.zoho.eu/crm/org20071234/tab/Leads/6123456000000345678
https://crm.zoho.com/crm/tab/Accounts/5123456000000456789
*/
