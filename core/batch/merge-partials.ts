import type { PartialAggregate } from './partial-aggregate.ts';
import type { RfmInput } from '../rfm/types.ts';

export interface BatchAggregate {
  customerIds: string[];
  input: RfmInput;
  rows: number;
  duplicates: number;
}

/**
 * Joins the aggregates of consecutive byte ranges, in file order. Returns undefined when the ranges
 * together do not keep order ids non-decreasing: the caller must then re-read the file with a full
 * id set (see PartialAggregate).
 */
export function mergePartials(parts: readonly PartialAggregate[], asOfDay: number): BatchAggregate | undefined {
  if (parts.some((p) => !p.monotonic)) return undefined;
  const index = new Map<string, number>();
  const ids: string[] = [];
  let lastDay: number[] = [];
  let count: number[] = [];
  let sum: number[] = [];
  let prevLastKey = -1;
  let rows = 0;
  let duplicates = 0;

  const slot = (id: string): number => {
    let g = index.get(id);
    if (g === undefined) {
      g = ids.length;
      index.set(id, g);
      ids.push(id);
      lastDay.push(-2147483648);
      count.push(0);
      sum.push(0);
    }
    return g;
  };

  for (const p of parts) {
    rows += p.rows;
    duplicates += p.duplicates;
    const local = p.customerIds.map(slot);
    for (let i = 0; i < local.length; i++) {
      if (p.count[i] === 0) continue;
      const g = local[i];
      if (p.lastDay[i] > lastDay[g]) lastDay[g] = p.lastDay[i];
      count[g] += p.count[i];
      sum[g] += p.sum[i];
    }
    if (!p.first) continue;
    if (p.first.key < prevLastKey) return undefined;
    if (p.first.key === prevLastKey) duplicates++;
    else if (p.first.counted) {
      const g = local[p.first.customer];
      if (p.first.day > lastDay[g]) lastDay[g] = p.first.day;
      count[g]++;
      sum[g] += p.first.amount;
    }
    prevLastKey = p.lastKey;
  }

  const n = ids.length;
  const input: RfmInput = {
    count: n,
    recencyDays: new Int32Array(n),
    frequency: Int32Array.from(count),
    monetary: Float64Array.from(sum),
  };
  for (let i = 0; i < n; i++) input.recencyDays[i] = count[i] > 0 ? asOfDay - lastDay[i] : 0;
  lastDay = count = sum = [];
  return { customerIds: ids, input, rows, duplicates };
}
