import { headerHits, mapColumns } from '../column-map.ts';
import { readCustomerFile } from '../customer-reader.ts';
import { RejectLog } from '../rejects.ts';
import { CUSTOMER_SYNONYMS } from '../synonyms.ts';
import type { SynonymTable } from '../column-map.ts';
import type { Importer } from './importer.ts';

const MAILCHIMP: SynonymTable = [
  ['email', ['email address']],
  ['signupDate', ['optin_time']],
  ['tags', ['tags']],
];

const SIGNATURE = ['Email Address', 'MEMBER_RATING', 'OPTIN_TIME', 'OPTIN_IP', 'CONFIRM_TIME', 'LAST_CHANGED', 'LEID', 'EUID', 'TAGS'];

/**
 * One CSV of a Mailchimp audience export (subscribed / unsubscribed / cleaned). Customers only,
 * identified by email; consent follows the file: `subscribed…` yes, `unsubscribed…` no.
 */
export const mailchimpAudience: Importer = {
  id: 'mailchimp-audience',
  label: 'Mailchimp audience',
  kind: 'customers',
  dateOrder: 'iso',
  detect: (headers) => {
    const hits = headerHits(headers, SIGNATURE);
    return hits >= 3 && headerHits(headers, ['Email Address']) === 1 ? 0.6 + 0.35 * (hits / SIGNATURE.length) : 0;
  },
  map: (headers) => {
    const m = mapColumns(headers, 'customers', [...MAILCHIMP, ...CUSTOMER_SYNONYMS]);
    // `Birthday` is `MM/DD` without a year: kept as an attribute, not a birth date.
    for (const c of m.columns) if (c.key === 'birthday') c.field = 'attribute';
    return m;
  },
  async read(ctx) {
    const result = await readCustomerFile(ctx, new RejectLog(ctx.file));
    const name = ctx.file.toLowerCase();
    const consent = /(^|[^a-z])unsubscribed/.test(name) ? false : /(^|[^a-z])subscribed/.test(name) ? true : undefined;
    if (consent !== undefined) for (const p of result.customers) p.consent ??= consent;
    return result;
  },
};
