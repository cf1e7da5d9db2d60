import { ImportError, type Delimiter } from './types.ts';
import { makeTextDecoder, type TextDecodeFn } from './text-decoder.ts';
import { createRowEndScanner, type RowEndScanner } from './row-end-scanner.ts';
import { findInvalidUtf8, utf8SequenceLength } from './utf8-validate.ts';

/**
 * One row of a CSV file, as ranges of bytes. The object and its `bytes` are reused: a row is valid
 * only during the `onRow` call that receives it (copy what you keep).
 */
export interface CsvRow {
  /** 1-based physical line where the row starts (header = line 1). */
  readonly line: number;
  /** Number of fields. */
  readonly length: number;
  /** Buffer the ranges point into. */
  readonly bytes: Uint8Array;
  /** Start of field i in `bytes`; fields past `length` are empty ranges. */
  start(i: number): number;
  end(i: number): number;
  /** Field i decoded with the file's decoder ('' past `length`). */
  text(i: number): string;
}

export interface CsvTokenizerOptions {
  delimiter: Delimiter;
  /** File name for error messages. */
  file: string;
  /** Return false to stop: no further rows are delivered. */
  onRow(row: CsvRow): void | false;
  /** Decoder of the (normalised) bytes; default UTF-8. */
  decode?: TextDecodeFn;
  /** Line number of the first byte pushed (default 1; see countLines for a part of a file). */
  firstLine?: number;
  /** A row longer than this is taken as a quote that is never closed (default 64 MB). */
  maxRowBytes?: number;
  /** Check that the fields are valid UTF-8 (see CsvTokenizer.invalidUtf8). */
  checkUtf8?: boolean;
  /** Tests: read every row through the general field loop (default: rows without quotes take a shorter one). */
  simpleRows?: boolean;
}

/**
 * RFC 4180 tokenizer over normalised bytes (see byte-normaliser.ts), fed chunk by chunk.
 * - Quoted fields may hold delimiters, `""` and newlines. A field is normally a range of the pushed
 *   bytes themselves; a row with a field to unescape (`""`, text after a closing quote; rare) is
 *   copied, unescaped, into a scratch buffer that `row.bytes` then points to. Pushed bytes are never
 *   modified, so a buffer can be tokenized again (detection does, with every candidate delimiter).
 * - A `"` opens a quoted field only at the start of a field; elsewhere it is kept literally, so an
 *   unbalanced quote inside a value (`Одежда "Premium`) cannot swallow the following lines.
 *   Text after a closing quote up to the delimiter is kept (`"ab"c` → `abc`).
 * - Rows end at CRLF, LF or a lone CR; empty lines and lines of only delimiters are skipped.
 */
export interface CsvTokenizer {
  push(chunk: Uint8Array): void;
  /** Delivers the last row; throws ImportError if a quoted field is never closed. */
  end(): void;
  /** True once onRow returned false. */
  readonly stopped: boolean;
  /** Rows delivered so far. */
  readonly rows: number;
  /**
   * With `checkUtf8`: some field scanned so far is not valid UTF-8. Every non-ASCII byte of a CSV file
   * lies in a field, so after the whole file this says whether the file is valid UTF-8.
   */
  readonly invalidUtf8: boolean;
}

export function createCsvTokenizer(options: CsvTokenizerOptions): CsvTokenizer {
  return new Tokenizer(options);
}

/** Tokenizes a whole buffer; returns the number of rows delivered. */
export function tokenizeCsv(bytes: Uint8Array, options: CsvTokenizerOptions): number {
  const t = new Tokenizer(options);
  t.push(bytes);
  t.end();
  return t.rows;
}

const QUOTE = 0x22, LF = 0x0a, CR = 0x0d;
const EMPTY = new Uint8Array(0);

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

class Tokenizer implements CsvTokenizer {
  stopped = false;
  rows = 0;
  invalidUtf8 = false;
  private readonly checkUtf8: boolean;
  private readonly simpleRows: boolean;
  private readonly delim: number;
  private readonly row: Row;
  private readonly onRow: (row: CsvRow) => void | false;
  private readonly file: string;
  private readonly maxRowBytes: number;
  private line: number;
  /** The last buffer ended with a CR that ended a line: a LF opening the next one belongs to it. */
  private pendingCR = false;
  /** Bytes of a row not yet complete, carried to the next push. */
  private carry: Uint8Array = new Uint8Array(0);
  private carryLen = 0;
  private readonly scanner: RowEndScanner;
  /** Fields whose raw range (quotes included) needs unescaping once their row is complete (rare). */
  private escaped: Int32Array = new Int32Array(8);
  private escapedCount = 0;
  /** Where rows with unescaped fields are rebuilt. */
  private scratch: Uint8Array = new Uint8Array(256);

  constructor(o: CsvTokenizerOptions) {
    this.delim = o.delimiter.charCodeAt(0);
    this.row = new Row(o.decode ?? makeTextDecoder('utf-8'));
    this.onRow = o.onRow;
    this.file = o.file;
    this.line = o.firstLine ?? 1;
    this.maxRowBytes = o.maxRowBytes ?? 64 << 20;
    this.scanner = createRowEndScanner(this.delim);
    this.checkUtf8 = o.checkUtf8 ?? false;
    this.simpleRows = o.simpleRows ?? true;
  }

  push(chunk: Uint8Array): void {
    if (this.stopped || chunk.length === 0) return;
    let from = 0;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (chunk[0] === LF) from = 1;
    }
    if (this.carryLen > 0) {
      const rowEnd = this.scanner.scan(chunk, from, chunk.length);
      if (rowEnd < 0) {
        this.appendCarry(chunk, from, chunk.length);
        return;
      }
      this.appendCarry(chunk, from, rowEnd);
      const rest = this.scan(this.carry, 0, this.carryLen, false);
      if (rest !== this.carryLen) throw new Error('csv-tokenizer: carried row did not end where the scanner found its end');
      this.carryLen = 0;
      if (this.stopped) return;
      from = rowEnd;
      if (this.pendingCR && from < chunk.length) {
        this.pendingCR = false;
        if (chunk[from] === LF) from++;
      }
    }
    const rest = this.scan(chunk, from, chunk.length, false);
    if (rest < chunk.length && !this.stopped) {
      this.appendCarry(chunk, rest, chunk.length);
      this.scanner.reset();
      this.scanner.scan(this.carry, 0, this.carryLen);
    }
  }

  end(): void {
    if (this.stopped || this.carryLen === 0) return;
    const n = this.carryLen;
    this.carryLen = 0;
    this.scan(this.carry, 0, n, true);
  }

  private appendCarry(src: Uint8Array, from: number, to: number): void {
    const need = this.carryLen + (to - from);
    if (need > this.maxRowBytes) this.fail(this.line, `a row longer than ${sizeText(this.maxRowBytes)} starts here; probably a quote opened here is never closed`);
    if (need > this.carry.length) {
      const grown = new Uint8Array(Math.max(need, this.carry.length * 2, 4096));
      grown.set(this.carry.subarray(0, this.carryLen));
      this.carry = grown;
    }
    this.carry.set(src.subarray(from, to), this.carryLen);
    this.carryLen = need;
  }

  private fail(line: number, what: string): never {
    throw new ImportError(`${this.file}, line ${line}: ${what}.`, this.file, 'unterminated_quote', line);
  }

  /**
   * Delivers the complete rows of b[from, to); returns where the first incomplete row starts
   * (`to` when none). With `final`, the data's end ends the last row.
   */
  private scan(b: Uint8Array, from: number, to: number, final: boolean): number {
    const d = this.delim;
    // Bytes above every special byte need one comparison only.
    const top = d > CR ? d : CR;
    const topOrQuote = top > QUOTE ? top : QUOTE;
    const row = this.row;
    const check = this.checkUtf8;
    row.bytes = b;
    let starts = row.starts, ends = row.ends;
    let line = this.line;
    let i = from;
    while (i < to) {
      let c = b[i];
      if (c === LF || c === CR) {
        // An empty line.
        line++;
        i++;
        if (c === CR) {
          if (i < to) { if (b[i] === LF) i++; }
          else if (!final) this.pendingCR = true;
        }
        continue;
      }
      const rowStart = i;
      const rowLine = line;
      let n = 0;
      let blank = true;
      this.escapedCount = 0;
      // Most rows hold no quote: split on delimiters in one tight loop up to the line's end. A row with
      // a quote, or whose end is not in this data, is left to the field loop below, from its start.
      let simple = false;
      if (this.simpleRows) {
        let j = i, s = i, filled = 0;
        while (j < to) {
          c = b[j];
          if (c <= topOrQuote) {
            if (c === d) {
              if (n === starts.length) {
                starts = grow(starts);
                ends = grow(ends);
                row.starts = starts;
                row.ends = ends;
              }
              starts[n] = s;
              ends[n] = j;
              filled |= j - s;
              n++;
              s = ++j;
              continue;
            }
            if (c === LF || c === CR) { simple = true; break; }
            if (c === QUOTE) break;
          } else if (c >= 0x80 && check) {
            // Two-byte sequences (Cyrillic) here; the rest in sequenceEnd.
            if (c >= 0xc2 && c <= 0xdf && j + 1 < to && (b[j + 1] & 0xc0) === 0x80) j += 2;
            else j = this.sequenceEnd(b, j, to, final);
            continue;
          }
          j++;
        }
        if (simple) {
          if (n === starts.length) {
            starts = grow(starts);
            ends = grow(ends);
            row.starts = starts;
            row.ends = ends;
          }
          starts[n] = s;
          ends[n] = j;
          filled |= j - s;
          n++;
          blank = filled === 0;
          i = j + 1;
          line++;
          if (c === CR) {
            if (i < to) { if (b[i] === LF) i++; }
            else if (!final) this.pendingCR = true;
          }
        } else n = 0;
      }
      if (!simple) for (;;) {
        if (n === starts.length) {
          starts = grow(starts);
          ends = grow(ends);
          row.starts = starts;
          row.ends = ends;
        }
        let s: number, e: number;
        // Every byte of the field OR-ed: 0x80 set means non-ASCII, to validate as UTF-8.
        let hi = 0;
        if (i < to && b[i] === QUOTE) {
          const quoteLine = line;
          s = i + 1;
          let j = s;
          let escaped = false;
          for (;;) {
            while (j < to) {
              c = b[j];
              hi |= c;
              if (c <= QUOTE) {
                if (c === QUOTE) break;
                if (c === LF) { if (b[j - 1] !== CR) line++; }
                else if (c === CR) line++;
              }
              j++;
            }
            if (j >= to || (j + 1 >= to && !final)) {
              // The data ends inside the quotes (or on a quote that may be the first of `""`).
              if (final) this.fail(quoteLine, 'a quoted value opened here is never closed');
              this.line = rowLine;
              return rowStart;
            }
            if (j + 1 < to && b[j + 1] === QUOTE) { escaped = true; j += 2; continue; }
            break;
          }
          e = j;
          i = j + 1;
          if (i < to && (c = b[i]) !== d && c !== LF && c !== CR) {
            // Text after the closing quote is kept: `"ab"c` → `abc`.
            escaped = true;
            while (i < to && (c = b[i]) !== d && c !== LF && c !== CR) { hi |= c; i++; }
            e = i;
          }
          if (escaped) this.markEscaped(n);
          if (e > s) blank = false;
        } else {
          s = i;
          while (i < to) {
            c = b[i];
            if (c <= top) {
              if (c === d || c === LF || c === CR) break;
            } else if (c >= 0x80 && check) {
              // Validated here, a sequence at a time: no second pass over the field.
              i = this.sequenceEnd(b, i, to, final);
              continue;
            }
            i++;
          }
          e = i;
          if (e > s) blank = false;
        }
        starts[n] = s;
        ends[n] = e;
        n++;
        // A quoted field cut by the end of the data is checked when its row is scanned again, whole.
        if (hi >= 0x80 && check && (i < to || final) && findInvalidUtf8(b, s, e) >= 0) this.invalidUtf8 = true;
        if (i >= to) {
          if (!final) {
            this.line = rowLine;
            return rowStart;
          }
          break;
        }
        c = b[i++];
        if (c === d) {
          if (i >= to && !final) {
            this.line = rowLine;
            return rowStart;
          }
          continue;
        }
        line++;
        if (c === CR) {
          if (i < to) { if (b[i] === LF) i++; }
          else if (!final) this.pendingCR = true;
        }
        break;
      }
      if (blank) continue;
      row.length = n;
      row.line = rowLine;
      if (this.escapedCount > 0) this.rebuild(b, n);
      this.rows++;
      const go = this.onRow(row);
      row.bytes = b;
      if (go === false) {
        this.stopped = true;
        this.line = line;
        return to;
      }
    }
    this.line = line;
    return to;
  }

  /**
   * Past the UTF-8 sequence that starts at b[i] (a byte ≥ 0x80) in an unquoted field, noting an
   * invalid one. Only continuation bytes are taken after the first, so no delimiter or line end is
   * skipped; a sequence cut by the end of the data is left to the rescan of its row (or, at the very
   * end, is invalid).
   */
  private sequenceEnd(b: Uint8Array, i: number, to: number, final: boolean): number {
    const c = b[i];
    if (c >= 0xc2 && c <= 0xdf && i + 1 < to && (b[i + 1] & 0xc0) === 0x80) return i + 2;
    const len = utf8SequenceLength(b, i, to);
    if (len > 0) return i + len;
    if (len === 0 && !final) {
      while (i < to && b[i] >= 0x80) i++;
      return i;
    }
    this.invalidUtf8 = true;
    return i + 1;
  }

  private markEscaped(field: number): void {
    if (this.escapedCount === this.escaped.length) this.escaped = grow(this.escaped);
    this.escaped[this.escapedCount++] = field;
  }

  /** Copies the row into the scratch buffer, unescaping the marked fields, and points the row at it. */
  private rebuild(b: Uint8Array, n: number): void {
    const { starts, ends } = this.row;
    let size = 0;
    for (let f = 0; f < n; f++) size += ends[f] - starts[f];
    if (size > this.scratch.length) this.scratch = new Uint8Array(Math.max(size, this.scratch.length * 2));
    const out = this.scratch;
    let w = 0;
    for (let f = 0, k = 0; f < n; f++) {
      let r = starts[f];
      const e = ends[f];
      starts[f] = w;
      if (k < this.escapedCount && this.escaped[k] === f) {
        k++;
        let quoted = true;
        while (r < e) {
          const c = b[r++];
          if (quoted && c === QUOTE) {
            if (r < e && b[r] === QUOTE) out[w++] = b[r++];
            else quoted = false;
          } else out[w++] = c;
        }
      } else while (r < e) out[w++] = b[r++];
      ends[f] = w;
    }
    this.row.bytes = out;
    this.escapedCount = 0;
  }
}

function sizeText(bytes: number): string {
  return bytes >= 1 << 20 ? `${Math.round(bytes / (1 << 20))} MB` : `${bytes} bytes`;
}

function grow(a: Int32Array): Int32Array {
  const g = new Int32Array(a.length * 2);
  g.set(a);
  return g;
}
