import { firstEmail, firstPhone, fullName } from '../export-column.ts';
import type { ExportPreset } from '../export-column.ts';

/**
 * Unisender's contact import: `email` and/or `phone` (international, E.164), `Name`, `tags`
 * (comma-separated; a comma inside a tag becomes a space, Unisender has no quoting for tags). A contact with neither an email nor a phone cannot be imported and is skipped.
 */
export const unisenderPreset: ExportPreset = {
  id: 'unisender',
  label: 'Unisender',
  requires: 'email-or-phone',
  columns: [
    { header: 'email', kind: 'text', value: (r) => firstEmail(r.customer) },
    { header: 'phone', kind: 'phone', value: (r) => firstPhone(r.customer) },
    { header: 'Name', kind: 'text', value: (r) => fullName(r.customer) },
    { header: 'tags', kind: 'text', value: (r) => r.tags.map((t) => t.replace(/,/g, ' ')).join(',') || undefined },
  ],
};
