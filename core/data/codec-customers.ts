import type { Customer } from '../model/customer.ts';
import { decodeIntsInto, encodeInts, type IntColumn } from './int-column.ts';
import { decodeLists, decodeMaps, encodeLists, encodeMaps, type ListColumn, type MapColumn } from './list-column.ts';
import {
  decodeOptionalBooleans, decodeOptionalDates, decodeOptionalNumbers, encodeOptionalBooleans, encodeOptionalDates,
  encodeOptionalNumbers, type OptionalDateColumn, type OptionalNumberColumn,
} from './optional-column.ts';
import { decodeOptionalText, decodeText, encodeOptionalText, encodeText, type OptionalTextColumn, type TextColumn } from './text-column.ts';

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

export function encodeCustomerKeys(customers: readonly Customer[], chunkRows = CUSTOMER_CHUNK_ROWS): CustomerKeyChunkRecord[] {
  return chunked(customers, chunkRows, (part, chunk) => ({
    chunk,
    rows: part.length,
    id: encodeText(part.map((c) => c.id), 'never'),
    emails: encodeLists(part.map((c) => c.emails)),
    phones: encodeLists(part.map((c) => c.phones)),
  }));
}

export function encodeCustomers(customers: readonly Customer[], chunkRows = CUSTOMER_CHUNK_ROWS): CustomerChunkRecord[] {
  return chunked(customers, chunkRows, (part, chunk) => {
    const kinds = new Uint8Array(part.length);
    const otherLists: string[][] = [];
    part.forEach((c, i) => {
      const x = c.externalIds;
      if (x.length === 0) kinds[i] = 2;
      else if (x.length === 1 && x[0] === c.id) kinds[i] = 1;
      else otherLists.push(x);
    });
    return {
      chunk,
      rows: part.length,
      externalIdKind: encodeInts(kinds),
      externalIdLists: encodeLists(otherLists),
      firstName: encodeOptionalText(part.map((c) => c.firstName)),
      lastName: encodeOptionalText(part.map((c) => c.lastName)),
      middleName: encodeOptionalText(part.map((c) => c.middleName)),
      gender: encodeOptionalText(part.map((c) => c.gender)),
      birthDate: encodeOptionalDates(part.map((c) => c.birthDate)),
      city: encodeOptionalText(part.map((c) => c.city)),
      region: encodeOptionalText(part.map((c) => c.region)),
      country: encodeOptionalText(part.map((c) => c.country)),
      language: encodeOptionalText(part.map((c) => c.language)),
      signupDate: encodeOptionalDates(part.map((c) => c.signupDate)),
      device: encodeOptionalText(part.map((c) => c.device)),
      tags: encodeLists(part.map((c) => c.tags)),
      consent: encodeOptionalBooleans(part.map((c) => c.consent)),
      nps: encodeOptionalNumbers(part.map((c) => c.nps)),
      attributes: encodeMaps(part.map((c) => c.attributes)),
      updatedAt: encodeInts(part.map((c) => c.updatedAt)),
      deleted: encodeOptionalBooleans(part.map((c) => c.deleted)),
    };
  });
}

function chunked<T, R>(items: readonly T[], chunkRows: number, encode: (part: readonly T[], chunk: number) => R): R[] {
  const out: R[] = [];
  for (let start = 0, chunk = 0; start < items.length; start += chunkRows, chunk++) {
    out.push(encode(items.slice(start, start + chunkRows), chunk));
  }
  return out;
}

export function decodeCustomerKeys(chunks: readonly CustomerKeyChunkRecord[]): CustomerIndex {
  const index: CustomerIndex = { ids: [], emails: [], phones: [] };
  for (const c of chunks) {
    append(index.ids, decodeText(c.id, c.rows));
    append(index.emails, decodeLists(c.emails, c.rows));
    append(index.phones, decodeLists(c.phones, c.rows));
  }
  return index;
}

function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Customers from their chunks and the (already decoded) identity index of the same chunks. */
export function decodeCustomers(chunks: readonly CustomerChunkRecord[], index: CustomerIndex): Customer[] {
  const out: Customer[] = [];
  for (const c of chunks) {
    const n = c.rows;
    const base = out.length;
    if (base + n > index.ids.length) throw new RangeError('Stored customers outnumber their identity index');
    const kinds = new Uint8Array(n);
    decodeIntsInto(c.externalIdKind, n, kinds);
    let otherCount = 0;
    for (let i = 0; i < n; i++) if (kinds[i] === 0) otherCount++;
    const otherLists = decodeLists(c.externalIdLists, otherCount);
    const firstName = decodeOptionalText(c.firstName, n);
    const lastName = decodeOptionalText(c.lastName, n);
    const middleName = decodeOptionalText(c.middleName, n);
    const gender = decodeOptionalText(c.gender, n);
    const birthDate = decodeOptionalDates(c.birthDate, n);
    const city = decodeOptionalText(c.city, n);
    const region = decodeOptionalText(c.region, n);
    const country = decodeOptionalText(c.country, n);
    const language = decodeOptionalText(c.language, n);
    const signupDate = decodeOptionalDates(c.signupDate, n);
    const device = decodeOptionalText(c.device, n);
    const tags = decodeLists(c.tags, n);
    const consent = decodeOptionalBooleans(c.consent, n);
    const nps = decodeOptionalNumbers(c.nps, n);
    const attributes = decodeMaps(c.attributes, n);
    const updatedAt = new Float64Array(n);
    decodeIntsInto(c.updatedAt, n, updatedAt);
    const deleted = decodeOptionalBooleans(c.deleted, n);
    for (let i = 0, other = 0; i < n; i++) {
      const id = index.ids[base + i];
      // Field order follows the Customer interface; absent optional fields stay absent.
      const customer: Customer = {
        id,
        externalIds: kinds[i] === 1 ? [id] : kinds[i] === 2 ? [] : otherLists[other++],
        emails: index.emails[base + i],
        phones: index.phones[base + i],
      } as Customer;
      if (firstName[i] !== undefined) customer.firstName = firstName[i];
      if (lastName[i] !== undefined) customer.lastName = lastName[i];
      if (middleName[i] !== undefined) customer.middleName = middleName[i];
      if (gender[i] !== undefined) customer.gender = gender[i] as Customer['gender'];
      if (birthDate[i] !== undefined) customer.birthDate = birthDate[i];
      if (city[i] !== undefined) customer.city = city[i];
      if (region[i] !== undefined) customer.region = region[i];
      if (country[i] !== undefined) customer.country = country[i];
      if (language[i] !== undefined) customer.language = language[i];
      if (signupDate[i] !== undefined) customer.signupDate = signupDate[i];
      if (device[i] !== undefined) customer.device = device[i];
      customer.tags = tags[i];
      if (consent[i] !== undefined) customer.consent = consent[i];
      if (nps[i] !== undefined) customer.nps = nps[i];
      customer.attributes = attributes[i];
      customer.updatedAt = updatedAt[i];
      if (deleted[i] !== undefined) customer.deleted = deleted[i];
      out.push(customer);
    }
  }
  if (out.length !== index.ids.length) throw new RangeError('Stored customers and their identity index differ in length');
  return out;
}
