import { createCsvTokenizer, type CsvRow, type CsvTokenizer } from '../import/csv-tokenizer.ts';
import type { TextDecodeFn } from '../import/text-decoder.ts';
import type { Delimiter } from '../import/types.ts';

export interface FastCsvRowsOptions {
  delimiter: Delimiter;
  file: string;
  decode: TextDecodeFn;
  /** Return false to stop: no further rows are delivered. */
  onRow(row: CsvRow): void | false;
  /**
   * Split only the first `fields` fields of a quote-free row: `row.length` is then at most `fields`
   * (exact when the row has fewer). Default: all fields.
   */
  fields?: number;
}

/**
 * The rows of csv-tokenizer.ts, chunk by chunk, with the same fields and line numbers, faster on the
 * common case of data without quoted values: then a row is simply the bytes up to CR, LF or CRLF,
 * split at the delimiter. The first chunk with a `"` that may open a quoted value (and everything
 * after it) goes to the general tokenizer, which starts exactly where this reader stopped: at the
 * start of a row.
 */
export interface FastCsvRows {
  push(chunk: Uint8Array): void;
  /** Delivers a last row without a line end; throws ImportError like the tokenizer (a quote never closed). */
  end(): void;
  /** Physical lines in the bytes pushed so far (CR, LF and CRLF each end one), counted inside quotes too. */
  readonly lines: number;
  /** True while every chunk has gone through the quote-free path. */
  readonly quoteFree: boolean;
}

export function createFastCsvRows(options: FastCsvRowsOptions): FastCsvRows {
  return new FastRows(options);
}

const QUOTE = 0x22, LF = 0x0a, CR = 0x0d;
const EMPTY = new Uint8Array(0);
/** The tokenizer's default `maxRowBytes`. */
const MAX_ROW_BYTES = 64 << 20;

class Row implements CsvRow {
  line = 0;
  length = 0;
  bytes: Uint8Array = EMPTY;
  starts: Int32Array = new Int32Array(32);
  ends: Int32Array = new Int32Array(32);
  constructor(private readonly decode: TextDecodeFn) {}
  start(i: number): number {
    return i < this.length ? this.starts[i] : 0;
  }
  end(i: number): number {
    return i < this.length ? this.ends[i] : 0;
  }
  text(i: number): string {
    return i < this.length ? this.decode(this.bytes, this.starts[i], this.ends[i]) : '';
  }
}

class FastRows implements FastCsvRows {
  private readonly delim: number;
  private readonly row: Row;
  private readonly options: FastCsvRowsOptions;
  private readonly maxFields: number;
  /** Line where the next row starts (1-based). */
  private line = 1;
  private stopped = false;
  /** The last chunk ended with a CR that ended a row: a LF opening the next chunk belongs to it. */
  private pendingCR = false;
  /** A row not yet complete, carried to the next push. */
  private carry: Uint8Array = new Uint8Array(4096);
  private carryLen = 0;
  /** Set once a chunk with a quote arrived; takes every byte from then on. */
  private tokenizer: CsvTokenizer | undefined;
  /** Lines counted in the bytes the tokenizer got; whether the last of them was a CR. */
  private tokenizerLines = 0;
  private lastCR = false;

  constructor(options: FastCsvRowsOptions) {
    this.options = options;
    this.delim = options.delimiter.charCodeAt(0);
    this.maxFields = options.fields ?? 0x7fffffff;
    this.row = new Row(options.decode);
  }

  get lines(): number {
    return this.tokenizer ? this.tokenizerLines : this.line - 1;
  }

  get quoteFree(): boolean {
    return this.tokenizer === undefined;
  }

  push(chunk: Uint8Array): void {
    if (this.stopped || chunk.length === 0) return;
    if (this.tokenizer) return this.feed(chunk, 0);
    let from = 0;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (chunk[0] === LF) from = 1;
    }
    if (this.opensQuote(chunk, from)) return this.handOff(chunk, from);
    if (this.carryLen > 0) {
      // Without quotes the carried row ends at the chunk's first CR or LF.
      let k = from;
      while (k < chunk.length && chunk[k] !== LF && chunk[k] !== CR) k++;
      if (k === chunk.length) {
        // A row this long is the tokenizer's "quote never closed" error: let it say so.
        if (this.carryLen + k - from > MAX_ROW_BYTES) return this.handOff(chunk, from);
        return this.appendCarry(chunk, from, k);
      }
      this.appendCarry(chunk, from, k + 1);
      const n = this.carryLen;
      this.carryLen = 0;
      this.scan(this.carry, 0, n);
      if (this.stopped) return;
      from = k + 1;
      if (this.pendingCR && from < chunk.length) {
        this.pendingCR = false;
        if (chunk[from] === LF) from++;
      }
    }
    const rest = this.scan(chunk, from, chunk.length);
    if (rest < chunk.length && !this.stopped) this.appendCarry(chunk, rest, chunk.length);
  }

  end(): void {
    if (this.tokenizer) {
      if (!this.stopped) this.tokenizer.end();
      return;
    }
    if (this.stopped || this.carryLen === 0) return;
    // The last row has no line end: give it one, deliver it, and do not count that line.
    this.appendCarry(new Uint8Array([LF]), 0, 1);
    const n = this.carryLen;
    this.carryLen = 0;
    this.scan(this.carry, 0, n);
    this.line--;
  }

  /**
   * Whether a `"` in chunk[from..] may open a quoted value: one at the start of a field (after a
   * delimiter or a line end, or first in the chunk, whose previous byte is not known here). Any
   * other `"` is kept as written by the tokenizer too (`Одежда "Premium`), so the chunk stays on
   * the quote-free path.
   */
  private opensQuote(chunk: Uint8Array, from: number): boolean {
    const d = this.delim;
    for (let q = chunk.indexOf(QUOTE, from); q >= 0; q = chunk.indexOf(QUOTE, q + 1)) {
      if (q === from) return true;
      const p = chunk[q - 1];
      if (p === d || p === LF || p === CR) return true;
    }
    return false;
  }

  private handOff(chunk: Uint8Array, from: number): void {
    const onRow = this.options.onRow;
    this.tokenizerLines = this.line - 1;
    this.tokenizer = createCsvTokenizer({
      delimiter: this.options.delimiter,
      file: this.options.file,
      decode: this.options.decode,
      firstLine: this.line,
      onRow: (row) => {
        const go = onRow(row);
        if (go === false) this.stopped = true;
        return go;
      },
    });
    if (this.carryLen > 0) {
      const n = this.carryLen;
      this.carryLen = 0;
      this.feed(this.carry.subarray(0, n), 0);
    }
    if (!this.stopped) this.feed(chunk, from);
  }

  /** Pushes b[from, end) to the tokenizer, counting its physical lines: CRs, and LFs not right after a CR. */
  private feed(b: Uint8Array, from: number): void {
    const n = b.length;
    if (from >= n) return;
    let lines = 0;
    for (let i = b.indexOf(LF, from); i >= 0; i = b.indexOf(LF, i + 1)) lines++;
    for (let i = b.indexOf(CR, from); i >= 0; i = b.indexOf(CR, i + 1)) if (i + 1 >= n || b[i + 1] !== LF) lines++;
    if (this.lastCR && b[from] === LF) lines--; // the LF of a CRLF cut between chunks
    this.lastCR = b[n - 1] === CR;
    this.tokenizerLines += lines;
    this.tokenizer!.push(from === 0 ? b : b.subarray(from));
  }

  private appendCarry(src: Uint8Array, from: number, to: number): void {
    const need = this.carryLen + (to - from);
    if (need > this.carry.length) {
      const grown = new Uint8Array(Math.max(need, this.carry.length * 2));
      grown.set(this.carry.subarray(0, this.carryLen));
      this.carry = grown;
    }
    this.carry.set(src.subarray(from, to), this.carryLen);
    this.carryLen = need;
  }

  /**
   * Delivers the complete rows of quote-free b[from, to); returns where an incomplete last row starts
   * (`to` when none). Line ends are found with indexOf (memchr on a Buffer, several times faster than
   * a loop over the bytes here); only the first `fields` fields are then split.
   */
  private scan(b: Uint8Array, from: number, to: number): number {
    const d = this.delim;
    const max = this.maxFields;
    const row = this.row;
    const onRow = this.options.onRow;
    row.bytes = b;
    let starts = row.starts, ends = row.ends;
    let line = this.line;
    let i = from;
    // The next LF and CR at or after i (`to` when none), each searched again only once passed: a file
    // with one kind of line end never rescans for the other.
    let lf = -1, cr = -1;
    while (i < to) {
      if (lf < i) {
        lf = b.indexOf(LF, i);
        if (lf < 0 || lf > to) lf = to;
      }
      if (cr < i) {
        cr = b.indexOf(CR, i);
        if (cr < 0 || cr > to) cr = to;
      }
      // The row ends at its first CR (alone or before a LF) or LF.
      let end: number, next: number;
      if (cr < lf) {
        end = cr;
        if (cr + 1 < to) next = b[cr + 1] === LF ? cr + 2 : cr + 1;
        else {
          next = to;
          this.pendingCR = true;
        }
      } else if (lf < to) {
        end = lf;
        next = lf + 1;
      } else break;
      const rowLine = line++;
      let n = 0;
      let blank = true;
      let s = i;
      for (;;) {
        let k = s;
        while (k < end && b[k] !== d) k++;
        if (n === starts.length) {
          starts = row.starts = grow(starts);
          ends = row.ends = grow(ends);
        }
        starts[n] = s;
        ends[n] = k;
        n++;
        if (k > s) blank = false;
        if (k >= end) break;
        s = k + 1;
        if (n === max) {
          // Not split further; the row is blank only if the rest is delimiters too.
          if (blank) while (s < end && b[s] === d) s++;
          if (s < end) blank = false;
          break;
        }
      }
      i = next;
      if (blank) continue;
      row.length = n;
      row.line = rowLine;
      if (onRow(row) === false) {
        this.stopped = true;
        this.line = line;
        return to;
      }
    }
    this.line = line;
    return i;
  }
}

function grow(a: Int32Array): Int32Array {
  const g = new Int32Array(a.length * 2);
  g.set(a);
  return g;
}
