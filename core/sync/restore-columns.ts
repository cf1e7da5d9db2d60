import { ColumnBuilder } from './column-builder.ts';
import { campaignKey } from './column-lines.ts';
import { isObject, type Loose } from './loose.ts';
import { SyncFileError } from './sync-error.ts';
import { setExtraFields, type SyncExtras } from './sync-extras.ts';
import type { SyncCampaigns, SyncOrders, SyncScores } from './sync-contents.ts';

type Check = (v: unknown) => boolean;
const finite: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const int = (min: number, max: number): Check => (v) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const text: Check = (v) => typeof v === 'string';

function column(line: Loose, name: string, n: number, check: Check, where: string): unknown[] {
  const col = undelta(line[name], where);
  if (!Array.isArray(col) || col.length !== n) throw new SyncFileError('invalid', `The file is invalid: ${where} has no ${name} column of ${n} values.`);
  for (let i = 0; i < n; i++) if (!check(col[i])) throw new SyncFileError('invalid', `The file is invalid: ${where}, ${name} value ${i + 1} is ${JSON.stringify(col[i])}.`);
  return col;
}

/** A `{ d: […] }` column (see deltaColumn) as its plain values. */
function undelta(col: unknown, where: string): unknown {
  if (!isObject(col)) return col;
  const d = col.d;
  if (!Array.isArray(d)) return col;
  const out = new Array<number>(d.length);
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    if (typeof d[i] !== 'number' || !Number.isSafeInteger(d[i])) throw new SyncFileError('invalid', `The file is invalid: ${where} has a delta column with ${JSON.stringify(d[i])}.`);
    out[i] = sum += d[i];
  }
  return out;
}

/** A `{ n: […] }` id column (see idColumn) as its ids. */
function numericIds(col: unknown, where: string): unknown {
  if (!isObject(col) || !Array.isArray(col.n)) return col;
  const out = new Array<string>(col.n.length);
  let sum = 0;
  for (let i = 0; i < col.n.length; i++) {
    const d = col.n[i];
    if (typeof d !== 'number' || !Number.isSafeInteger(d) || !Number.isSafeInteger(sum + d) || sum + d < 0) {
      throw new SyncFileError('invalid', `The file is invalid: ${where} has a numeric id column with ${JSON.stringify(d)}.`);
    }
    out[i] = String((sum += d));
  }
  return out;
}

function put(target: { set(a: ArrayLike<number>, o: number): void }, values: unknown[], offset: number): void {
  target.set(values as number[], offset);
}

/** Maps a line's dictionary codes to codes of the growing dictionary `into`. */
function remap(lineDict: unknown, into: string[], index: Map<string, number>, where: string): number[] {
  if (!Array.isArray(lineDict) || !lineDict.every(text)) throw new SyncFileError('invalid', `The file is invalid: ${where} has a bad dictionary.`);
  return (lineDict as string[]).map((s) => {
    let code = index.get(s);
    if (code === undefined) { code = into.length; into.push(s); index.set(s, code); }
    return code;
  });
}

function keepUnknownColumns(line: Loose, known: ReadonlySet<string>, keys: string[], kind: 'orders' | 'campaigns', extras: SyncExtras): void {
  for (const [name, col] of Object.entries(line)) {
    if (known.has(name) || !Array.isArray(col) || col.length !== keys.length) continue;
    col.forEach((value, k) => {
      if (value === null || value === undefined) return;
      const existing = extras.fields[kind]?.[keys[k]] ?? {};
      setExtraFields(extras, kind, keys[k], { ...existing, [name]: value });
    });
  }
}

const ORDER_COLUMNS = new Set(['k', 'dict', 'orderId', 'customer', 'time', 'amount', 'counted', 'items', 'currency', 'channel', 'category', 'updatedAt']);

export class OrdersRestorer {
  private b;
  private orderId: string[] = [];
  private customerId: string[] = [];
  private dict = { currency: [''], channel: [''], category: [''] };
  private index = { currency: new Map([['', 0]]), channel: new Map([['', 0]]), category: new Map([['', 0]]) };

  constructor(declared: number, private extras: SyncExtras) {
    this.b = new ColumnBuilder({
      time: Float64Array, amount: Float64Array, counted: Uint8Array, items: Uint32Array,
      currency: Uint16Array, channel: Uint16Array, category: Uint16Array, updatedAt: Float64Array,
    }, declared);
  }

  add(line: Loose, where: string): void {
    line = { ...line, orderId: numericIds(line.orderId, where) };
    const n = Array.isArray(line.orderId) ? line.orderId.length : 0;
    const dict = (line.dict ?? {}) as Loose;
    const at = this.b.length;
    this.b.reserve(n);
    const t = this.b.typed;
    for (const name of ['time', 'amount', 'updatedAt'] as const) put(t[name], column(line, name, n, finite, where), at);
    put(t.counted, column(line, 'counted', n, int(0, 1), where), at);
    put(t.items, column(line, 'items', n, int(0, 2 ** 32 - 1), where), at);
    for (const name of ['currency', 'channel', 'category'] as const) {
      const codes = remap(dict[name], this.dict[name], this.index[name], `${where} (${name})`);
      const col = column(line, name, n, int(0, codes.length - 1), where) as number[];
      if (this.dict[name].length > 65536) throw new SyncFileError('invalid', `The file is invalid: more than 65536 different ${name} values.`);
      for (let i = 0; i < n; i++) t[name][at + i] = codes[col[i]];
    }
    const ids = column(line, 'orderId', n, text, where) as string[];
    for (const id of ids) this.orderId.push(id);
    for (const id of column(line, 'customer', n, text, where) as string[]) this.customerId.push(id);
    keepUnknownColumns(line, ORDER_COLUMNS, ids, 'orders', this.extras);
    this.b.length += n;
  }

  finish(): SyncOrders {
    const c = this.b.finish();
    return {
      length: this.b.length, orderId: this.orderId, customerId: this.customerId,
      time: c.time as Float64Array, amount: c.amount as Float64Array, counted: c.counted as Uint8Array, items: c.items as Uint32Array,
      currency: c.currency as Uint16Array, channel: c.channel as Uint16Array, category: c.category as Uint16Array,
      dict: this.dict, updatedAt: c.updatedAt as Float64Array,
    };
  }
}

const CAMPAIGN_COLUMNS = new Set(['k', 'names', 'campaign', 'customer', 'events', 'revenue', 'cost', 'updatedAt']);

export class CampaignsRestorer {
  private b;
  private customerId: string[] = [];
  private names: string[] = [];
  private index = new Map<string, number>();

  constructor(declared: number, private extras: SyncExtras) {
    this.b = new ColumnBuilder({ campaign: Int32Array, events: Uint8Array, revenue: Float64Array, cost: Float64Array, updatedAt: Float64Array }, declared);
  }

  add(line: Loose, where: string): void {
    const n = Array.isArray(line.customer) ? line.customer.length : 0;
    const at = this.b.length;
    this.b.reserve(n);
    const t = this.b.typed;
    const codes = remap(line.names, this.names, this.index, `${where} (names)`);
    const campaign = column(line, 'campaign', n, int(0, codes.length - 1), where) as number[];
    for (let i = 0; i < n; i++) t.campaign[at + i] = codes[campaign[i]];
    put(t.events, column(line, 'events', n, int(0, 255), where), at);
    for (const name of ['revenue', 'cost', 'updatedAt'] as const) put(t[name], column(line, name, n, finite, where), at);
    const customers = column(line, 'customer', n, text, where) as string[];
    for (const id of customers) this.customerId.push(id);
    keepUnknownColumns(line, CAMPAIGN_COLUMNS, customers.map((id, i) => campaignKey(this.names[t.campaign[at + i]], id)), 'campaigns', this.extras);
    this.b.length += n;
  }

  finish(): SyncCampaigns | undefined {
    if (this.b.length === 0) return undefined;
    const c = this.b.finish();
    return {
      length: this.b.length, names: this.names, customerId: this.customerId, campaign: c.campaign as Int32Array,
      events: c.events as Uint8Array, revenue: c.revenue as Float64Array, cost: c.cost as Float64Array, updatedAt: c.updatedAt as Float64Array,
    };
  }
}

export class ScoresRestorer {
  private b;
  private customerId: string[] = [];
  private segments: string[] = [];
  private index = new Map<string, number>();
  private asOf: string | undefined;

  constructor(declared: number) {
    this.b = new ColumnBuilder({
      recencyDays: Int32Array, frequency: Int32Array, monetary: Float64Array, r: Uint8Array, f: Uint8Array, m: Uint8Array, segment: Int16Array,
    }, declared);
  }

  add(line: Loose, where: string): void {
    if (typeof line.asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(line.asOf)) throw new SyncFileError('invalid', `The file is invalid: ${where} has no as-of date.`);
    if (this.asOf !== undefined && this.asOf !== line.asOf) throw new SyncFileError('invalid', `The file is invalid: scores as of ${this.asOf} and ${line.asOf}.`);
    this.asOf = line.asOf;
    const n = Array.isArray(line.customer) ? line.customer.length : 0;
    const at = this.b.length;
    this.b.reserve(n);
    const t = this.b.typed;
    const codes = remap(line.segments, this.segments, this.index, `${where} (segments)`);
    const segment = column(line, 'segment', n, int(-1, codes.length - 1), where) as number[];
    for (let i = 0; i < n; i++) t.segment[at + i] = segment[i] < 0 ? -1 : codes[segment[i]];
    put(t.recencyDays, column(line, 'recencyDays', n, int(-(2 ** 31), 2 ** 31 - 1), where), at);
    put(t.frequency, column(line, 'frequency', n, int(0, 2 ** 31 - 1), where), at);
    put(t.monetary, column(line, 'monetary', n, finite, where), at);
    for (const name of ['r', 'f', 'm'] as const) put(t[name], column(line, name, n, int(0, 10), where), at);
    for (const id of column(line, 'customer', n, text, where) as string[]) this.customerId.push(id);
    this.b.length += n;
  }

  finish(): SyncScores | undefined {
    if (this.asOf === undefined) return undefined;
    const c = this.b.finish();
    return {
      asOf: this.asOf, segments: this.segments, length: this.b.length, customerId: this.customerId,
      recencyDays: c.recencyDays as Int32Array, frequency: c.frequency as Int32Array, monetary: c.monetary as Float64Array,
      r: c.r as Uint8Array, f: c.f as Uint8Array, m: c.m as Uint8Array, segment: c.segment as Int16Array,
    };
  }
}
