import { firstEmail, firstPhone } from '../export-column.ts';
import type { ExportPreset } from '../export-column.ts';

/** Every useful column, for a spreadsheet or another tool: profile, contacts, tags, RFM. */
export const genericPreset: ExportPreset = {
  id: 'generic',
  label: 'All columns',
  columns: [
    { header: 'id', kind: 'text', value: (r) => r.customer.id },
    { header: 'first_name', kind: 'text', value: (r) => r.customer.firstName },
    { header: 'last_name', kind: 'text', value: (r) => r.customer.lastName },
    { header: 'middle_name', kind: 'text', value: (r) => r.customer.middleName },
    { header: 'email', kind: 'text', value: (r) => firstEmail(r.customer) },
    { header: 'phone', kind: 'phone', value: (r) => firstPhone(r.customer) },
    { header: 'birth_date', kind: 'text', value: (r) => r.customer.birthDate },
    { header: 'gender', kind: 'text', value: (r) => r.customer.gender },
    { header: 'city', kind: 'text', value: (r) => r.customer.city },
    { header: 'region', kind: 'text', value: (r) => r.customer.region },
    { header: 'country', kind: 'text', value: (r) => r.customer.country },
    { header: 'language', kind: 'text', value: (r) => r.customer.language },
    { header: 'tags', kind: 'text', value: (r) => r.tags.join(', ') || undefined },
    { header: 'consent', kind: 'text', value: (r) => (r.customer.consent === undefined ? undefined : r.customer.consent ? 'yes' : 'no') },
    { header: 'orders', kind: 'integer', value: (r) => r.rfm?.orders },
    { header: 'total_spent', kind: 'money', value: (r) => r.rfm?.spentMinor },
    { header: 'first_order', kind: 'text', value: (r) => r.rfm?.firstOrder },
    { header: 'last_order', kind: 'text', value: (r) => r.rfm?.lastOrder },
    { header: 'r', kind: 'integer', value: (r) => r.rfm?.r || undefined },
    { header: 'f', kind: 'integer', value: (r) => r.rfm?.f || undefined },
    { header: 'm', kind: 'integer', value: (r) => r.rfm?.m || undefined },
    { header: 'segment', kind: 'text', value: (r) => r.rfm?.segment },
  ],
};
