import { columnsOf } from './column-map.ts';
import { cleanId, countryOf, emailsOf, genderOf, isoDateOf, phonesOf, plainEmail, splitName, tagsOf } from './cells.ts';
import { SharedKeys } from './shared-keys.ts';
import { customerIdOf } from './identity.ts';
import { ByteCells, TextCells, type Derive, type PatchCells } from './patch-cells.ts';
import { normalisePhone, PHONE_COUNTRIES } from './phone.ts';
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

const NO_NAME: ReturnType<typeof splitName> = {};

/** How each field reads a cell's trimmed text; fields absent here use the text itself. */
function derivations(ctx: ImporterContext): Partial<Record<CustomerField, Derive>> {
  return {
    customerId: cleanId,
    email: emailsOf,
    fullName: (s) => splitName(s, false),
    fullNameLastFirst: (s) => splitName(s, true),
    gender: genderOf,
    birthDate: (s) => isoDateOf(s, ctx.dateOrder),
    signupDate: (s) => isoDateOf(s, ctx.dateOrder),
    country: countryOf,
    tags: tagsOf,
    consent: parseBoolean,
    nps: (s) => parseInteger(s, ctx.decimalComma),
  };
}

/** Fields whose values are mostly unique, read per row rather than memoised (see ByteCells). */
const UNIQUE_FIELDS: ReadonlySet<string> = new Set(['customerId', 'email', 'phone']);

/**
 * Builds a customer patch from a row's cells, whatever else the row holds (an order row carries its
 * customer too). One implementation for every path: the cells say how a value is read.
 */
function patchBuilder(ctx: ImporterContext, log: RejectLog, opts: PatchOptions): { build: (c: PatchCells) => CustomerPatch; derive: Derive[] } {
  const m = ctx.mapping;
  const cols = {} as Cols;
  for (const f of ['customerId', 'email', 'phone', 'firstName', 'lastName', 'middleName', 'fullName', 'fullNameLastFirst',
    'gender', 'birthDate', 'city', 'region', 'country', 'language', 'signupDate', 'device', 'tags', 'consent', 'nps'] as const) {
    cols[f] = columnsOf(m, f);
  }
  const attrs = m.columns.filter((c) => c.field === 'attribute');
  const header = (i: number) => m.columns[i]?.header ?? '';
  const byField = derivations(ctx);
  const identity: Derive = (s) => s;
  const derive = m.columns.map((c) => byField[c.field as CustomerField] ?? identity);
  const prefix = opts.idPrefix ?? '';

  const first = (c: PatchCells, f: CustomerField) => firstFilled(c, cols[f]);
  const firstText = (c: PatchCells, f: CustomerField): string => {
    const i = firstFilled(c, cols[f]);
    return i < 0 ? '' : c.text(i);
  };

  const dateOf = (c: PatchCells, f: 'birthDate' | 'signupDate'): string | undefined => {
    const i = first(c, f);
    if (i < 0) return undefined;
    const iso = c.derived(i) as string | undefined;
    if (!iso) log.warn(c.line, header(i), c.text(i), 'unparsable_date', `Not a date in the file's date order (${ctx.dateOrder}); left empty.`);
    return iso || undefined;
  };

  /** Adds `v` to a list that may not exist yet; lists are made with their first value (no spare room). */
  const add = (list: string[] | undefined, v: string): string[] => {
    if (list === undefined) return [v];
    if (!list.includes(v)) list.push(v);
    return list;
  };

  /** The patch is made in one literal at the end, from what the row says: one shape, lists of their exact size. */
  const build = (c: PatchCells): CustomerPatch => {
    const line = c.line;
    let emails: string[] | undefined, phones: string[] | undefined, tags: string[] | undefined;
    let attributes: Record<string, string> | undefined;
    const idCol = first(c, 'customerId');
    const id = idCol < 0 ? '' : (c.derived(idCol) as string);
    const sourceId = id !== '' ? prefix + id : undefined;
    for (const i of cols.email) {
      // One plainly written address (the common case) needs no splitting: emailsOf would give it alone.
      const plain = plainEmail(c.text(i));
      if (plain !== undefined) {
        emails = add(emails, plain);
        continue;
      }
      const { valid, invalid } = c.derived(i) as ReturnType<typeof emailsOf>;
      for (const e of valid) emails = add(emails, e);
      if (invalid.length) {
        log.warn(line, header(i), c.text(i), 'invalid_email', 'Not an email address; kept as an attribute.');
        (attributes ??= {})[header(i)] = c.text(i);
      }
    }
    // A row that names its country (a billing country) says how to read its national numbers.
    const countryCol = first(c, 'country');
    const country = countryCol >= 0 ? (c.derived(countryCol) as string) : undefined;
    const phoneCountry = country && PHONE_COUNTRIES.includes(country) ? country : ctx.defaultPhoneCountry;
    for (const i of cols.phone) {
      const t = c.text(i);
      if (t === '') continue;
      // One number in the cell (no `,` or `;`): what phonesOf does, without its lists.
      const one = !t.includes(',') && !t.includes(';');
      const phone = one ? normalisePhone(t, phoneCountry) : undefined;
      if (phone !== undefined) {
        phones = add(phones, phone);
        continue;
      }
      const { valid, invalid } = one ? { valid: [], invalid: [t] } : phonesOf(t, phoneCountry);
      for (const e of valid) phones = add(phones, e);
      if (invalid.length) {
        log.warn(line, header(i), t, 'invalid_phone', 'Not a phone number (too short, too long or with letters); kept as an attribute.');
        (attributes ??= {})[header(i)] = t;
      }
    }
    let firstName = orUndefined(firstText(c, 'firstName'));
    let lastName = orUndefined(firstText(c, 'lastName'));
    let middleName = orUndefined(firstText(c, 'middleName'));
    if (firstName === undefined && lastName === undefined) {
      const lf = first(c, 'fullNameLastFirst');
      const fl = first(c, 'fullName');
      const parts = (lf >= 0 ? c.derived(lf) : fl >= 0 ? c.derived(fl) : NO_NAME) as ReturnType<typeof splitName>;
      firstName = orUndefined(parts.firstName ?? '');
      lastName = orUndefined(parts.lastName ?? '');
      if (middleName === undefined) middleName = orUndefined(parts.middleName ?? '');
    }
    let gender: CustomerPatch['gender'];
    const gi = first(c, 'gender');
    if (gi >= 0) {
      gender = c.derived(gi) as CustomerPatch['gender'];
      if (!gender) log.warn(line, header(gi), c.text(gi), 'invalid_value', 'Not a gender (M/F); left empty.');
    }
    const birthDate = dateOf(c, 'birthDate');
    const signupDate = dateOf(c, 'signupDate');
    const city = orUndefined(firstText(c, 'city'));
    const region = orUndefined(firstText(c, 'region'));
    const language = orUndefined(firstText(c, 'language'));
    const device = orUndefined(firstText(c, 'device'));
    if (cols.tags.length === 1) {
      // One tags column: its values, without repeats, as the loop below would collect them.
      const t = c.derived(cols.tags[0]) as string[];
      if (t.length > 0) tags = distinctOf(t);
    } else for (const i of cols.tags) for (const t of c.derived(i) as string[]) tags = add(tags, t);
    let consent: boolean | undefined;
    const ci = first(c, 'consent');
    if (ci >= 0) {
      consent = c.derived(ci) as boolean | undefined;
      if (consent === undefined) log.warn(line, header(ci), c.text(ci), 'invalid_value', 'Not a yes/no value; consent left empty.');
    }
    let nps: number | undefined;
    const ni = first(c, 'nps');
    if (ni >= 0) {
      const v = c.derived(ni) as number;
      if (Number.isInteger(v) && v >= 0 && v <= 10) nps = v;
      else log.warn(line, header(ni), c.text(ni), 'invalid_value', 'NPS must be a whole number from 0 to 10; left empty.');
    }
    for (const a of attrs) {
      const v = c.text(a.index);
      if (v !== '') (attributes ??= {})[a.header] = v;
    }
    return {
      line, sourceId, emails: emails ?? [], phones: phones ?? [], firstName, lastName, middleName, gender, birthDate, city, region,
      country, language, signupDate, device, tags: tags ?? [], consent, nps, attributes: attributes ?? {}, nameOnly: undefined,
    };
  };
  return { build, derive };
}

/** Reads the customer fields of a row, whatever else the row holds (an order row carries its customer too). */
export function patchReader(ctx: ImporterContext, log: RejectLog, opts: PatchOptions = {}): (row: TableRow) => CustomerPatch {
  const { build, derive } = patchBuilder(ctx, log, opts);
  const cells = new TextCells(opts.cell ?? ((s: string) => s), derive);
  return (row) => build(cells.at(row));
}

/** The first of the columns with a non-empty cell, or -1. */
function firstFilled(c: PatchCells, cols: readonly number[]): number {
  for (const i of cols) if (c.text(i) !== '') return i;
  return -1;
}

const orUndefined = (v: string): string | undefined => (v === '' ? undefined : v);

/** The values in order, each once (a new list). */
function distinctOf(values: readonly string[]): string[] {
  const out = values.slice();
  for (let k = 1; k < out.length; k++) {
    if (out.indexOf(out[k]) < k) {
      const seen: string[] = [];
      for (const v of values) if (!seen.includes(v)) seen.push(v);
      return seen;
    }
  }
  return out;
}

/** Whether the patch can be identified: a source id, an email or a phone. */
export const identifiable = (p: CustomerPatch): boolean => p.sourceId !== undefined || p.emails.length > 0 || p.phones.length > 0;

/** Reads a whole customers file: one patch per row; rows without id, email and phone are rejected. */
export async function readCustomerFile(ctx: ImporterContext, log: RejectLog, opts: PatchOptions = {}): Promise<ImporterResult> {
  const idHeader = headerOf(ctx.mapping, 'customerId') ?? headerOf(ctx.mapping, 'email') ?? headerOf(ctx.mapping, 'phone');
  const customers: CustomerPatch[] = [];
  let rows = 0;
  const keys = new KeyCheck(ctx.table.csv ? ctx.table.csv.bytes.length >> 7 : 1024);
  const take = (p: CustomerPatch, mark: number) => {
    rows++;
    if (identifiable(p)) {
      customers.push(p);
      keys.add(p);
      return;
    }
    // One report per row: an unusable email or phone is the reason, not a separate warning.
    const bad = log.rows.splice(mark).find((r) => r.code === 'invalid_email' || r.code === 'invalid_phone');
    log.reject(p.line, bad?.column ?? idHeader, bad?.value ?? '', 'missing_customer_id',
      bad ? 'The row has no customer id and no valid email or phone.' : 'The row has no customer id, email or phone.');
  };
  const csv = ctx.table.csv;
  if (csv && !ctx.noFastPath) {
    const { build, derive } = patchBuilder(ctx, log, opts);
    const m = ctx.mapping;
    const cells = new ByteCells(m.columns.length, csv.decode, opts.cell ?? ((s: string) => s), derive,
      (i) => !UNIQUE_FIELDS.has(m.columns[i].field));
    await csv.forEachCsvRow((row, line) => {
      const mark = log.rows.length;
      take(build(cells.at(row, line)), mark);
    });
  } else {
    const read = patchReader(ctx, log, opts);
    await ctx.table.forEachRow((row) => {
      const mark = log.rows.length;
      take(read(row), mark);
    });
  }
  return { rows, customers, rejected: log.rows, keyShared: keys.result() };
}

/**
 * Marks the patches that share an id, an email or a phone with another patch of the file (see
 * ParsedImport.keyShared), while the strings are fresh.
 */
class KeyCheck {
  /** A patch matched by name, or with more keys than SharedKeys numbers: no result. */
  private unusable = false;
  private readonly patches: CustomerPatch[] = [];
  private readonly ids: SharedKeys;
  private readonly emails: SharedKeys;
  private readonly phones: SharedKeys;

  constructor(expected: number) {
    this.ids = new SharedKeys(expected);
    this.emails = new SharedKeys(expected);
    this.phones = new SharedKeys(expected);
  }

  add(p: CustomerPatch): void {
    const k = this.patches.length;
    this.patches.push(p);
    if (p.nameOnly || p.emails.length > 256 || p.phones.length > 256) this.unusable = true;
    if (this.unusable) return;
    this.ids.add(customerIdOf(p), k);
    for (let e = 0; e < p.emails.length; e++) this.emails.add(p.emails[e], k, e);
    for (let e = 0; e < p.phones.length; e++) this.phones.add(p.phones[e], k, e);
  }

  /** Per patch, 1 when it shares a key; undefined when some patch is name-only (matched by name, not keys) or has hundreds of keys. */
  result(): Uint8Array | undefined {
    if (this.unusable) return undefined;
    const ps = this.patches;
    const out = new Uint8Array(ps.length);
    for (const k of this.ids.shared((h) => customerIdOf(ps[h]))) out[k] = 1;
    for (const k of this.emails.shared((h, e) => ps[h].emails[e])) out[k] = 1;
    for (const k of this.phones.shared((h, e) => ps[h].phones[e])) out[k] = 1;
    return out;
  }
}

export function headerOf(m: ColumnMapping, field: CustomerField | string): string | undefined {
  return m.columns.find((c) => c.field === field)?.header;
}
