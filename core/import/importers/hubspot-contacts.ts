import { headerHits, mapColumns } from '../column-map.ts';
import { readCustomerFile } from '../customer-reader.ts';
import { RejectLog } from '../rejects.ts';
import { CUSTOMER_SYNONYMS } from '../synonyms.ts';
import type { SynonymTable } from '../column-map.ts';
import type { Importer } from './importer.ts';

const HUBSPOT: SynonymTable = [
  ['customerId', ['record id', 'contact id']],
  ['phone', ['phone number', 'mobile phone number']],
  ['signupDate', ['create date']],
  ['region', ['state/region']],
  ['country', ['country/region']],
];

const SIGNATURE = ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Contact owner', 'Last Activity Date',
  'Lead Status', 'Create Date', 'Lifecycle Stage', 'Associated Company', 'Marketing contact status'];

/** HubSpot contacts export: whatever properties the user chose; ids namespaced `hubspot:`. */
export const hubspotContacts: Importer = {
  id: 'hubspot-contacts',
  label: 'HubSpot contacts',
  kind: 'customers',
  dateOrder: 'iso',
  detect: (headers) => {
    const marker = headerHits(headers, ['Record ID', 'Contact owner', 'Lead Status', 'Lifecycle Stage', 'Marketing contact status']);
    return marker >= 2 ? 0.6 + 0.35 * Math.min(1, headerHits(headers, SIGNATURE) / 8) : 0;
  },
  map: (headers) => mapColumns(headers, 'customers', [...HUBSPOT, ...CUSTOMER_SYNONYMS]),
  read: (ctx) => readCustomerFile(ctx, new RejectLog(ctx.file), { idPrefix: 'hubspot:' }),
};
