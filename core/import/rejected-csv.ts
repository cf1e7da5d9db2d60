import { csvCell } from '../export/csv-cell.ts';
import type { RejectedRow } from './types.ts';

export interface RejectedCsvOptions {
  /** `;` for Russian-locale Excel. */
  delimiter?: ',' | ';';
  /** Start with a UTF-8 byte-order mark so that Excel reads Cyrillic correctly. */
  bom?: boolean;
}

const HEADER = ['file', 'line', 'column', 'value', 'code', 'status', 'reason'];

/**
 * The rejected-rows report as CSV, one line per report row. Cells are defused against formula
 * injection (see core/export/csv-cell.ts): the values come from the user's files and may be hostile.
 */
export function rejectedRowsCsv(rows: readonly RejectedRow[], opts: RejectedCsvOptions = {}): string {
  const d = opts.delimiter ?? ',';
  const line = (cells: readonly string[]) => cells.map((c) => csvCell(c, d)).join(d);
  const out = [line(HEADER)];
  for (const r of rows) {
    out.push(line([r.file, String(r.line), r.column ?? '', r.value, r.code, r.kept ? 'imported' : 'not imported', r.reason]));
  }
  return (opts.bom ? '\uFEFF' : '') + out.join('\r\n') + '\r\n';
}
