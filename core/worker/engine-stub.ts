/**
 * A stand-in engine until the real one (parse → import → Dexie store → RFM) is wired in: it counts
 * the data lines of each file (a header containing `order_id` = orders, any other = customers) and
 * keeps the first customer rows, naively split on commas, so the UI and e2e tests see something.
 */
import type { ImportProgress } from '../import/types.ts';
import type { CustomerRow, EngineApi, ImportFileSummary } from './engine-api.ts';

const KEPT_ROWS = 1000;
const PROGRESS_EVERY_MS = 50;

interface StubState {
  customers: number;
  orders: number;
  rows: CustomerRow[];
  lastImportAt?: number;
}

export function createStubEngine(): EngineApi {
  let state: StubState = { customers: 0, orders: 0, rows: [] };
  let cancelled = false;

  async function countFile(file: File, report: (bytes: number) => Promise<void>): Promise<{ lines: string[]; newlines: number; endsWithNewline: boolean }> {
    const reader = file.stream().getReader();
    const decoder = new TextDecoder();
    let head = '';
    let newlines = 0;
    let last = 0x0a;
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (cancelled) {
        await reader.cancel();
        throw new Error('Import cancelled');
      }
      if (newlines <= KEPT_ROWS) head += decoder.decode(value, { stream: true });
      for (const b of value) if (b === 0x0a) newlines++;
      if (value.length) last = value[value.length - 1];
      bytes += value.length;
      await report(bytes);
    }
    return { lines: head.split(/\r?\n/).slice(0, KEPT_ROWS + 1), newlines, endsWithNewline: last === 0x0a };
  }

  function customerRows(lines: string[]): CustomerRow[] {
    const header = lines[0].split(',');
    const col = (cells: string[], name: string) => cells[header.indexOf(name)] || undefined;
    return lines.slice(1).filter(Boolean).map((line) => {
      const cells = line.split(',');
      const name = [col(cells, 'first_name'), col(cells, 'last_name')].filter(Boolean).join(' ');
      return { id: cells[0], name, email: col(cells, 'email'), phone: col(cells, 'phone'), frequency: 0, monetary: 0, r: 0, f: 0, m: 0 };
    });
  }

  const matches = (row: CustomerRow, q: string) =>
    [row.id, row.email, row.phone, row.name].some((v) => v?.toLowerCase().startsWith(q));

  return {
    async ping() {
      return 'pong';
    },
    async status() {
      return { customers: state.customers, orders: state.orders, scored: 0, lastImportAt: state.lastImportAt };
    },
    async importFiles(files, _options, onProgress) {
      const started = Date.now();
      cancelled = false;
      const total = files.reduce((sum, f) => sum + f.size, 0);
      let before = 0;
      let rowsRead = 0;
      let lastReport = 0;
      // Awaited: across Comlink the callback answers a promise, and awaiting it keeps every report before the result.
      const progress = async (p: ImportProgress) => {
        await onProgress?.(p);
      };
      const summaries: ImportFileSummary[] = [];
      for (const file of files) {
        const { lines, newlines, endsWithNewline } = await countFile(file, async (bytes) => {
          const now = Date.now();
          if (now - lastReport < PROGRESS_EVERY_MS) return;
          lastReport = now;
          await progress({ phase: 'reading', rowsRead, rowsWritten: 0, fraction: total ? (before + bytes) / total : 1 });
        });
        before += file.size;
        const rows = Math.max(0, newlines + (endsWithNewline ? 0 : 1) - 1);
        rowsRead += rows;
        const isOrders = lines[0]?.split(',').includes('order_id') ?? false;
        if (isOrders) state.orders += rows;
        else {
          state.customers += rows;
          state.rows = [...state.rows, ...customerRows(lines)].slice(0, KEPT_ROWS);
        }
        summaries.push({
          name: file.name, source: isOrders ? 'stub-orders' : 'stub-customers', rows,
          customersNew: isOrders ? 0 : rows, customersMerged: 0, ordersNew: isOrders ? rows : 0, ordersDuplicate: 0, rejected: 0,
        });
      }
      state.lastImportAt = Date.now();
      await progress({ phase: 'done', rowsRead, rowsWritten: rowsRead, fraction: 1 });
      return { files: summaries, ms: Date.now() - started };
    },
    async cancelImport() {
      cancelled = true;
    },
    async listCustomers({ offset, limit, search }) {
      const q = search?.trim().toLowerCase();
      const rows = q ? state.rows.filter((r) => matches(r, q)) : state.rows;
      return { total: q ? rows.length : state.customers, rows: rows.slice(offset, offset + limit) };
    },
    async lookup(query, limit = 20) {
      const q = query.trim().toLowerCase();
      return q ? state.rows.filter((r) => matches(r, q)).slice(0, limit) : [];
    },
    async canonicalRfmCsv() {
      return 'customer_id,recency_days,frequency,monetary,r,f,m,segment\n';
    },
    async clear() {
      state = { customers: 0, orders: 0, rows: [] };
    },
  };
}
