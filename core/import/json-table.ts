import { ImportError } from './types.ts';
import { yieldToEventLoop } from './table.ts';
import type { ReadControl, Table, TableRow } from './table.ts';

/**
 * JSON input as a Table: an array of objects, an object holding one such array
 * (`{"customers": [...]}`), or NDJSON (one object per line). Nested objects are flattened one level
 * with `.` (`address.city`); arrays of plain values become `a, b`; deeper values stay JSON text.
 * `line` is the physical line for NDJSON and the 1-based position in the array (+1 for the header
 * line that CSV would have) for a JSON array.
 */
export function jsonTable(text: string, file: string, control: ReadControl = {}): { table: Table; bad: BadLine[] } {
  const bad: BadLine[] = [];
  const records: { line: number; value: Record<string, unknown> }[] = [];
  const whole = tryParse(text);
  const list = whole.ok ? arrayOf(whole.value) : undefined;
  if (list) {
    list.forEach((v, i) => {
      if (isObject(v)) records.push({ line: i + 2, value: v });
      else bad.push({ line: i + 2, text: JSON.stringify(v) ?? '' });
    });
  } else {
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
      const t = raw.trim();
      if (t === '') return;
      const r = tryParse(t);
      if (r.ok && isObject(r.value)) records.push({ line: i + 1, value: r.value });
      else bad.push({ line: i + 1, text: t.slice(0, 200) });
    });
    if (records.length === 0) throw new ImportError('The file is not JSON with customer or order records.', file, 'not_a_table');
  }
  const headerIndex = new Map<string, number>();
  const rows = records.map(({ line, value }) => {
    const flat = flatten(value);
    const cells: string[] = [];
    for (const [k, v] of flat) {
      let i = headerIndex.get(k);
      if (i === undefined) { i = headerIndex.size; headerIndex.set(k, i); }
      cells[i] = v;
    }
    return { line, cells };
  });
  const headers = [...headerIndex.keys()];
  const chunkRows = control.chunkRows ?? 65536;
  const table: Table = {
    file,
    headers,
    async forEachRow(onRow) {
      const view: TableRow & { cells: string[] } = {
        line: 0, length: headers.length, cells: [],
        text(i) { return this.cells[i] ?? ''; },
        strayQuote: () => false,
      };
      for (let r = 0; r < rows.length; r++) {
        if (r > 0 && r % chunkRows === 0) {
          control.onProgress?.({ phase: 'parsing', rowsRead: r, rowsWritten: 0, fraction: r / rows.length });
          await yieldToEventLoop();
        }
        control.signal?.throwIfAborted();
        view.line = rows[r].line;
        view.cells = rows[r].cells;
        if (onRow(view) === false) return;
      }
      control.onProgress?.({ phase: 'parsing', rowsRead: rows.length, rowsWritten: 0, fraction: 1 });
    },
  };
  return { table, bad };
}

export interface BadLine { line: number; text: string }

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try { return { ok: true, value: JSON.parse(text) }; } catch { return { ok: false }; }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function arrayOf(v: unknown): unknown[] | undefined {
  if (Array.isArray(v)) return v;
  if (isObject(v)) {
    const arrays = Object.values(v).filter((x) => Array.isArray(x) && x.some(isObject));
    if (arrays.length === 1) return arrays[0] as unknown[];
  }
  return undefined;
}

function flatten(obj: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(obj)) {
    if (isObject(v)) for (const [k2, v2] of Object.entries(v)) out.push([`${k}.${k2}`, cell(v2)]);
    else out.push([k, cell(v)]);
  }
  return out;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object')) return v.filter((x) => x !== null).join(', ');
  return JSON.stringify(v);
}
