import { cleanId } from './cells.ts';
import { OrderSink } from './order-reader.ts';
import { stageWon } from './order-status.ts';
import { RejectLog } from './rejects.ts';
import type { ImporterContext, ImporterResult } from './importers/importer.ts';
import type { PatchOptions } from './customer-reader.ts';

export interface DealOptions extends PatchOptions {
  /** Prefix of a deal id made from the deal's name and date when the export has no ID column. */
  syntheticIdPrefix: string;
}

/**
 * CRM deals (Bitrix24) and leads (amoCRM) as orders. Every deal is kept so the history is complete,
 * but only won deals count as purchases (`stageWon`): an open deal has not been paid and a lost one
 * never will be. A won deal is dated by its close date when the export has one, else by its creation.
 * An empty amount is 0 (deals often have none). The customer is the contact's id, email or phone,
 * else the contact's name (see CustomerPatch.nameOnly).
 */
export async function readDeals(ctx: ImporterContext, opts: DealOptions): Promise<ImporterResult> {
  const log = new RejectLog(ctx.file);
  const sink = new OrderSink(ctx, log, opts);
  const cell = opts.cell ?? ((s: string) => s);
  const c = {
    id: sink.col('orderId'), name: ctx.mapping.columns.find((x) => x.key === 'названиесделки' || x.key === 'dealname')?.index ?? -1,
    created: sink.col('orderDate'), closed: sink.col('closedDate'), amount: sink.col('amount'), stage: sink.col('status'),
    currency: sink.col('currency'), channel: sink.col('channel'), category: sink.col('category'),
  };
  let rows = 0;
  await ctx.table.forEachRow((row) => {
    rows++;
    let id: string;
    if (c.id >= 0) {
      id = sink.orderIdOf(row);
      if (id === '') return;
    } else {
      const name = c.name >= 0 ? cell(row.text(c.name)).trim() : '';
      const created = c.created >= 0 ? row.text(c.created).trim() : '';
      if (name === '' && created === '') { sink.orderIdOf(row); return; }
      id = `${opts.syntheticIdPrefix}${name}|${created}`;
    }
    const customer = sink.customerOf(row, true);
    if (customer < 0) return;
    const won = stageWon(c.stage >= 0 ? cell(row.text(c.stage)) : '');
    const useClosed = won && c.closed >= 0 && row.text(c.closed).trim() !== '';
    const time = sink.timeOf(row, useClosed ? c.closed : c.created);
    if (Number.isNaN(time)) return;
    const amount = sink.moneyOf(row, c.amount, true);
    if (Number.isNaN(amount)) return;
    sink.strayQuoteCheck(row, [c.id, c.created, c.amount]);
    const dictOf = (col: number, d: 'currencies' | 'channels' | 'categories') =>
      col < 0 ? 0 : sink.builder[d].internString(d === 'currencies' ? cell(row.text(col)).trim().toUpperCase() : cell(row.text(col)).trim());
    sink.builder.push(row.line, cleanId(id), customer, time, amount, won, 0,
      dictOf(c.currency, 'currencies'), dictOf(c.channel, 'channels'), dictOf(c.category, 'categories'));
  });
  return { rows, customers: sink.customers, orders: sink.builder.finish(), rejected: log.rows };
}
