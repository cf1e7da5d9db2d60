import { countryOf } from '../../import/cells.ts';
import { truncateChars } from '../utf8-truncate.ts';
import { firstEmail, firstPhone } from '../export-column.ts';
import type { ExportPreset } from '../export-column.ts';

/** Mailchimp's limit on a text merge field, in bytes (/work/shared/REAL-EXPORTS.md). */
const TEXT_BYTES = 255;
const TAG_CHARS = 100;

/**
 * Mailchimp's audience import: `Email Address` (required, auto-maps), the default merge fields
 * (`First Name`, `Last Name`, `Phone Number`, `Birthday`), `Country` as ISO-2 (`GB`, not `UK`),
 * `City` and `RFM Segment` as extra text fields, `Tags`. Text fields are cut to 255 bytes.
 * `Birthday` is `MM/DD`: Mailchimp's birthday field keeps month and day only.
 */
export const mailchimpPreset: ExportPreset = {
  id: 'mailchimp',
  label: 'Mailchimp',
  requires: 'email',
  columns: [
    { header: 'Email Address', kind: 'text', maxBytes: TEXT_BYTES, value: (r) => firstEmail(r.customer) },
    { header: 'First Name', kind: 'text', maxBytes: TEXT_BYTES, value: (r) => r.customer.firstName },
    { header: 'Last Name', kind: 'text', maxBytes: TEXT_BYTES, value: (r) => r.customer.lastName },
    { header: 'Phone Number', kind: 'phone', maxBytes: TEXT_BYTES, value: (r) => firstPhone(r.customer) },
    { header: 'Birthday', kind: 'text', value: (r) => birthday(r.customer.birthDate) },
    { header: 'Country', kind: 'text', value: (r) => isoCountry(r.customer.country) },
    { header: 'City', kind: 'text', maxBytes: TEXT_BYTES, value: (r) => r.customer.city },
    { header: 'RFM Segment', kind: 'text', maxBytes: TEXT_BYTES, value: (r) => r.rfm?.segment },
    { header: 'Tags', kind: 'text', value: (r, cut) => mailchimpTags(r.tags, cut) },
  ],
};

/** `MM/DD` of a `YYYY-MM-DD` date. */
export function birthday(iso: string | undefined): string | undefined {
  const m = iso ? /^\d{4}-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** ISO 3166-1 alpha-2 (`Россия` → `RU`, `UK` → `GB`); undefined when the name is not recognised. */
export function isoCountry(country: string | undefined): string | undefined {
  if (!country) return undefined;
  const code = countryOf(country);
  return /^[A-Z]{2}$/.test(code) ? code : undefined;
}

/**
 * Tags comma-separated, each cut to 100 characters; a tag holding a comma or a quote is quoted
 * (`"a, b"`, inner quotes doubled) so that Mailchimp keeps it whole.
 */
export function mailchimpTags(tags: readonly string[], cut: () => void): string | undefined {
  if (tags.length === 0) return undefined;
  return tags.map((t) => {
    const { text, truncated } = truncateChars(t, TAG_CHARS);
    if (truncated) cut();
    return /[,"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }).join(',');
}
