const APOSTROPHE = 0x27;

/** Drops the leading `'` Excel and Shopify put before ids, zips and phones to keep them text. */
export function stripExcelQuote(s: string): string {
  return s.charCodeAt(0) === APOSTROPHE ? s.slice(1) : s;
}

/** Byte form: the start of the value without its leading `'`. */
export function stripExcelQuoteAt(b: Uint8Array, start: number, end: number): number {
  return start < end && b[start] === APOSTROPHE ? start + 1 : start;
}
