/**
 * Every site adapter (issue #5). The options page lists them with their host patterns and requests
 * those as optional host permissions; the content script picks the adapter for the page's host.
 */
import { amocrm } from './amocrm.ts';
import { bitrix24 } from './bitrix24.ts';
import { gmail } from './gmail.ts';
import { hubspot } from './hubspot.ts';
import { pipedrive } from './pipedrive.ts';
import { salesforce } from './salesforce.ts';
import type { SiteAdapter } from './site-adapter.ts';
import { matchesAny } from './url-match.ts';
import { zoho } from './zoho.ts';

export type { FoundCustomer, SiteAdapter } from './site-adapter.ts';
export { genericAdapter } from './generic.ts';

/** The CRM adapters, in the order the options page shows them. */
export const adapters: readonly SiteAdapter[] = [hubspot, salesforce, pipedrive, amocrm, bitrix24, zoho, gmail];

/** Every host pattern the CRM adapters need (for the manifest's optional_host_permissions). */
export const adapterHosts: readonly string[] = [...new Set(adapters.flatMap((a) => a.matches))];

/** The CRM adapter responsible for the URL's host, or undefined for another site (the generic adapter's). */
export function adapterForHost(url: URL): SiteAdapter | undefined {
  return adapters.find((a) => matchesAny(a.matches, url));
}
