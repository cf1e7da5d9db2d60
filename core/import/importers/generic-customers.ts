import { mapColumns } from '../column-map.ts';
import { readCustomerFile } from '../customer-reader.ts';
import { RejectLog } from '../rejects.ts';
import { CUSTOMER_SYNONYMS } from '../synonyms.ts';
import { looksLikeOrders } from './generic-orders.ts';
import type { Importer } from './importer.ts';

/** One customer per row, identified by a customer id, an email or a phone. */
export const genericCustomers: Importer = {
  id: 'generic-customers',
  label: 'Customers (CSV or JSON)',
  kind: 'customers',
  detect(headers) {
    const m = mapColumns(headers, 'customers', CUSTOMER_SYNONYMS);
    const identity = m.columns.some((c) => c.field === 'customerId' || c.field === 'email' || c.field === 'phone');
    if (!identity) return 0;
    return looksLikeOrders(headers) ? 0.1 : 0.4;
  },
  map: (headers) => mapColumns(headers, 'customers', CUSTOMER_SYNONYMS),
  read: (ctx) => readCustomerFile(ctx, new RejectLog(ctx.file)),
};
