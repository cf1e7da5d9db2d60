import { applyPatch, customerFromPatch } from './apply-patch.ts';
import { CustomerIndex } from './identity.ts';
import { OrderIdLookup } from './order-id-keys.ts';
import { yieldToEventLoop } from './table.ts';
import type { Customer } from '../model/customer.ts';
import type { Dataset } from '../model/dataset.ts';
import type { ImportRecord } from '../model/import-record.ts';
import type { OrderTable } from '../model/orders.ts';
import type { ParsedImport, ParsedOrders } from './parsed-import.ts';
import type { ImportProgress, RejectedRow } from './types.ts';

export interface MergeOptions {
  /** ms since epoch stamped on changed records and on the ImportRecord (tests pass a fixed one). */
  now?: number;
  /** Id of the ImportRecord (default: a random UUID). */
  importId?: string;
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /**
   * The parsed imports are not used after the merge (the engine's case): new customers take over
   * their patches' lists instead of copies. Saves a copy of every new customer's emails, phones, tags
   * and attributes.
   */
  consume?: boolean;
}

export interface MergeResult {
  /** A new Dataset; the one passed in is never modified, so a failure or an abort leaves it intact. */
  dataset: Dataset;
  record: ImportRecord;
}

const CHUNK = 65536;

/**
 * Merges one read file into a dataset.
 *
 * Customers: a customers file overwrites the fields it has (it is the newer truth); the customer data
 * an orders file carries only fills blanks. Orders: an order id already in the dataset with the same
 * content is a silent duplicate (re-importing a file changes nothing); with other content the newer
 * import replaces it (a later export saying "refunded"). Within one file, an exact repeat of a row is
 * imported once and reported; the same id with other content is rejected. An order whose customer
 * is known by an id alone and matches nobody gets a customer record and a warning
 * (`unknown_customer_id`). Each problem row appears once in the report, under its first problem.
 */
export async function mergeImport(dataset: Dataset, parsed: ParsedImport, opts: MergeOptions = {}): Promise<MergeResult> {
  return (await mergeOne(dataset, parsed, opts)).result;
}

/**
 * mergeImport, reusing the customer index of the previous file's merge when it is exactly what a new
 * one would be (building it again costs a hash insertion per id, email and phone of every customer).
 */
async function mergeOne(dataset: Dataset, parsed: ParsedImport, opts: MergeOptions, carried?: CustomerIndex):
  Promise<{ result: MergeResult; index: CustomerIndex }> {
  const now = opts.now ?? Date.now();
  const customers: Customer[] = dataset.customers.slice();
  let index: CustomerIndex;
  if (carried?.asIfBuiltFresh) {
    carried.rebind(customers);
    index = carried;
  } else index = new CustomerIndex(customers);
  const counts: ImportRecord['counts'] = {
    rows: parsed.rows, customersNew: 0, customersMerged: 0, ordersNew: 0, ordersDuplicate: 0, ordersUnknownCustomer: 0, rejected: 0,
  };
  const changed = new Set<number>();
  const report: ReportRow[] = parsed.rejected.map((r) => ({ ...r }));
  const progress = (rowsWritten: number, fraction: number) =>
    opts.onProgress?.({ phase: 'merging', rowsRead: parsed.rows, rowsWritten, fraction });

  /** `found`: the patch's `index.find`, when the caller has just made it. */
  const upsert = (p: ParsedImport['customers'][number], mode: 'overwrite' | 'fill', found = index.find(p)): number =>
    upsertIn(index, p, mode, found);
  const upsertIn = (index: CustomerIndex, p: ParsedImport['customers'][number], mode: 'overwrite' | 'fill', found: number): number => {
    const i = found;
    if (i < 0) {
      const c = customerFromPatch(p, now, opts.consume);
      customers.push(c);
      index.addNew(customers.length - 1, c);
      counts.customersNew++;
      return customers.length - 1;
    }
    const next = applyPatch(customers[i], p, mode, now);
    if (next) {
      index.add(i, next); // before the old version is replaced: the index may still build a map from it
      customers[i] = next;
      if (i < dataset.customers.length && !changed.has(i)) { changed.add(i); counts.customersMerged++; }
    }
    return i;
  };

  let orders = dataset.orders;
  if (parsed.kind === 'customers') {
    const shared = parsed.keyShared;
    // Into no customers, a patch that shares no key with another one is a new customer that no other
    // patch can match: only the patches that share keys need an index, one of just their customers.
    // The next file gets an index of all customers, built when it first looks one up.
    const alone = shared !== undefined && customers.length === 0;
    const among = alone ? CustomerIndex.ofAdded(customers) : index;
    for (let k = 0; k < parsed.customers.length; k++) {
      if (k % CHUNK === 0) await checkpoint(opts, () => progress(k, k / parsed.customers.length));
      const p = parsed.customers[k];
      if (alone && shared[k] === 0) {
        customers.push(customerFromPatch(p, now, opts.consume));
        counts.customersNew++;
      } else upsertIn(among, p, 'overwrite', among.find(p));
    }
    if (alone) index = new CustomerIndex(customers);
  } else if (parsed.orders) {
    orders = await mergeOrders(dataset.orders, parsed, parsed.orders, { customers, index, upsert, counts, report, now, opts, progress });
  }
  opts.signal?.throwIfAborted();

  const byLine = report.sort((a, b) => a.line - b.line);
  counts.rejected = byLine.filter((r) => !r.kept && !r.duplicate).length;
  const record: ImportRecord = {
    id: opts.importId ?? crypto.randomUUID(),
    fileName: parsed.file,
    contentHash: parsed.contentHash,
    source: parsed.source,
    dialect: parsed.dialect,
    importedAt: now,
    counts,
    rejected: byLine.map(({ duplicate: _, ...r }) => r),
    updatedAt: now,
  };
  const touched = counts.customersNew > 0 || changed.size > 0 || orders !== dataset.orders;
  progress(parsed.rows, 1);
  const result: MergeResult = {
    dataset: {
      ...dataset,
      customers: touched ? customers : dataset.customers,
      orders,
      scores: touched ? undefined : dataset.scores,
      imports: [...dataset.imports, record],
    },
    record,
  };
  return { result, index };
}

async function checkpoint(opts: MergeOptions, progress: () => void): Promise<void> {
  opts.signal?.throwIfAborted();
  progress();
  await yieldToEventLoop();
  opts.signal?.throwIfAborted();
}

interface OrderMergeState {
  customers: Customer[];
  index: CustomerIndex;
  upsert: (p: ParsedImport['customers'][number], mode: 'fill', found?: number) => number;
  counts: ImportRecord['counts'];
  report: ReportRow[];
  now: number;
  opts: MergeOptions;
  progress: (rowsWritten: number, fraction: number) => void;
}

/** `duplicate`: an exact repeat, counted in ordersDuplicate rather than in rejected. */
type ReportRow = RejectedRow & { duplicate?: boolean };

const UNRESOLVED = 0, KNOWN = 1, PENDING_UNKNOWN = 2, CREATED_UNKNOWN = 3;

async function mergeOrders(old: OrderTable, parsed: ParsedImport, po: ParsedOrders, st: OrderMergeState): Promise<OrderTable> {
  const { counts, report, now } = st;
  const patches = parsed.customers;
  const state = new Uint8Array(patches.length);
  const target = new Int32Array(patches.length).fill(-1);
  const warned = new Map<number, RejectedRow>();
  for (const r of report) if (r.kept) warned.set(r.line, r);

  // Dictionaries: parsed index → dataset index, extending copies of the dataset's lists.
  const dict = { currency: old.dict.currency.slice(), channel: old.dict.channel.slice(), category: old.dict.category.slice() };
  const remap = (from: string[], to: string[]): Uint16Array => {
    const pos = new Map(to.map((v, i) => [v, i]));
    return Uint16Array.from(from, (v) => {
      let i = pos.get(v);
      if (i === undefined) { i = to.length; to.push(v); pos.set(v, i); }
      return i;
    });
  };
  const curMap = remap(po.dict.currency, dict.currency);
  const chMap = remap(po.dict.channel, dict.channel);
  const catMap = remap(po.dict.category, dict.category);

  const existing = old.length > 0 ? new OrderIdLookup(old.orderId.slice(0, old.length)) : undefined;
  const append = new Int32Array(po.length);
  let appended = 0;
  const updates = new Map<number, number>(); // dataset row → parsed row
  const orderCustomer = new Int32Array(po.length).fill(-1);

  const resolve = (ci: number): void => {
    if (state[ci] !== UNRESOLVED) return;
    const p = patches[ci];
    const idOnly = p.emails.length === 0 && p.phones.length === 0 && !p.nameOnly;
    const found = st.index.find(p);
    if (idOnly && found < 0) { state[ci] = PENDING_UNKNOWN; return; }
    // Known, or described well enough (email, phone, name) to be a customer in its own right.
    target[ci] = st.upsert(p, 'fill', found);
    state[ci] = KNOWN;
  };
  const createUnknown = (ci: number): number => {
    if (state[ci] === PENDING_UNKNOWN) {
      target[ci] = st.upsert(patches[ci], 'fill');
      state[ci] = CREATED_UNKNOWN;
    }
    return target[ci];
  };
  const unknownWhy = (ci: number) => `Customer id "${patches[ci].sourceId ?? ''}" is in no customers file`;
  const sameAsParsed = (a: number, b: number) =>
    po.customer[a] === po.customer[b] && po.time[a] === po.time[b] && po.amount[a] === po.amount[b]
    && po.counted[a] === po.counted[b] && po.items[a] === po.items[b] && po.currency[a] === po.currency[b]
    && po.channel[a] === po.channel[b] && po.category[a] === po.category[b];
  const sameAsDataset = (r: number, j: number, customer: number) =>
    old.customer[j] === customer && old.time[j] === po.time[r] && old.amount[j] === po.amount[r]
    && old.counted[j] === po.counted[r] && old.items[j] === po.items[r] && old.currency[j] === curMap[po.currency[r]]
    && old.channel[j] === chMap[po.channel[r]] && old.category[j] === catMap[po.category[r]];

  for (let r = 0; r < po.length; r++) {
    if (r % CHUNK === 0) await checkpoint(st.opts, () => st.progress(r, r / po.length));
    const id = po.orderId[r], ci = po.customer[r], line = po.line[r];
    if (state[ci] === UNRESOLVED) resolve(ci);
    const unknown = state[ci] === PENDING_UNKNOWN || state[ci] === CREATED_UNKNOWN;
    const first = po.firstWithId[r];
    if (first >= 0) {
      if (sameAsParsed(r, first)) {
        counts.ordersDuplicate++;
        report.push({ file: parsed.file, line, column: undefined, value: id, code: 'duplicate_order_id', kept: false, duplicate: true,
          reason: `Exact copy of line ${po.line[first]}: imported once.` });
        continue;
      }
      const clash = `order id ${id} is already used on line ${po.line[first]} by a different order`;
      const w = warned.get(line);
      if (unknown) {
        report.push({ file: parsed.file, line, column: undefined, value: patches[ci].sourceId ?? '', code: 'unknown_customer_id',
          kept: false, reason: `${unknownWhy(ci)}, and ${clash}: not imported.` });
      } else if (w) {
        w.kept = false;
        w.reason += ` Not imported: ${clash}.`;
      } else {
        report.push({ file: parsed.file, line, column: undefined, value: id, code: 'duplicate_order_id', kept: false,
          reason: `The ${clash}: not imported.` });
      }
      continue;
    }
    const j = existing?.get(id);
    if (j !== undefined && target[ci] >= 0 && sameAsDataset(r, j, target[ci])) { counts.ordersDuplicate++; continue; }
    const customer = unknown ? createUnknown(ci) : target[ci];
    if (unknown) {
      counts.ordersUnknownCustomer++;
      const msg = `${unknownWhy(ci)}: a customer record was created for it.`;
      const w = warned.get(line);
      if (w) w.reason += ` Also: ${msg}`;
      else report.push({ file: parsed.file, line, column: undefined, value: patches[ci].sourceId ?? '', code: 'unknown_customer_id', kept: true, reason: msg });
    }
    orderCustomer[r] = customer;
    if (j !== undefined) updates.set(j, r);
    else append[appended++] = r;
  }
  counts.ordersNew = appended;
  if (appended === 0 && updates.size === 0) return old;
  return buildTable(old, po, append.subarray(0, appended), updates, orderCustomer, { curMap, chMap, catMap }, dict, now);
}

interface DictMaps { curMap: Uint16Array; chMap: Uint16Array; catMap: Uint16Array }

function buildTable(old: OrderTable, po: ParsedOrders, append: Int32Array, updates: Map<number, number>, orderCustomer: Int32Array,
  maps: DictMaps, dict: OrderTable['dict'], now: number): OrderTable {
  const o = old.length, n = o + append.length;
  if (o === 0 && append.length === po.length) {
    // Every parsed order and nothing before them (a first import): the columns as they are.
    const remapped = (from: Uint16Array, map: Uint16Array) => {
      const to = new Uint16Array(n);
      remapInto(to, 0, from, map);
      return to;
    };
    return {
      length: n, orderId: po.orderId.slice(), customer: orderCustomer, time: po.time.slice(), amount: po.amount.slice(),
      counted: po.counted.slice(), items: po.items.slice(), currency: remapped(po.currency, maps.curMap),
      channel: remapped(po.channel, maps.chMap), category: remapped(po.category, maps.catMap), dict,
      updatedAt: new Float64Array(n).fill(now),
    };
  }
  const t: OrderTable = {
    length: n,
    orderId: [],
    customer: new Int32Array(n), time: new Float64Array(n), amount: new Float64Array(n), counted: new Uint8Array(n),
    items: new Uint32Array(n), currency: new Uint16Array(n), channel: new Uint16Array(n), category: new Uint16Array(n),
    dict, updatedAt: new Float64Array(n),
  };
  t.customer.set(old.customer.subarray(0, o)); t.time.set(old.time.subarray(0, o));
  t.amount.set(old.amount.subarray(0, o)); t.counted.set(old.counted.subarray(0, o));
  t.items.set(old.items.subarray(0, o)); t.currency.set(old.currency.subarray(0, o));
  t.channel.set(old.channel.subarray(0, o)); t.category.set(old.category.subarray(0, o));
  t.updatedAt.set(old.updatedAt.subarray(0, o));
  const put = (j: number, r: number) => {
    t.customer[j] = orderCustomer[r]; t.time[j] = po.time[r]; t.amount[j] = po.amount[r]; t.counted[j] = po.counted[r];
    t.items[j] = po.items[r]; t.currency[j] = maps.curMap[po.currency[r]]; t.channel[j] = maps.chMap[po.channel[r]];
    t.category[j] = maps.catMap[po.category[r]]; t.updatedAt[j] = now;
  };
  for (const [j, r] of updates) put(j, r);
  if (append.length === po.length) appendAll(t, o, po, orderCustomer, maps, now);
  else {
    for (let k = 0; k < append.length; k++) put(o + k, append[k]);
  }
  const ids = old.orderId.length === o ? old.orderId : old.orderId.slice(0, o);
  if (append.length === po.length) t.orderId = ids.concat(po.orderId);
  else {
    t.orderId = ids.slice();
    for (let k = 0; k < append.length; k++) t.orderId.push(po.orderId[append[k]]);
  }
  return t;
}

/** Every parsed order, in order, after the `o` rows already in `t`: whole columns at once. */
function appendAll(t: OrderTable, o: number, po: ParsedOrders, orderCustomer: Int32Array, maps: DictMaps, now: number): void {
  t.customer.set(orderCustomer, o);
  t.time.set(po.time, o);
  t.amount.set(po.amount, o);
  t.counted.set(po.counted, o);
  t.items.set(po.items, o);
  remapInto(t.currency, o, po.currency, maps.curMap);
  remapInto(t.channel, o, po.channel, maps.chMap);
  remapInto(t.category, o, po.category, maps.catMap);
  t.updatedAt.fill(now, o);
}

function remapInto(to: Uint16Array, at: number, from: Uint16Array, map: Uint16Array): void {
  let identity = true;
  for (let k = 0; k < map.length && identity; k++) identity = map[k] === k;
  if (identity) {
    to.set(from, at);
    return;
  }
  for (let k = 0; k < from.length; k++) to[at + k] = map[from[k]];
}

/** Merges several files: customers files first, so that orders find their customers. */
export async function mergeImports(dataset: Dataset, parsed: readonly ParsedImport[], opts: MergeOptions = {}):
  Promise<{ dataset: Dataset; records: ImportRecord[] }> {
  const ordered = [...parsed].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'customers' ? -1 : 1));
  const records: ImportRecord[] = [];
  let ds = dataset;
  let index: CustomerIndex | undefined;
  for (const p of ordered) {
    const r = await mergeOne(ds, p, { ...opts, importId: undefined }, index);
    ds = r.result.dataset;
    index = r.index;
    records.push(r.result.record);
  }
  return { dataset: ds, records };
}
