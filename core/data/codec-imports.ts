import type { RejectedRow } from '../import/types.ts';
import type { ImportRecord } from '../model/import-record.ts';
import { decodeIntsInto, encodeInts, type IntColumn } from './int-column.ts';
import { decodeOptionalText, decodeText, encodeOptionalText, encodeText, type OptionalTextColumn, type TextColumn } from './text-column.ts';

/**
 * An import as stored: the record with its rejected rows packed into columns (a file can reject
 * hundreds of thousands of rows; one object each would make the record slow to clone).
 */
export type StoredImport = Omit<ImportRecord, 'rejected'> & { rejected: RejectedColumns; bytes?: number };

export interface RejectedColumns {
  rows: number;
  file: TextColumn;
  line: IntColumn;
  column: OptionalTextColumn;
  value: TextColumn;
  code: TextColumn;
  reason: TextColumn;
}

export function encodeImport(record: ImportRecord): StoredImport {
  const r = record.rejected;
  return {
    ...record,
    rejected: {
      rows: r.length,
      file: encodeText(r.map((x) => x.file)),
      line: encodeInts(r.map((x) => x.line)),
      column: encodeOptionalText(r.map((x) => x.column)),
      value: encodeText(r.map((x) => x.value)),
      code: encodeText(r.map((x) => x.code)),
      reason: encodeText(r.map((x) => x.reason)),
    },
  };
}

export function decodeImport(stored: StoredImport): ImportRecord {
  const { rejected: cols, bytes: _bytes, ...rest } = stored;
  const n = cols.rows;
  const file = decodeText(cols.file, n);
  const line = new Float64Array(n);
  decodeIntsInto(cols.line, n, line);
  const column = decodeOptionalText(cols.column, n);
  const value = decodeText(cols.value, n);
  const code = decodeText(cols.code, n);
  const reason = decodeText(cols.reason, n);
  const rejected = new Array<RejectedRow>(n);
  for (let i = 0; i < n; i++) {
    const row: RejectedRow = { file: file[i], line: line[i] } as RejectedRow;
    if (column[i] !== undefined) row.column = column[i];
    row.value = value[i];
    row.code = code[i];
    row.reason = reason[i];
    rejected[i] = row;
  }
  return { ...rest, rejected };
}
