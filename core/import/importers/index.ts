import { amocrmContacts } from './amocrm-contacts.ts';
import { amocrmLeads } from './amocrm-leads.ts';
import { bitrix24Contacts } from './bitrix24-contacts.ts';
import { bitrix24Deals } from './bitrix24-deals.ts';
import { genericCustomers } from './generic-customers.ts';
import { genericOrders } from './generic-orders.ts';
import { hubspotContacts } from './hubspot-contacts.ts';
import { mailchimpAudience } from './mailchimp-audience.ts';
import { shopifyCustomers } from './shopify-customers.ts';
import { shopifyOrders } from './shopify-orders.ts';
import { woocommerceOrders } from './woocommerce-orders.ts';
import type { Importer } from './importer.ts';

/** Every importer; on equal detection scores the earlier one wins, so specific formats come first. */
export const IMPORTERS: readonly Importer[] = [
  shopifyOrders, shopifyCustomers, woocommerceOrders, bitrix24Contacts, bitrix24Deals, amocrmContacts, amocrmLeads,
  hubspotContacts, mailchimpAudience, genericOrders, genericCustomers,
];

export function importerById(id: string): Importer | undefined {
  return IMPORTERS.find((i) => i.id === id);
}

/** Importers that can read these headers, best first. */
export function rankImporters(headers: readonly string[]): { importer: Importer; score: number }[] {
  return IMPORTERS.map((importer) => ({ importer, score: importer.detect(headers) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
}
