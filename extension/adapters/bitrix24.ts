/** Bitrix24: CRM contact cards (the customer) and deal cards (the deal's client contacts). */
import { queryFirst, queryOne, readRecord } from './dom-find.ts';
import type { FoundCustomer, SiteAdapter } from './site-adapter.ts';

const EMAIL = [
  '.crm-entity-widget-content-block[data-cid="EMAIL"] a.crm-entity-widget-content-block-mutlifield-value', // Card 2018+ ("mutlifield" is Bitrix's own spelling)
  '.crm-entity-widget-content-block[data-cid="EMAIL"] a[href^="mailto:"]', // Same block, any link
];
const CLIENT_EMAIL = [
  '.crm-entity-widget-client-contact-email', // Deal card: client block, the contact's email
];
const PHONE = [
  '.crm-entity-widget-content-block[data-cid="PHONE"] a.crm-entity-widget-content-block-mutlifield-value', // Card 2018+
  '.crm-entity-widget-content-block[data-cid="PHONE"] a[href^="callto:"], .crm-entity-widget-content-block[data-cid="PHONE"] a[href^="tel:"]', // Same block, any call link
];
const CLIENT_PHONE = [
  '.crm-entity-widget-client-contact-phone', // Deal card: client block
];
const TITLE = [
  '#pagetitle', // Card opened as a page: the page title
  '.ui-side-panel-wrap-title-name', // Card opened in the side panel (slider)
];
const ROOT = [
  '.crm-entity-section', // Card body, 2018+
  '#workarea-content', // Portal work area (any card layout)
  'body', // Fallback: the whole page
];
const CLIENTS = [
  '.crm-entity-widget-client-block .crm-entity-widget-client-box', // Deal card 2018+: one box per contact
  '.crm-entity-widget-participants-block .crm-entity-widget-client-box', // Deal card, portals with the 2023 "participants" block
];
const CLIENT_LINK = [
  'a.crm-entity-widget-client-box-name[href*="/crm/contact/details/"]', // Deal card client box: the contact's name link
  'a[href*="/crm/contact/details/"]', // Any link to the contact in the box (older layouts)
];

const CONTACT = /\/crm\/contact\/details\/(\d+)/;
const DEAL = /\/crm\/deal\/details\/\d+/;

export const bitrix24: SiteAdapter = {
  id: 'bitrix24',
  name: 'Bitrix24',
  matches: ['https://*.bitrix24.ru/*', 'https://*.bitrix24.com/*', 'https://*.bitrix24.by/*', 'https://*.bitrix24.kz/*'],
  // Cards open in a side panel (an iframe of the same URL with ?IFRAME=Y): the script must run in frames.
  include: [/^https:\/\/[\w-]+\.bitrix24\.(?:ru|com|by|kz)\/crm\/(?:contact|deal)\/details\/\d+/],
  scan(document, url): FoundCustomer[] {
    const contact = CONTACT.exec(url.pathname);
    const root = queryOne(document, ROOT) ?? document;
    if (contact) {
      const found = readRecord(root, { email: EMAIL, phone: PHONE, title: TITLE }, `bitrix24:${contact[1]}`);
      return found ? [found] : [];
    }
    if (DEAL.test(url.pathname)) {
      const out: FoundCustomer[] = [];
      for (const box of queryFirst(root, CLIENTS)) {
        const href = queryOne(box, CLIENT_LINK)?.getAttribute('href') ?? '';
        const id = CONTACT.exec(href)?.[1];
        const found = readRecord(box, { email: CLIENT_EMAIL, phone: CLIENT_PHONE, title: CLIENT_LINK }, id ? `bitrix24:${id}` : undefined);
        if (found) out.push(found);
      }
      return out;
    }
    return [];
  },
};

/*
Test URLs:
https://acme.bitrix24.ru/crm/contact/details/15/
https://acme.bitrix24.ru/crm/deal/details/7/
https://acme.bitrix24.com/crm/contact/details/15/?IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER
*/
