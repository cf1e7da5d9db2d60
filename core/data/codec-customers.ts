import type { Customer } from '../model/customer.ts';
import { decodeIntsInto, encodeInts, type IntColumn } from './int-column.ts';
import { decodeListsInto, encodeLists, encodeMaps, listParts, mapAt, mapParts, type ListColumn, type MapColumn } from './list-column.ts';
import {
  encodeOptionalBooleans, encodeOptionalDates, encodeOptionalNumbers, optionalBooleanLookup, optionalDateLookup,
  optionalNumberLookup, type OptionalDateColumn, type OptionalNumberColumn,
} from './optional-column.ts';
import { decodeTextInto, encodeOptionalText, encodeText, optionalTextLookup, type OptionalTextColumn, type TextColumn } from './text-column.ts';

export const CUSTOMER_CHUNK_ROWS = 65_536;

/**
 * Identity columns, stored apart from the rest so that a reload can show scores with who they
 * belong to (and find customers by id, email or phone) before the other columns are decoded.
 */
export interface CustomerKeyChunkRecord {
  chunk: number;
  rows: number;
  id: TextColumn;
  emails: ListColumn;
  phones: ListColumn;
}

export interface CustomerChunkRecord {
  chunk: number;
  rows: number;
  /** 1: `[id]`, 2: `[]`, 0: the row's next list in `externalIdLists` (most customers are 1 or 2). */
  externalIdKind: IntColumn;
  externalIdLists: ListColumn;
  firstName: OptionalTextColumn;
  lastName: OptionalTextColumn;
  middleName: OptionalTextColumn;
  gender: OptionalTextColumn;
  birthDate: OptionalDateColumn;
  city: OptionalTextColumn;
  region: OptionalTextColumn;
  country: OptionalTextColumn;
  language: OptionalTextColumn;
  signupDate: OptionalDateColumn;
  device: OptionalTextColumn;
  tags: ListColumn;
  consent: IntColumn;
  nps: OptionalNumberColumn;
  attributes: MapColumn;
  updatedAt: IntColumn;
  deleted: IntColumn;
}

/** The identity index a reload can use before the full customers are decoded. */
export interface CustomerIndex {
  ids: string[];
  emails: string[][];
  phones: string[][];
}

export interface EncodedCustomers {
  keys: CustomerKeyChunkRecord[];
  rest: CustomerChunkRecord[];
}

export function encodeCustomers(customers: readonly Customer[], chunkRows = CUSTOMER_CHUNK_ROWS): EncodedCustomers {
  const out: EncodedCustomers = { keys: [], rest: [] };
  for (let start = 0, chunk = 0; start < customers.length; start += chunkRows, chunk++) {
    const part = customers.slice(start, start + chunkRows);
    const c = columnsOf(part);
    out.keys.push({ chunk, rows: part.length, id: encodeText(c.id, 'never'), emails: encodeLists(c.emails), phones: encodeLists(c.phones) });
    out.rest.push(encodeRest(chunk, part.length, c));
  }
  return out;
}

type Columns = { [K in keyof Customer]-?: Customer[K][] };

const FIELDS: readonly (keyof Customer)[] = [
  'id', 'externalIds', 'emails', 'phones', 'firstName', 'lastName', 'middleName', 'gender', 'birthDate', 'city', 'region',
  'country', 'language', 'signupDate', 'device', 'tags', 'consent', 'nps', 'attributes', 'updatedAt', 'deleted',
];

/** The customer with every field present (undefined where absent), in the order decodeCustomers uses. */
export function withEveryField(c: Customer): Customer {
  const out: Record<string, unknown> = {};
  for (const f of FIELDS) out[f] = c[f];
  return out as unknown as Customer;
}

/**
 * Every field as a column. Customers that all carry every field (as decodeCustomers builds them)
 * share one hidden class, and reading each field directly is fastest. Customers that differ in
 * which optional fields they have make each direct read megamorphic (measured 3–6× slower than a
 * for-in over each customer's own keys), so a sample of the chunk decides. Both read the same.
 */
function columnsOf(part: readonly Customer[]): Columns {
  return hasEveryField(part) ? columnsByField(part) : columnsByKeys(part);
}

function hasEveryField(part: readonly Customer[]): boolean {
  const step = Math.max(1, Math.floor(part.length / 64));
  for (let i = 0; i < part.length; i += step) {
    const c = part[i];
    for (const f of FIELDS) if (!(f in c)) return false;
  }
  return true;
}

function columnsByField(part: readonly Customer[]): Columns {
  const cols = {} as Record<string, unknown[]>;
  for (const f of FIELDS) cols[f] = new Array(part.length);
  const { id, externalIds, emails, phones, firstName, lastName, middleName, gender, birthDate, city, region, country, language,
    signupDate, device, tags, consent, nps, attributes, updatedAt, deleted } = cols;
  for (let i = 0; i < part.length; i++) {
    const c = part[i];
    id[i] = c.id;
    externalIds[i] = c.externalIds;
    emails[i] = c.emails;
    phones[i] = c.phones;
    firstName[i] = c.firstName;
    lastName[i] = c.lastName;
    middleName[i] = c.middleName;
    gender[i] = c.gender;
    birthDate[i] = c.birthDate;
    city[i] = c.city;
    region[i] = c.region;
    country[i] = c.country;
    language[i] = c.language;
    signupDate[i] = c.signupDate;
    device[i] = c.device;
    tags[i] = c.tags;
    consent[i] = c.consent;
    nps[i] = c.nps;
    attributes[i] = c.attributes;
    updatedAt[i] = c.updatedAt;
    deleted[i] = c.deleted;
  }
  return cols as unknown as Columns;
}

function columnsByKeys(part: readonly Customer[]): Columns {
  const cols: Record<string, unknown[]> = Object.create(null);
  for (const f of FIELDS) cols[f] = new Array(part.length).fill(undefined);
  for (let i = 0; i < part.length; i++) {
    const c = part[i] as unknown as Record<string, unknown>;
    for (const k in c) {
      const col = cols[k];
      if (col !== undefined) col[i] = c[k];
    }
  }
  return cols as unknown as Columns;
}

function encodeRest(chunk: number, rows: number, c: Columns): CustomerChunkRecord {
  const kinds = new Uint8Array(rows);
  const otherLists: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const x = c.externalIds[i];
    if (x.length === 0) kinds[i] = 2;
    else if (x.length === 1 && x[0] === c.id[i]) kinds[i] = 1;
    else otherLists.push(x);
  }
  return {
    chunk,
    rows,
    externalIdKind: encodeInts(kinds),
    externalIdLists: encodeLists(otherLists),
    firstName: encodeOptionalText(c.firstName),
    lastName: encodeOptionalText(c.lastName),
    middleName: encodeOptionalText(c.middleName),
    gender: encodeOptionalText(c.gender),
    birthDate: encodeOptionalDates(c.birthDate),
    city: encodeOptionalText(c.city),
    region: encodeOptionalText(c.region),
    country: encodeOptionalText(c.country),
    language: encodeOptionalText(c.language),
    signupDate: encodeOptionalDates(c.signupDate),
    device: encodeOptionalText(c.device),
    tags: encodeLists(c.tags),
    consent: encodeOptionalBooleans(c.consent),
    nps: encodeOptionalNumbers(c.nps),
    attributes: encodeMaps(c.attributes),
    updatedAt: encodeInts(c.updatedAt),
    deleted: encodeOptionalBooleans(c.deleted),
  };
}

export function decodeCustomerKeys(chunks: readonly CustomerKeyChunkRecord[]): CustomerIndex {
  let total = 0;
  for (const c of chunks) total += c.rows;
  const index: CustomerIndex = { ids: new Array<string>(total), emails: new Array<string[]>(total), phones: new Array<string[]>(total) };
  let base = 0;
  for (const c of chunks) {
    decodeTextInto(c.id, c.rows, index.ids, base);
    decodeListsInto(c.emails, c.rows, index.emails, base);
    decodeListsInto(c.phones, c.rows, index.phones, base);
    base += c.rows;
  }
  return index;
}

/**
 * Customers from their chunks and the (already decoded) identity index of the same chunks.
 * Every customer gets every field, `undefined` where it has none: objects that differ in which
 * optional keys they have get a hidden class per combination, and building 100k of them with
 * sparse fields measured 10× slower than one shape (every later property read is slower too).
 */
export function decodeCustomers(chunks: readonly CustomerChunkRecord[], index: CustomerIndex): Customer[] {
  const out = new Array<Customer>(index.ids.length);
  let base = 0;
  for (const c of chunks) {
    if (base + c.rows > index.ids.length) throw new RangeError('Stored customers outnumber their identity index');
    decodeChunkInto(out, base, c, index);
    base += c.rows;
  }
  if (base !== index.ids.length) throw new RangeError('Stored customers and their identity index differ in length');
  return out;
}

/**
 * One loop over the chunk's rows, every column read as a typed index into a small table: no array
 * of n values per column in between (they were 10 MB of garbage per 100k customers).
 */
function decodeChunkInto(out: Customer[], base: number, c: CustomerChunkRecord, index: CustomerIndex): void {
  const n = c.rows;
  const kinds = new Uint8Array(n);
  decodeIntsInto(c.externalIdKind, n, kinds);
  let otherCount = 0;
  for (let i = 0; i < n; i++) if (kinds[i] === 0) otherCount++;
  const other = listParts(c.externalIdLists, otherCount);
  const firstName = optionalTextLookup(c.firstName, n);
  const lastName = optionalTextLookup(c.lastName, n);
  const middleName = optionalTextLookup(c.middleName, n);
  const gender = optionalTextLookup(c.gender, n);
  const birthDate = optionalDateLookup(c.birthDate, n);
  const city = optionalTextLookup(c.city, n);
  const region = optionalTextLookup(c.region, n);
  const country = optionalTextLookup(c.country, n);
  const language = optionalTextLookup(c.language, n);
  const signupDate = optionalDateLookup(c.signupDate, n);
  const device = optionalTextLookup(c.device, n);
  const tags = listParts(c.tags, n);
  const consent = optionalBooleanLookup(c.consent, n);
  const nps = optionalNumberLookup(c.nps, n);
  const attributes = mapParts(c.attributes, n);
  const updatedAt = new Float64Array(n);
  decodeIntsInto(c.updatedAt, n, updatedAt);
  const deleted = optionalBooleanLookup(c.deleted, n);
  const { ids, emails, phones } = index;
  let o = 0; // next list of other external ids
  let oi = 0; // its first item
  let t = 0; // next tag
  let a = 0; // next attribute
  for (let i = 0; i < n; i++) {
    const id = ids[base + i];
    let externalIds: string[];
    if (kinds[i] === 1) externalIds = [id];
    else if (kinds[i] === 2) externalIds = [];
    else {
      const k = other.counts[o++];
      externalIds = other.items.slice(oi, (oi += k));
    }
    const tc = tags.counts[i];
    const rowTags = tc === 0 ? [] : tc === 1 ? [tags.items[t]] : tags.items.slice(t, t + tc);
    t += tc;
    const ac = attributes.counts[i];
    const rowAttributes = mapAt(attributes, a, ac);
    a += ac;
    out[base + i] = {
      id,
      externalIds,
      emails: emails[base + i],
      phones: phones[base + i],
      firstName: firstName.table[firstName.index[i]],
      lastName: lastName.table[lastName.index[i]],
      middleName: middleName.table[middleName.index[i]],
      gender: gender.table[gender.index[i]] as Customer['gender'],
      birthDate: birthDate.table[birthDate.index[i]],
      city: city.table[city.index[i]],
      region: region.table[region.index[i]],
      country: country.table[country.index[i]],
      language: language.table[language.index[i]],
      signupDate: signupDate.table[signupDate.index[i]],
      device: device.table[device.index[i]],
      tags: rowTags,
      consent: consent.table[consent.index[i]],
      nps: nps.table[nps.index[i]],
      attributes: rowAttributes,
      updatedAt: updatedAt[i],
      deleted: deleted.table[deleted.index[i]],
    };
  }
}
