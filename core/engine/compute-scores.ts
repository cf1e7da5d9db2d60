import { aggregateOrders } from '../rfm/aggregate.ts';
import { scoreRfm } from '../rfm/score.ts';
import { dayOfIso } from '../model/dates.ts';
import type { CustomerScores, Dataset } from '../model/dataset.ts';
import type { RfmSettings } from '../rfm/types.ts';

/** RFM inputs and scores of every customer of `ds` under `settings` (deleted customers are not scored). */
export function computeScores(ds: Dataset, settings: RfmSettings, now = Date.now()): CustomerScores {
  const asOfDay = dayOfIso(settings.asOf);
  if (asOfDay === undefined) throw new RangeError(`The as-of date "${settings.asOf}" is not a calendar date (YYYY-MM-DD).`);
  const { input, firstDay, lastDay } = aggregateOrders(ds.orders, ds.customers.length, asOfDay);
  ds.customers.forEach((c, i) => {
    if (!c.deleted) return;
    input.frequency[i] = 0;
    input.monetary[i] = 0;
    input.recencyDays[i] = 0;
    firstDay[i] = lastDay[i] = -1;
  });
  return { input, scores: scoreRfm(input, settings), firstDay, lastDay, computedAt: now };
}

/** Today's calendar date where the engine runs (the user's time zone), `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
