import { firstEmail, firstPhone, fullName } from '../export-column.ts';
import type { ExportPreset } from '../export-column.ts';

/**
 * SendPulse: no authoritative import page was found; its API takes an email plus named variables,
 * the phone as the variable `Phone` (international). So: `email` (required), `Phone`, and variables
 * named for what they hold.
 */
export const sendpulsePreset: ExportPreset = {
  id: 'sendpulse',
  label: 'SendPulse',
  requires: 'email',
  columns: [
    { header: 'email', kind: 'text', value: (r) => firstEmail(r.customer) },
    { header: 'Phone', kind: 'phone', value: (r) => firstPhone(r.customer) },
    { header: 'Name', kind: 'text', value: (r) => fullName(r.customer) },
    { header: 'City', kind: 'text', value: (r) => r.customer.city },
    { header: 'Segment', kind: 'text', value: (r) => r.rfm?.segment },
    { header: 'Orders', kind: 'integer', value: (r) => r.rfm?.orders },
    { header: 'Total spent', kind: 'money', value: (r) => r.rfm?.spentMinor },
    { header: 'Tags', kind: 'text', value: (r) => r.tags.join(', ') || undefined },
  ],
};
