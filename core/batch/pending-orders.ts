import type { CustomerTable } from './customer-table.ts';
import type { OrderIdSet } from './order-id-set.ts';

/** Rows looked up together. */
const QUEUE = 64;
/** Longest customer id a queued row may have (longer ones are handled at once). */
const MAX_ID_BYTES = 32;

/**
 * Rows of a `dedup: 'set'` range whose numeric order id waits to be looked up. Ids in a file out of
 * order hit the set at random: a cache miss each, which one after the other cost ~280 ns a row on L;
 * looked up 64 at a time (touch all, then add in row order) the misses overlap. Rows are settled in
 * their order, so the first row of an id is still the one counted. The caller flushes before any
 * other row is settled (a rejected row, an id that is not a number) to keep rows and rejections in
 * line order.
 */
export class PendingOrders {
  private readonly keys = new Float64Array(QUEUE);
  private readonly lines = new Int32Array(QUEUE);
  private readonly days = new Int32Array(QUEUE);
  private readonly amounts = new Float64Array(QUEUE);
  private readonly idEnds = new Int32Array(QUEUE);
  private readonly ids = new Uint8Array(QUEUE * MAX_ID_BYTES);
  private n = 0;
  private idBytes = 0;

  constructor(
    private readonly seen: OrderIdSet,
    private readonly excluded: OrderIdSet | undefined,
    private readonly customers: CustomerTable,
    private readonly asOfDay: number,
    /** A row whose order id came before: `line` as given to add. */
    private readonly onRepeat: (line: number, key: number) => void,
  ) {}

  /**
   * Queues the row of order `key` (a whole number) for the customer with id bytes [cs, ce) of `b`;
   * false, queuing nothing, when that id is too long: then flush and settle the row yourself.
   */
  add(key: number, line: number, b: Uint8Array, cs: number, ce: number, day: number, amount: number): boolean {
    if (ce - cs > MAX_ID_BYTES) return false;
    const q = this.n++;
    this.keys[q] = key;
    this.lines[q] = line;
    this.days[q] = day;
    this.amounts[q] = amount;
    const ids = this.ids;
    let w = this.idBytes;
    for (let k = cs; k < ce; k++) ids[w++] = b[k];
    this.idEnds[q] = this.idBytes = w;
    if (q + 1 === QUEUE) this.flush();
    return true;
  }

  flush(): void {
    const n = this.n;
    if (n === 0) return;
    this.n = 0;
    this.idBytes = 0;
    const { keys, seen, excluded, customers, ids, idEnds } = this;
    seen.touchNumbers(keys, n);
    for (let q = 0, start = 0; q < n; start = idEnds[q++]) {
      const key = keys[q];
      if (excluded?.hasNumber(key) || !seen.addNumber(key)) this.onRepeat(this.lines[q], key);
      else if (this.days[q] <= this.asOfDay) customers.queueOrder(ids, start, idEnds[q], this.days[q], this.amounts[q]);
    }
  }
}
