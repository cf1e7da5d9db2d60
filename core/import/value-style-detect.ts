import type { CsvRow } from './csv-tokenizer.ts';
import type { DateOrder } from './types.ts';
import { parseDateTimeAt } from './values/date-time.ts';

// A decimal separator followed by 1–2 or 4+ digits; exactly three is a thousands group either way.
const COMMA_DECIMAL = /^[-+]?(\d{1,3}([ \u00a0\u202f.]\d{3})+|\d+),(\d{1,2}|\d{4,})$/;
const DOT_DECIMAL = /^[-+]?(\d{1,3}([ \u00a0\u202f,]\d{3})+|\d+)\.(\d{1,2}|\d{4,})$/;

/**
 * Votes, value by value, for the number and date style of a file: decimal comma or dot, and which
 * date orders parse every date-looking value.
 */
export class ValueStyleVotes {
  decimalComma = 0;
  decimalDot = 0;
  /** Values parsed as dates year first. */
  yearFirst = 0;
  /** Values `a?b?yyyy` that parse only as day first, only as month first, or both ways. */
  dayFirstOnly = 0;
  monthFirstOnly = 0;
  eitherOrder = 0;
  /** Separators of the ambiguous values (`.` is day first in every locale that writes it). */
  dotSeparated = 0;

  addRow(r: CsvRow, width: number): void {
    const b = r.bytes;
    for (let i = 0; i < width; i++) {
      let s = r.start(i);
      const e = r.end(i);
      if (b[s] === 0x27) s++; // Excel's text marker
      const n = e - s;
      if (n < 3 || n > 40) continue;
      const first = b[s];
      if (!((first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b)) continue;
      this.addDate(b, s, e);
      if (n <= 24) this.addNumber(r.text(i).trim().replace(/^'/, ''));
    }
  }

  private addNumber(v: string): void {
    if (COMMA_DECIMAL.test(v)) this.decimalComma++;
    else if (DOT_DECIMAL.test(v)) this.decimalDot++;
  }

  private addDate(b: Uint8Array, s: number, e: number): void {
    if (!Number.isNaN(parseDateTimeAt(b, s, e, 'iso'))) {
      this.yearFirst++;
      return;
    }
    const d = !Number.isNaN(parseDateTimeAt(b, s, e, 'dmy'));
    const m = !Number.isNaN(parseDateTimeAt(b, s, e, 'mdy'));
    if (d && m) {
      this.eitherOrder++;
      let k = s;
      while (k < e && b[k] >= 0x30 && b[k] <= 0x39) k++;
      if (b[k] === 0x2e) this.dotSeparated++;
    } else if (d) this.dayFirstOnly++;
    else if (m) this.monthFirstOnly++;
  }

  /** Decimal comma when comma decimals outvote dot decimals; with no evidence, a `;` file is from a comma locale. */
  isDecimalComma(semicolon: boolean): boolean {
    if (this.decimalComma !== this.decimalDot) return this.decimalComma > this.decimalDot;
    return semicolon;
  }

  /**
   * Date orders that parse every date-looking value. One → decided; several → the caller must ask
   * (listed most likely first); none seen → nothing to decide.
   */
  dateOrders(): DateOrder[] {
    const dayMonth = this.dayFirstOnly + this.monthFirstOnly + this.eitherOrder;
    if (dayMonth === 0) return this.yearFirst > 0 ? ['iso'] : [];
    if (this.dayFirstOnly > 0 && this.monthFirstOnly > 0) {
      // Values contradict each other: both stay open, the better supported first.
      return this.dayFirstOnly >= this.monthFirstOnly ? ['dmy', 'mdy'] : ['mdy', 'dmy'];
    }
    if (this.dayFirstOnly > 0) return ['dmy'];
    if (this.monthFirstOnly > 0) return ['mdy'];
    return this.dotSeparated * 2 >= this.eitherOrder ? ['dmy', 'mdy'] : ['mdy', 'dmy'];
  }
}
