import { headerHits, mapColumns } from '../column-map.ts';
import { cleanId } from '../cells.ts';
import { OrderSink } from '../order-reader.ts';
import { RejectLog } from '../rejects.ts';
import { ORDER_SYNONYMS } from '../synonyms.ts';
import type { SynonymTable } from '../column-map.ts';
import type { Importer } from './importer.ts';

const WOO: SynonymTable = [
  ['orderId', ['order number', 'order id', 'order_id', 'order_number']],
  ['orderDate', ['order date', 'order_date', 'date_created', 'paid_date']],
  ['email', ['email (billing)', 'billing_email', 'customer_email', 'customer email']],
  ['phone', ['phone (billing)', 'billing_phone', 'phone (shipping)', 'shipping_phone']],
  ['firstName', ['first name (billing)', 'billing_first_name']],
  ['lastName', ['last name (billing)', 'billing_last_name']],
  ['city', ['city (billing)', 'billing_city']],
  ['region', ['state code (billing)', 'billing_state']],
  ['country', ['country code (billing)', 'billing_country']],
  ['netAmount', ['order total amount (- refund)']],
  ['amount', ['order total amount', 'order_total']],
  ['refundedAmount', ['order refund amount', 'order_refund', 'refunded_total']],
  ['status', ['order status', 'status']],
  ['currency', ['order currency', 'currency', 'order_currency']],
  ['items', ['quantity', 'qty', 'item_quantity', 'line_item_qty']],
  ['channel', ['created via', 'created_via']],
];

const SIGNATURE_A = ['Order Number', 'Order Status', 'Order Date', 'Email (Billing)', 'Phone (Billing)', 'Item Name', 'Quantity',
  'Order Total Amount', 'Order Refund Amount', 'Order Total Amount (- Refund)'];
const SIGNATURE_B = ['order_id', 'order_date', 'status', 'order_total', 'customer_email', 'billing_phone', 'billing_email',
  'billing_first_name', 'billing_last_name', 'order_currency'];

/** Not purchases: Woo's cancelled, refunded and failed orders, and unpaid ones (`pending` payment,
 *  checkout drafts), which usually expire unpaid. `on-hold` waits for a bank transfer and counts. */
const NOT_COUNTED = /cancel|refund|fail|pending|draft|trash|отмен|возврат/;

/**
 * WooCommerce "Advanced Order Export" (`Order Number, Order Status, …, Order Total Amount (- Refund)`)
 * and the snake_case layout (`order_id, order_date, status, order_total, customer_email, …`).
 * Order fields repeat on every product row: consecutive rows of one order number make one order with
 * the quantities summed. The net total is `Order Total Amount (- Refund)` when present, else total −
 * refund. Dates are often `M/D/YYYY H:MM:SS`, hence month-first when the file does not decide.
 */
export const woocommerceOrders: Importer = {
  id: 'woocommerce-orders',
  label: 'WooCommerce orders',
  kind: 'orders',
  dateOrder: 'mdy',
  detect: (headers) => {
    const a = headerHits(headers, SIGNATURE_A), b = headerHits(headers, SIGNATURE_B);
    if (a >= 4 && headerHits(headers, ['Order Number', 'Order Status']) === 2) return 0.6 + 0.4 * (a / SIGNATURE_A.length);
    if (b >= 4 && headerHits(headers, ['order_total', 'status']) === 2) return 0.5 + 0.4 * (b / SIGNATURE_B.length);
    return 0;
  },
  map: (headers) => {
    const m = mapColumns(headers, 'orders', [...WOO, ...ORDER_SYNONYMS]);
    // Woo's customer id is 0 for every guest: customers are told apart by email and phone instead.
    for (const c of m.columns) if (c.field === 'customerId') c.field = 'ignore';
    return m;
  },
  async read(ctx) {
    const log = new RejectLog(ctx.file);
    const sink = new OrderSink(ctx, log);
    const c = {
      id: sink.col('orderId'), date: sink.col('orderDate'), total: sink.col('amount'), net: sink.col('netAmount'),
      refunded: sink.col('refundedAmount'), status: sink.col('status'), currency: sink.col('currency'),
      channel: sink.col('channel'), items: sink.col('items'),
    };
    let current = '', currentOk = false, currentIndex = -1;
    let rows = 0;
    await ctx.table.forEachRow((row) => {
      rows++;
      const id = c.id >= 0 ? cleanId(row.text(c.id)) : '';
      if (id !== '' && id === current) {
        if (currentOk) sink.builder.items[currentIndex] += sink.itemsOf(row, c.items);
        return;
      }
      current = id;
      currentOk = false;
      if (sink.orderIdOf(row) === '') return;
      const customer = sink.customerOf(row);
      if (customer < 0) return;
      const time = sink.timeOf(row, c.date);
      if (Number.isNaN(time)) return;
      let amount: number;
      if (c.net >= 0 && row.text(c.net).trim() !== '') amount = sink.moneyOf(row, c.net);
      else {
        amount = sink.moneyOf(row, c.total);
        if (Number.isNaN(amount)) return;
        const refunded = sink.moneyOf(row, c.refunded, true);
        if (Number.isNaN(refunded)) return;
        amount = Math.max(0, amount - refunded);
      }
      if (Number.isNaN(amount)) return;
      const status = c.status >= 0 ? row.text(c.status).trim().toLowerCase().replace(/^wc-/, '') : '';
      sink.strayQuoteCheck(row, [c.id, c.date, c.total, c.net, c.currency]);
      currentIndex = sink.builder.push(row.line, id, customer, time, amount, !NOT_COUNTED.test(status), sink.itemsOf(row, c.items),
        sink.dictOf(row, c.currency, 'currencies'), sink.dictOf(row, c.channel, 'channels'), 0);
      currentOk = true;
    });
    return { rows, customers: sink.customers, orders: sink.builder.finish(), rejected: log.rows };
  },
};
