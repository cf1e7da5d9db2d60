import { headerHits, mapColumns } from '../column-map.ts';
import { cleanId } from '../cells.ts';
import { OrderSink } from '../order-reader.ts';
import { RejectLog } from '../rejects.ts';
import { ORDER_SYNONYMS } from '../synonyms.ts';
import type { SynonymTable } from '../column-map.ts';
import type { Importer } from './importer.ts';

const SHOPIFY: SynonymTable = [
  ['orderId', ['name', 'id']],
  ['orderDate', ['created at']],
  ['amount', ['total']],
  ['phone', ['phone', 'billing phone', 'shipping phone']],
  ['fullName', ['billing name', 'shipping name']],
  ['city', ['billing city']],
  ['region', ['billing province', 'billing province name']],
  ['country', ['billing country']],
  ['consent', ['accepts marketing', 'accepts email marketing']],
  ['items', ['lineitem quantity']],
  ['lineitemPrice', ['lineitem price']],
  ['channel', ['source']],
];

const SIGNATURE = ['Name', 'Email', 'Financial Status', 'Fulfillment Status', 'Created at', 'Total', 'Lineitem quantity',
  'Lineitem name', 'Lineitem price', 'Billing Name', 'Refunded Amount', 'Paid at'];

/**
 * Shopify `orders_export.csv`: one row per line item. An order starts where `Name` changes; its
 * first row carries totals and status, continuation rows only add item quantities (totals are never
 * summed down). `refunded`/`voided` and a `Cancelled at` value make the order not counted;
 * a partial refund counts as `Total − Refunded Amount`. `Name` (`#1001`) is the order id; the
 * customer is found by `Email`, else by a phone. Dates keep their wall-clock time (`-0700` dropped).
 */
export const shopifyOrders: Importer = {
  id: 'shopify-orders',
  label: 'Shopify orders',
  kind: 'orders',
  dateOrder: 'iso',
  detect: (headers) => {
    const hits = headerHits(headers, SIGNATURE);
    return hits >= 5 && headerHits(headers, ['Financial Status', 'Lineitem quantity']) === 2 ? 0.6 + 0.4 * (hits / SIGNATURE.length) : 0;
  },
  map: (headers) => mapColumns(headers, 'orders', [...SHOPIFY, ...ORDER_SYNONYMS]),
  async read(ctx) {
    const log = new RejectLog(ctx.file);
    const sink = new OrderSink(ctx, log);
    const c = {
      id: sink.col('orderId'), date: sink.col('orderDate'), total: sink.col('amount'), refunded: sink.col('refundedAmount'),
      financial: sink.col('financialStatus'), cancelled: sink.col('cancelledAt'), currency: sink.col('currency'),
      channel: sink.col('channel'), items: sink.col('items'),
    };
    interface Group { id: string; ok: boolean; line: number; customer: number; time: number; amount: number; counted: boolean;
      items: number; currency: number; channel: number }
    let g: Group | undefined;
    const flush = () => {
      if (g?.ok) sink.builder.push(g.line, g.id, g.customer, g.time, g.amount, g.counted, g.items, g.currency, g.channel, 0);
      g = undefined;
    };
    let rows = 0;
    await ctx.table.forEachRow((row) => {
      rows++;
      const id = c.id >= 0 ? cleanId(row.text(c.id)) : '';
      const hasTotal = c.total >= 0 && row.text(c.total).trim() !== '';
      if (g && id !== '' && id === g.id && !(hasTotal && g.ok)) {
        if (g.ok) g.items += sink.itemsOf(row, c.items);
        return;
      }
      flush();
      if (sink.orderIdOf(row) === '') return;
      g = { id, ok: false, line: row.line, customer: -1, time: NaN, amount: NaN, counted: true, items: 0, currency: 0, channel: 0 };
      g.customer = sink.customerOf(row);
      if (g.customer < 0) return;
      g.time = sink.timeOf(row, c.date);
      if (Number.isNaN(g.time)) return;
      const total = sink.moneyOf(row, c.total);
      if (Number.isNaN(total)) return;
      const refunded = sink.moneyOf(row, c.refunded, true);
      if (Number.isNaN(refunded)) return;
      const status = c.financial >= 0 ? row.text(c.financial).trim().toLowerCase() : '';
      const cancelled = c.cancelled >= 0 && row.text(c.cancelled).trim() !== '';
      g.amount = Math.max(0, total - refunded);
      const fullyRefunded = status === 'refunded' || (refunded > 0 && refunded >= total);
      g.counted = !cancelled && !fullyRefunded && status !== 'voided';
      g.items = sink.itemsOf(row, c.items);
      g.currency = sink.dictOf(row, c.currency, 'currencies');
      g.channel = sink.dictOf(row, c.channel, 'channels');
      sink.strayQuoteCheck(row, [c.id, c.date, c.total, c.currency]);
      g.ok = true;
    });
    flush();
    return { rows, customers: sink.customers, orders: sink.builder.finish(), rejected: log.rows };
  },
};
