import { customerRow } from './customer-row.ts';
import { explainScore } from '../rfm/explain.ts';
import { nextClassSentenceEn } from '../rfm/explain-en.ts';
import type { Dataset } from '../model/dataset.ts';
import type { CustomerCard, ExplainedDimension, OrderLine } from '../worker/engine-api.ts';

const ORDERS_SHOWN = 50;

/** The card of customer `i`: profile, scores with their explanation, newest orders. */
export function customerCard(ds: Dataset, i: number): Omit<CustomerCard, 'segments'> {
  const o = ds.orders;
  const mine: number[] = [];
  for (let k = 0; k < o.length; k++) if (o.customer[k] === i) mine.push(k);
  mine.sort((a, b) => o.time[b] - o.time[a]);
  const orders: OrderLine[] = mine.slice(0, ORDERS_SHOWN).map((k) => ({
    orderId: o.orderId[k],
    time: o.time[k],
    amount: o.amount[k],
    counted: o.counted[k] === 1,
    currency: o.dict.currency[o.currency[k]],
    channel: o.dict.channel[o.channel[k]],
    category: o.dict.category[o.category[k]],
  }));
  const x = ds.scores && explainScore(i, ds.scores.input, ds.scores.scores);
  const dims = x && ([x.recency, x.frequency, x.monetary] as const).map(
    (d): ExplainedDimension => ({ dimension: d.dimension, value: d.value, class: d.class, classes: d.classes, next: d.next, sentence: nextClassSentenceEn(d) }),
  );
  return {
    row: customerRow(ds, i),
    customer: ds.customers[i],
    explanation: x && dims ? { fm: x.fm, segment: x.segment, dimensions: dims } : undefined,
    orders,
    orderCount: mine.length,
  };
}
