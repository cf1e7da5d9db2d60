import { columnOf } from './column-map.ts';
import { cleanId, timeOf } from './cells.ts';
import { patchReader } from './customer-reader.ts';
import { OrderBuilder } from './order-builder.ts';
import { parseInteger, parseMoneyMinor } from './values.ts';
import type { ColumnMapping } from './column-map.ts';
import type { FieldName } from './fields.ts';
import type { ImporterContext } from './importers/importer.ts';
import type { CustomerPatch } from './parsed-import.ts';
import type { PatchOptions } from './customer-reader.ts';
import type { RejectLog } from './rejects.ts';
import type { TableRow } from './table.ts';

/**
 * The string-level reading shared by order importers: customer references, value checks that
 * reject a row with the right code, and the builder the orders go to.
 */
export class OrderSink {
  readonly builder: OrderBuilder;
  readonly customers: CustomerPatch[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly readPatch: (row: TableRow) => CustomerPatch;
  readonly col: (f: FieldName) => number;
  readonly header: (i: number) => string;

  constructor(readonly ctx: ImporterContext, readonly log: RejectLog, patchOptions: PatchOptions = {}) {
    // About 75 bytes per order row in real files: start near the final size rather than doubling up to it.
    const capacity = ctx.table.csv ? Math.max(1024, Math.ceil(ctx.table.csv.bytes.length / 64)) : 1024;
    this.builder = new OrderBuilder(ctx.table.csv?.decode ?? ((b, s, e) => new TextDecoder().decode(b.subarray(s, e))), ctx.file, capacity);
    this.readPatch = patchReader(ctx, log, patchOptions);
    const m: ColumnMapping = ctx.mapping;
    this.col = (f) => columnOf(m, f);
    this.header = (i) => m.columns[i]?.header ?? '';
  }

  /** Index of the row's customer in `customers`, or -1 (and a rejection) when the row names none. */
  customerOf(row: TableRow, allowNameOnly = false): number {
    const p = this.readPatch(row);
    let key = p.sourceId !== undefined ? `id:${p.sourceId}` : p.emails[0] !== undefined ? `email:${p.emails[0]}`
      : p.phones[0] !== undefined ? `phone:${p.phones[0]}` : undefined;
    if (key === undefined && allowNameOnly && (p.firstName || p.lastName)) {
      p.nameOnly = true;
      key = `name:${[p.firstName, p.lastName].join(' ').toLowerCase()}`;
    }
    if (key === undefined) {
      const c = [this.col('customerId'), this.col('email'), this.col('phone')].find((i) => i >= 0) ?? -1;
      this.log.reject(row.line, c >= 0 ? this.header(c) : undefined, c >= 0 ? row.text(c) : '', 'missing_customer_id',
        'The order has no customer id, email or phone.');
      return -1;
    }
    const known = this.byKey.get(key);
    if (known === undefined) {
      this.byKey.set(key, this.customers.length);
      this.customers.push(p);
      return this.customers.length - 1;
    }
    unionInto(this.customers[known], p);
    return known;
  }

  /** The order id, or '' (and a rejection). */
  orderIdOf(row: TableRow, col = this.col('orderId')): string {
    const id = col >= 0 ? cleanId(row.text(col)) : '';
    if (id === '') this.log.reject(row.line, col >= 0 ? this.header(col) : undefined, '', 'missing_order_id', 'The order id is empty.');
    return id;
  }

  /** Wall-clock seconds, or NaN (and a rejection). */
  timeOf(row: TableRow, col: number): number {
    const raw = col >= 0 ? row.text(col).trim() : '';
    const t = raw === '' ? NaN : timeOf(raw, this.ctx.dateOrder);
    if (Number.isNaN(t)) {
      this.log.reject(row.line, col >= 0 ? this.header(col) : undefined, raw, 'unparsable_date',
        raw === '' ? 'The order date is empty.' : `Not a date in the file's date order (${this.ctx.dateOrder}).`);
    }
    return t;
  }

  /** Minor units, or NaN (and a rejection: text_amount or negative_amount). */
  moneyOf(row: TableRow, col: number, allowEmpty = false): number {
    const raw = col >= 0 ? row.text(col).trim() : '';
    if (raw === '' && allowEmpty) return 0;
    return this.checkMoney(row.line, col, raw, parseMoneyMinor(raw, this.ctx.decimalComma));
  }

  /** Applies the amount rules to an already parsed value. */
  checkMoney(line: number, col: number, raw: string, v: number): number {
    const h = col >= 0 ? this.header(col) : undefined;
    if (v === undefined || Number.isNaN(v)) {
      this.log.reject(line, h, raw, 'text_amount', raw === '' ? 'The amount is empty.' : 'The amount is not a number.');
      return NaN;
    }
    if (v < 0) {
      this.log.reject(line, h, raw, 'negative_amount', 'The amount is negative (a return?); returns are not orders.');
      return NaN;
    }
    return v;
  }

  /** Item count: '' is 0; anything but a whole number is 0 with a warning. */
  itemsOf(row: TableRow, col: number): number {
    return col >= 0 ? this.itemsOfText(row.line, col, row.text(col).trim()) : 0;
  }

  itemsOfText(line: number, col: number, raw: string): number {
    if (raw === '') return 0;
    const n = parseInteger(raw, this.ctx.decimalComma);
    if (Number.isInteger(n) && n >= 0) return n;
    this.log.warn(line, this.header(col), raw, 'invalid_value', 'The item count is not a whole number; stored as 0.');
    return 0;
  }

  /** Interned dictionary value of a text column ('' when unmapped). */
  dictOf(row: TableRow, col: number, dict: 'currencies' | 'channels' | 'categories'): number {
    if (col < 0) return 0;
    const v = row.text(col).trim();
    return this.builder[dict].internString(dict === 'currencies' ? v.toUpperCase() : v);
  }

  /** Warns when one of the row's mapped columns holds an unbalanced quote; the value is kept literally. */
  strayQuoteCheck(row: TableRow, cols: readonly number[]): void {
    for (const c of cols) {
      if (c >= 0 && row.strayQuote(c)) {
        this.log.warn(row.line, this.header(c), row.text(c), 'stray_quote',
          'An unbalanced quote inside the value; the value is kept as written.');
        return;
      }
    }
  }
}

/** Adds what `p` knows to `into` without overwriting: emails, phones and the first non-empty names. */
export function unionInto(into: CustomerPatch, p: CustomerPatch): void {
  for (const e of p.emails) if (!into.emails.includes(e)) into.emails.push(e);
  for (const e of p.phones) if (!into.phones.includes(e)) into.phones.push(e);
  for (const t of p.tags) if (!into.tags.includes(t)) into.tags.push(t);
  for (const f of ['firstName', 'lastName', 'middleName', 'city', 'region', 'country', 'language'] as const) {
    if (into[f] === undefined && p[f] !== undefined) into[f] = p[f];
  }
  if (into.sourceId === undefined && p.sourceId !== undefined) into.sourceId = p.sourceId;
  if (into.consent === undefined && p.consent !== undefined) into.consent = p.consent;
  for (const [k, v] of Object.entries(p.attributes)) if (!(k in into.attributes)) into.attributes[k] = v;
}

