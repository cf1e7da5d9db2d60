import { CustomerTable } from './customer-table.ts';
import { MAX_REJECTED_KEPT, type PartialAggregate } from './partial-aggregate.ts';
import type { RejectedRow } from '../import/types.ts';
import type { ByteKeys } from '../rfm/sort-byte-keys.ts';
import type { RfmInput } from '../rfm/types.ts';

export interface BatchAggregate {
  /** Customer i's id, UTF-8 (customers with at least one order on or before the as-of day). */
  keys: ByteKeys;
  input: RfmInput;
  rows: number;
  duplicates: number;
  /** Rejected rows of the whole file in line order, lines counted from the file's first line. */
  rejected: RejectedRow[];
}

/**
 * Joins the aggregates of consecutive byte ranges, in file order, by the bytes of the customer ids
 * (the first range's table becomes the whole file's). Returns undefined when the ranges together do
 * not keep order ids non-decreasing: the caller must then re-read the file with a full id set (see
 * PartialAggregate). The parts' tables are taken over: do not use them afterwards.
 */
export function mergePartials(parts: readonly PartialAggregate[], asOfDay: number): BatchAggregate | undefined {
  if (parts.length === 0 || parts.some((p) => !p.monotonic)) return undefined;
  // Which held-out first rows repeat the id the previous range ended with.
  const repeats: boolean[] = [];
  let prevLastKey = -1;
  for (const p of parts) {
    repeats.push(p.first !== undefined && p.first.key === prevLastKey);
    if (!p.first) continue;
    if (p.first.key < prevLastKey) return undefined;
    prevLastKey = p.lastKey;
  }

  const table = CustomerTable.adopt(parts[0].customers);
  let rows = 0;
  let duplicates = 0;
  parts.forEach((p, k) => {
    rows += p.rows;
    duplicates += p.duplicates + (repeats[k] ? 1 : 0);
    const own = k === 0 ? table : CustomerTable.adopt(p.customers);
    if (k > 0) table.addAll(own);
    const first = p.first;
    if (first && first.counted && !repeats[k]) {
      const { bytes, starts } = own.keys();
      table.addOrder(table.slot(bytes, starts[first.customer], starts[first.customer + 1]), first.day, first.amount);
    }
  });

  const { keys, count, lastDay, sum } = table.compact();
  const n = count.length;
  const recencyDays = new Int32Array(n);
  for (let i = 0; i < n; i++) recencyDays[i] = asOfDay - lastDay[i];
  return {
    keys,
    input: { count: n, recencyDays, frequency: count, monetary: sum },
    rows,
    duplicates,
    rejected: joinRejected(parts, repeats),
  };
}

/**
 * The rejected rows of consecutive ranges as one pass over the file would list them: lines made
 * lines of the file, a held-out first row that repeats the previous range's last id reported in its
 * place, the first MAX_REJECTED_KEPT kept and the rest counted.
 */
function joinRejected(parts: readonly PartialAggregate[], repeats: readonly boolean[]): RejectedRow[] {
  const out: RejectedRow[] = [];
  let total = 0;
  let base = 0;
  parts.forEach((p, k) => {
    const own = repeats[k] ? insertByLine(p.rejected, p.first!.duplicate) : p.rejected;
    total += p.rejectedTotal + (repeats[k] ? 1 : 0);
    for (const r of own) {
      if (out.length >= MAX_REJECTED_KEPT) break;
      out.push(base === 0 ? r : { ...r, line: r.line + base });
    }
    base += p.lines;
  });
  if (total > out.length) {
    out.push({ file: out[0].file, line: 0, value: '', code: 'too_many_rejected', reason: `${total - out.length} more rejected rows not listed` });
  }
  return out;
}

function insertByLine(rows: readonly RejectedRow[], row: RejectedRow): RejectedRow[] {
  let at = 0;
  while (at < rows.length && rows[at].line < row.line) at++;
  return [...rows.slice(0, at), row, ...rows.slice(at)];
}
