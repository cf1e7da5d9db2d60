import { closeSync, openSync, readSync } from 'node:fs';
import { columnOf } from '../core/import/column-map.ts';
import { dialectSampleRanges, detectDialect } from '../core/import/dialect-detect.ts';
import { inspectImport } from '../core/import/read-import.ts';
import type { BatchColumns } from '../core/batch/partial-aggregate.ts';
import type { DateOrder, Dialect, TextEncoding } from '../core/import/types.ts';

export type BatchPlan =
  | { fast: true; cols: BatchColumns; encoding: TextEncoding; dataStart: number; dialect: Dialect }
  | { fast: false; why: string };

/** Columns whose presence means amounts need the full import (refunds, statuses, line items). */
const NEEDS_FULL_IMPORT = ['financialStatus', 'status', 'cancelledAt', 'refundedAmount', 'netAmount', 'lineitemPrice'] as const;

/**
 * Decides from a file's head (and windows spread over it) whether it is a plain orders table the
 * streaming scorer can read — one row per order, an id, a customer id, a date and a net amount — and
 * with which columns. Anything else (JSON, UTF-16, shop exports with line items and refunds, orders
 * known by email) goes through the full import, which understands every format.
 */
export function planBatch(path: string, size: number, asOfDay: number, dateOrder?: DateOrder): BatchPlan {
  const ranges = dialectSampleRanges(size);
  const fd = openSync(path, 'r');
  const read = (offset: number, length: number) => {
    const b = Buffer.allocUnsafe(length);
    return b.subarray(0, readSync(fd, b, 0, length, offset));
  };
  let head: Uint8Array, windows: Uint8Array[];
  try {
    head = read(0, ranges[0].length);
    windows = ranges.slice(1).map((r) => read(r.offset, r.length));
  } finally {
    closeSync(fd);
  }
  const first = head.find((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf);
  if (first === 0x5b || first === 0x7b) return { fast: false, why: 'JSON' };
  const detected = detectDialect(head, path, windows);
  const dialect: Dialect = dateOrder ? { ...detected, dateOrder } : detected;
  if (dialect.encoding === 'utf-16le' || dialect.encoding === 'utf-16be') return { fast: false, why: 'UTF-16' };
  // Whole lines only: a row cut at the end of the sample must not look like an unclosed quote.
  const lastLine = head.lastIndexOf(0x0a);
  const preview = inspectImport(lastLine > 0 ? head.subarray(0, lastLine + 1) : head, path, { dialect });
  if (preview.importer.id !== 'generic-orders') return { fast: false, why: preview.importer.label };
  const col = (f: Parameters<typeof columnOf>[1]) => columnOf(preview.mapping, f);
  if (NEEDS_FULL_IMPORT.some((f) => col(f) >= 0)) return { fast: false, why: 'statuses or refunds' };
  const [orderId, customerId, date, amount] = [col('orderId'), col('customerId'), col('orderDate'), col('amount')];
  if (orderId < 0 || customerId < 0 || date < 0 || amount < 0) return { fast: false, why: 'customers known by email or phone' };
  if (!dialect.dateOrder) return { fast: false, why: 'date order undecided' };
  return {
    fast: true,
    encoding: dialect.encoding,
    dataStart: dialect.bom ? 3 : 0,
    dialect,
    cols: {
      file: path,
      delimiter: dialect.delimiter,
      decimalComma: dialect.decimalComma,
      dateOrder: dialect.dateOrder,
      header: preview.headers,
      orderId,
      customerId,
      date,
      amount,
      asOfDay,
    },
  };
}
