/**
 * Finds where a row ends, resumably across chunks, with the tokenizer's grammar (a `"` opens quotes
 * only at the start of a field). The tokenizer uses it to tell whether new bytes complete a carried
 * row without rescanning that row for every chunk: rows spanning many chunks stay linear.
 */
export interface RowEndScanner {
  /** Index just after the first row terminator (CR or LF) outside quotes in [from, to), or -1. */
  scan(b: Uint8Array, from: number, to: number): number;
  /** Back to the start of a row. */
  reset(): void;
  /** Resume in a known state: inside quotes or not, at the start of a field or not. */
  set(inQuotes: boolean, fieldStart: boolean): void;
}

const QUOTE = 0x22, LF = 0x0a, CR = 0x0d;

export function createRowEndScanner(delimiter: number): RowEndScanner {
  let inQuotes = false;
  let fieldStart = true;
  /** Inside quotes, the last byte seen was a `"`: closing, or the first of `""`. */
  let quotePending = false;
  const reset = () => {
    inQuotes = false;
    fieldStart = true;
    quotePending = false;
  };
  return {
    reset,
    set(q, f) {
      inQuotes = q;
      fieldStart = f;
      quotePending = false;
    },
    scan(b, from, to) {
      let i = from;
      if (quotePending && i < to) {
        quotePending = false;
        if (b[i] === QUOTE) i++;
        else inQuotes = false;
      }
      while (i < to) {
        const c = b[i++];
        if (inQuotes) {
          if (c !== QUOTE) continue;
          if (i >= to) {
            quotePending = true;
            return -1;
          }
          if (b[i] === QUOTE) i++;
          else {
            inQuotes = false;
            fieldStart = false;
          }
        } else if (c === QUOTE && fieldStart) inQuotes = true;
        else if (c === LF || c === CR) {
          reset();
          return i;
        } else fieldStart = c === delimiter;
      }
      return -1;
    },
  };
}
