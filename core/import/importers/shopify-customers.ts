import { headerHits, mapColumns } from '../column-map.ts';
import { readCustomerFile } from '../customer-reader.ts';
import { RejectLog } from '../rejects.ts';
import { CUSTOMER_SYNONYMS } from '../synonyms.ts';
import type { SynonymTable } from '../column-map.ts';
import type { Importer } from './importer.ts';

const SHOPIFY: SynonymTable = [
  ['customerId', ['customer id']],
  ['consent', ['accepts email marketing', 'accepts marketing']],
  ['phone', ['phone', 'default address phone']],
  ['city', ['default address city']],
  ['region', ['default address province code']],
  ['country', ['default address country code']],
];

const SIGNATURE = ['Customer ID', 'First Name', 'Last Name', 'Email', 'Accepts Email Marketing', 'Accepts Marketing',
  'Default Address City', 'Default Address Country Code', 'Default Address Zip', 'Total Spent', 'Total Orders', 'Tax Exempt',
  'Accepts SMS Marketing'];

/**
 * Shopify `customers_export.csv`, old (`Accepts Marketing`, no `Customer ID`) and new layouts.
 * Ids are namespaced `shopify:`; `Total Spent`, `Note`, … are kept as attributes.
 */
export const shopifyCustomers: Importer = {
  id: 'shopify-customers',
  label: 'Shopify customers',
  kind: 'customers',
  dateOrder: 'iso',
  detect: (headers) => {
    const hits = headerHits(headers, SIGNATURE);
    const marker = headerHits(headers, ['Accepts Email Marketing', 'Accepts Marketing', 'Total Spent', 'Tax Exempt', 'Default Address City']);
    return hits >= 5 && marker >= 2 ? 0.6 + 0.4 * Math.min(1, hits / 10) : 0;
  },
  map: (headers) => mapColumns(headers, 'customers', [...SHOPIFY, ...CUSTOMER_SYNONYMS]),
  read: (ctx) => readCustomerFile(ctx, new RejectLog(ctx.file), { idPrefix: 'shopify:' }),
};
