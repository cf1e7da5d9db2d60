/**
 * Orders are kept as columns (struct of arrays): one IndexedDB record per order costs ~0.1 ms,
 * one chunk of 64k+ orders costs about the same as one record (issue #2, "Storage must be fast").
 * Row i of every column describes the same order.
 */
export interface OrderTable {
  length: number;
  /** Order id as written in the source (unique within the table). */
  orderId: string[];
  /** Index into the customer array the table travels with. */
  customer: Int32Array;
  /** Wall-clock time as written, no zone conversion: seconds since 1970-01-01T00:00:00. */
  time: Float64Array;
  /** Net amount in integer minor units (kopecks, cents), after refunds. */
  amount: Float64Array;
  /** 1 = counted; 0 = cancelled, voided or fully refunded (kept for display, never counted). */
  counted: Uint8Array;
  /** Number of items (0 when unknown). */
  items: Uint32Array;
  /** Indexes into `dict.*`; 0 is always the empty string. */
  currency: Uint16Array;
  channel: Uint16Array;
  category: Uint16Array;
  dict: { currency: string[]; channel: string[]; category: string[] };
  /** ms since epoch when each order was last written (import time or edit time). */
  updatedAt: Float64Array;
}

/** Calendar day number of a wall-clock time in seconds: days since 1970-01-01. */
export const dayOfTime = (seconds: number): number => Math.floor(seconds / 86400);
