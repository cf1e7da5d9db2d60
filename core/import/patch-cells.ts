import { ByteInterner } from './byte-interner.ts';
import type { CsvRow } from './csv-tokenizer.ts';
import type { TableRow } from './table.ts';
import type { TextDecodeFn } from './text-decoder.ts';

/** A row's cells as the customer patch reader sees them. */
export interface PatchCells {
  readonly line: number;
  /** Cell i after the importer's cell transform, trimmed ('' past the row's end). */
  text(i: number): string;
  /** Column i's value as its field reads it (a date, a country code, tags, …): `derive[i](text(i))`. */
  derived(i: number): unknown;
}

/** Per column: how its field reads the trimmed text. */
export type Derive = (s: string) => unknown;

/** Cells of a Table row (JSON, or the string path of CSV): computed on each call. */
export class TextCells implements PatchCells {
  line = 0;
  private row!: TableRow;

  constructor(private readonly cell: (s: string) => string, private readonly derive: readonly Derive[]) {}

  at(row: TableRow): this {
    this.row = row;
    this.line = row.line;
    return this;
  }

  text(i: number): string {
    return this.cell(this.row.text(i)).trim();
  }

  derived(i: number): unknown {
    return this.derive[i](this.text(i));
  }
}

/** Stands for a memoised `undefined`. */
const NONE = Symbol('none');
/** After this many rows, a column with more distinct values than half of them stops memoising. */
const TRIAL_ROWS = 4096;

/**
 * Cells of a tokenizer row, read from its bytes. Customers files repeat most of their values (cities,
 * genders, dates, names, tags): a column marked `memo` decodes, trims and derives each distinct byte
 * string once, so a row costs a hash per cell instead of a string and a parse. Columns of unique
 * values (ids, emails, phones) and columns found to be mostly unique are decoded per row. Both give
 * exactly what TextCells gives for the same bytes: the derivations are functions of the text.
 */
export class ByteCells implements PatchCells {
  line = 0;
  private row!: CsvRow;
  private rows = 0;
  /** Per column read per row, the row (`rows`) whose cell `current` holds. */
  private readonly seen: Int32Array;
  private readonly current: string[];
  private readonly currentIx: Int32Array;
  private readonly memo: (ByteInterner | undefined)[];
  private memoColumns: number[];
  private readonly memoText: string[][];
  private readonly memoDerived: unknown[][];

  constructor(
    width: number,
    private readonly decode: TextDecodeFn,
    private readonly cell: (s: string) => string,
    private readonly derive: readonly Derive[],
    memo: (i: number) => boolean,
  ) {
    this.seen = new Int32Array(width).fill(-1);
    this.current = new Array<string>(width).fill('');
    this.currentIx = new Int32Array(width);
    this.memo = Array.from({ length: width }, (_, i) => (memo(i) ? new ByteInterner(decode, 256) : undefined));
    this.memoColumns = this.memo.flatMap((m, i) => (m ? [i] : []));
    this.memoText = Array.from({ length: width }, () => []);
    this.memoDerived = Array.from({ length: width }, () => []);
  }

  at(row: CsvRow, line: number): this {
    this.row = row;
    this.line = line;
    if (++this.rows === TRIAL_ROWS) this.dropUniqueMemos();
    // Every memoised column's cell is looked up at once: one tight loop, no per-call bookkeeping.
    const b = row.bytes, cols = this.memoColumns, ix = this.currentIx;
    for (let k = 0; k < cols.length; k++) {
      const i = cols[k];
      ix[i] = this.memo[i]!.intern(b, row.start(i), row.end(i));
    }
    return this;
  }

  text(i: number): string {
    const m = this.memo[i];
    if (m === undefined) {
      if (this.seen[i] !== this.rows) {
        this.seen[i] = this.rows;
        const r = this.row;
        this.current[i] = this.cell(this.decode(r.bytes, r.start(i), r.end(i))).trim();
      }
      return this.current[i];
    }
    const ix = this.currentIx[i];
    const texts = this.memoText[i];
    let t = texts[ix];
    if (t === undefined) texts[ix] = t = this.cell(m.value(ix)).trim();
    return t;
  }

  derived(i: number): unknown {
    const m = this.memo[i];
    if (m === undefined) return this.derive[i](this.text(i));
    const ix = this.currentIx[i];
    const values = this.memoDerived[i];
    let v = values[ix];
    if (v === undefined) values[ix] = v = this.derive[i](this.text(i)) ?? NONE;
    return v === NONE ? undefined : v;
  }

  private dropUniqueMemos(): void {
    for (let i = 0; i < this.memo.length; i++) {
      const m = this.memo[i];
      if (m !== undefined && m.size > TRIAL_ROWS / 2) {
        this.memo[i] = undefined;
        this.memoText[i] = [];
        this.memoDerived[i] = [];
      }
    }
    this.memoColumns = this.memoColumns.filter((i) => this.memo[i] !== undefined);
  }
}
