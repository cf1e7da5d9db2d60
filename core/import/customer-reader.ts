import { columnsOf } from './column-map.ts';
import { cleanId, countryOf, emailsOf, genderOf, isoDateOf, phonesOf, splitName, tagsOf } from './cells.ts';
import { emptyPatch } from './parsed-import.ts';
import { PHONE_COUNTRIES } from './phone.ts';
import { parseBoolean, parseInteger } from './values.ts';
import type { ColumnMapping } from './column-map.ts';
import type { CustomerField } from './fields.ts';
import type { ImporterContext, ImporterResult } from './importers/importer.ts';
import type { CustomerPatch } from './parsed-import.ts';
import type { RejectLog } from './rejects.ts';
import type { TableRow } from './table.ts';

export interface PatchOptions {
  /** Namespace for source ids (`bitrix24:`), so that ids of different CRMs never collide. */
  idPrefix?: string;
  /** Applied to every cell first (amoCRM: HTML unescaping). */
  cell?: (s: string) => string;
}

type Cols = Record<CustomerField, number[]>;

/** Reads the customer fields of a row, whatever else the row holds (an order row carries its customer too). */
export function patchReader(ctx: ImporterContext, log: RejectLog, opts: PatchOptions = {}): (row: TableRow) => CustomerPatch {
  const m = ctx.mapping;
  const cols = {} as Cols;
  for (const f of ['customerId', 'email', 'phone', 'firstName', 'lastName', 'middleName', 'fullName', 'fullNameLastFirst',
    'gender', 'birthDate', 'city', 'region', 'country', 'language', 'signupDate', 'device', 'tags', 'consent', 'nps'] as const) {
    cols[f] = columnsOf(m, f);
  }
  const attrs = m.columns.filter((c) => c.field === 'attribute');
  const header = (i: number) => m.columns[i]?.header ?? '';
  const cell = opts.cell ?? ((s: string) => s);

  return (row) => {
    const p = emptyPatch(row.line);
    const get = (i: number) => cell(row.text(i)).trim();
    const first = (f: CustomerField): [string, number] => {
      for (const i of cols[f]) { const v = get(i); if (v !== '') return [v, i]; }
      return ['', -1];
    };
    const id = cleanId(first('customerId')[0]);
    if (id !== '') p.sourceId = (opts.idPrefix ?? '') + id;
    for (const i of cols.email) {
      const { valid, invalid } = emailsOf(get(i));
      for (const e of valid) if (!p.emails.includes(e)) p.emails.push(e);
      if (invalid.length) {
        log.warn(row.line, header(i), get(i), 'invalid_email', 'Not an email address; kept as an attribute.');
        p.attributes[header(i)] = get(i);
      }
    }
    // A row that names its country (a billing country) says how to read its national numbers.
    const [country] = first('country');
    if (country !== '') p.country = countryOf(country);
    const phoneCountry = p.country && PHONE_COUNTRIES.includes(p.country) ? p.country : ctx.defaultPhoneCountry;
    for (const i of cols.phone) {
      const { valid, invalid } = phonesOf(get(i), phoneCountry);
      for (const e of valid) if (!p.phones.includes(e)) p.phones.push(e);
      if (invalid.length) {
        log.warn(row.line, header(i), get(i), 'invalid_phone', 'Not a phone number (too short, too long or with letters); kept as an attribute.');
        p.attributes[header(i)] = get(i);
      }
    }
    setText(p, 'firstName', first('firstName')[0]);
    setText(p, 'lastName', first('lastName')[0]);
    setText(p, 'middleName', first('middleName')[0]);
    if (p.firstName === undefined && p.lastName === undefined) {
      const [lf] = first('fullNameLastFirst');
      const [fl] = first('fullName');
      const parts = lf !== '' ? splitName(lf, true) : splitName(fl, false);
      setText(p, 'firstName', parts.firstName ?? '');
      setText(p, 'lastName', parts.lastName ?? '');
      if (p.middleName === undefined) setText(p, 'middleName', parts.middleName ?? '');
    }
    const [g, gi] = first('gender');
    if (g !== '') {
      p.gender = genderOf(g);
      if (!p.gender) log.warn(row.line, header(gi), g, 'invalid_value', 'Not a gender (M/F); left empty.');
    }
    for (const f of ['birthDate', 'signupDate'] as const) {
      const [v, i] = first(f);
      if (v === '') continue;
      const iso = isoDateOf(v, ctx.dateOrder);
      if (iso) p[f] = iso;
      else log.warn(row.line, header(i), v, 'unparsable_date', `Not a date in the file's date order (${ctx.dateOrder}); left empty.`);
    }
    setText(p, 'city', first('city')[0]);
    setText(p, 'region', first('region')[0]);
    setText(p, 'language', first('language')[0]);
    setText(p, 'device', first('device')[0]);
    for (const i of cols.tags) for (const t of tagsOf(get(i))) if (!p.tags.includes(t)) p.tags.push(t);
    const [c, ci] = first('consent');
    if (c !== '') {
      p.consent = parseBoolean(c);
      if (p.consent === undefined) log.warn(row.line, header(ci), c, 'invalid_value', 'Not a yes/no value; consent left empty.');
    }
    const [n, ni] = first('nps');
    if (n !== '') {
      const v = parseInteger(n, ctx.decimalComma);
      if (Number.isInteger(v) && v >= 0 && v <= 10) p.nps = v;
      else log.warn(row.line, header(ni), n, 'invalid_value', 'NPS must be a whole number from 0 to 10; left empty.');
    }
    for (const a of attrs) {
      const v = get(a.index);
      if (v !== '') p.attributes[a.header] = v;
    }
    return p;
  };
}

function setText(p: CustomerPatch, f: 'firstName' | 'lastName' | 'middleName' | 'city' | 'region' | 'language' | 'device', v: string): void {
  if (v !== '') p[f] = v;
}

/** Whether the patch can be identified: a source id, an email or a phone. */
export const identifiable = (p: CustomerPatch): boolean => p.sourceId !== undefined || p.emails.length > 0 || p.phones.length > 0;

/** Reads a whole customers file: one patch per row; rows without id, email and phone are rejected. */
export async function readCustomerFile(ctx: ImporterContext, log: RejectLog, opts: PatchOptions = {}): Promise<ImporterResult> {
  const read = patchReader(ctx, log, opts);
  const idHeader = headerOf(ctx.mapping, 'customerId') ?? headerOf(ctx.mapping, 'email') ?? headerOf(ctx.mapping, 'phone');
  const customers: CustomerPatch[] = [];
  let rows = 0;
  await ctx.table.forEachRow((row) => {
    rows++;
    const mark = log.rows.length;
    const p = read(row);
    if (identifiable(p)) { customers.push(p); return; }
    // One report per row: an unusable email or phone is the reason, not a separate warning.
    const bad = log.rows.splice(mark).find((r) => r.code === 'invalid_email' || r.code === 'invalid_phone');
    log.reject(row.line, bad?.column ?? idHeader, bad?.value ?? '', 'missing_customer_id',
      bad ? 'The row has no customer id and no valid email or phone.' : 'The row has no customer id, email or phone.');
  });
  return { rows, customers, rejected: log.rows };
}

export function headerOf(m: ColumnMapping, field: CustomerField | string): string | undefined {
  return m.columns.find((c) => c.field === field)?.header;
}
