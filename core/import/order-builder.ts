import { Interner } from './interner.ts';
import { firstOccurrences, firstOccurrencesOfKeys } from './order-id-keys.ts';
import { ImportError } from './types.ts';
import type { ParsedOrders } from './parsed-import.ts';

const MAX_DICT = 65535;

/** Appends orders to growing columns without an object per order (1M-row files stay fast). */
export class OrderBuilder {
  length = 0;
  line: Int32Array;
  customer: Int32Array;
  time: Float64Array;
  amount: Float64Array;
  counted: Uint8Array;
  items: Uint32Array;
  currency: Uint16Array;
  channel: Uint16Array;
  category: Uint16Array;
  readonly orderId: string[] = [];
  readonly currencies: Interner;
  readonly channels: Interner;
  readonly categories: Interner;

  constructor(decode: (buf: Uint8Array, s: number, e: number) => string, private readonly file: string, capacity = 1024) {
    this.line = new Int32Array(capacity);
    this.customer = new Int32Array(capacity);
    this.time = new Float64Array(capacity);
    this.amount = new Float64Array(capacity);
    this.counted = new Uint8Array(capacity);
    this.items = new Uint32Array(capacity);
    this.currency = new Uint16Array(capacity);
    this.channel = new Uint16Array(capacity);
    this.category = new Uint16Array(capacity);
    // Currency codes compare case-insensitively (`rub` = `RUB`).
    this.currencies = new Interner((b, s, e) => decode(b, s, e).toUpperCase(), true);
    this.channels = new Interner(decode, true);
    this.categories = new Interner(decode, true);
  }

  /** Adds one order; dictionary values are indexes from this builder's interners. Returns its row. */
  push(line: number, orderId: string, customer: number, time: number, amount: number, counted: boolean,
    items: number, currency: number, channel: number, category: number): number {
    if (this.length === this.line.length) this.grow();
    const i = this.length++;
    this.line[i] = line;
    this.orderId.push(orderId);
    this.customer[i] = customer;
    this.time[i] = time;
    this.amount[i] = amount;
    this.counted[i] = counted ? 1 : 0;
    this.items[i] = items;
    this.currency[i] = currency;
    this.channel[i] = channel;
    this.category[i] = category;
    return i;
  }

  /** `keys`: the order ids' keys when the reader computed them (ByteOrderKeys), one per order. */
  finish(keys?: Float64Array): ParsedOrders {
    const n = this.length;
    // Indexes past 65535 wrapped in the Uint16 columns: refuse the file rather than mislabel orders.
    this.check(this.currencies, 'currency');
    this.check(this.channels, 'channel');
    this.check(this.categories, 'category');
    return {
      length: n,
      line: this.line.subarray(0, n),
      orderId: this.orderId,
      firstWithId: keys && keys.length === n ? firstOccurrencesOfKeys(keys) : firstOccurrences(this.orderId),
      customer: this.customer.subarray(0, n),
      time: this.time.subarray(0, n),
      amount: this.amount.subarray(0, n),
      counted: this.counted.subarray(0, n),
      items: this.items.subarray(0, n),
      currency: this.currency.subarray(0, n),
      channel: this.channel.subarray(0, n),
      category: this.category.subarray(0, n),
      dict: { currency: this.currencies.values, channel: this.channels.values, category: this.categories.values },
    };
  }

  private check(dict: Interner, name: string): void {
    if (dict.size > MAX_DICT + 1) {
      throw new ImportError(`The ${name} column has more than ${MAX_DICT} different values; map another column to ${name}.`,
        this.file, 'too_many_values');
    }
  }

  private grow(): void {
    const cap = this.line.length * 2;
    const g = <T extends Int32Array | Float64Array | Uint8Array | Uint32Array | Uint16Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.line = g(this.line, (n) => new Int32Array(n));
    this.customer = g(this.customer, (n) => new Int32Array(n));
    this.time = g(this.time, (n) => new Float64Array(n));
    this.amount = g(this.amount, (n) => new Float64Array(n));
    this.counted = g(this.counted, (n) => new Uint8Array(n));
    this.items = g(this.items, (n) => new Uint32Array(n));
    this.currency = g(this.currency, (n) => new Uint16Array(n));
    this.channel = g(this.channel, (n) => new Uint16Array(n));
    this.category = g(this.category, (n) => new Uint16Array(n));
  }
}
