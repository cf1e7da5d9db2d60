import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encode1251 } from '../import/fixtures.ts';
import { batchCsv, batchScoreHere, fullImportCsv } from '../helpers/batch-paths.ts';
import { generatedDataset } from '../helpers/dataset-s.ts';

const dirty = () => join(generatedDataset('batch-dirty', ['--customers', '300', '--orders', '3000', '--seed', '7', '--dirty', '100']), 'orders.csv');
const smallRu = () =>
  join(generatedDataset('batch-small-ru', ['--customers', '300', '--orders', '3000', '--seed', '11', '--dialect', 'ru-excel']), 'orders.csv');

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'segmenta-batch-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The same file with its data rows in a fixed pseudo-random order: order ids no longer ascend. */
function shuffled(path: string): string {
  const [header, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
  let seed = 42;
  for (let i = rows.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  const out = join(dir, 'shuffled.csv');
  writeFileSync(out, [header, ...rows, ''].join('\n'));
  return out;
}

describe('batch scoring', () => {
  it('writes what the full import writes for a dirty export (stray quotes, rejected and repeated rows)', async () => {
    const r = await batchScoreHere(dirty());
    expect(r.rejected.length).toBeGreaterThan(50);
    expect(batchCsv(r)).toBe(await fullImportCsv(dirty()));
  });

  it('writes what the full import writes when order ids are not sorted, listing rejected rows in line order', async () => {
    const path = shuffled(dirty());
    const r = await batchScoreHere(path);
    expect(batchCsv(r)).toBe(await fullImportCsv(path));
    const lines = r.rejected.map((row) => row.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(r.rejected.filter((row) => row.code === 'duplicate_order_id')).toHaveLength(r.duplicates);
    expect(r.duplicates).toBeGreaterThan(10);
  });

  it('writes what the full import writes for a Russian Excel file (Windows-1251, `;`, CRLF, decimal comma)', async () => {
    const r = await batchScoreHere(smallRu());
    expect(r.input.count).toBeGreaterThan(200);
    expect(batchCsv(r)).toBe(await fullImportCsv(smallRu()));
  });

  it('prints Cyrillic ids of a Windows-1251 file as UTF-8, in byte order, and quotes ids that need it', async () => {
    const path = join(dir, 'cp1251.csv');
    const rows = ['order_id;customer_id;order_date;amount', '1;Ёжик;21.02.2026;10,00', '2;Ангел;22.02.2026;5,50', '3;"Бо,ря";23.02.2026;1,00', '4;Ёжик;24.02.2026;2,00', '5;zeta;25.02.2026;3,00'];
    writeFileSync(path, encode1251(rows.join('\r\n') + '\r\n'));
    const csv = batchCsv(await batchScoreHere(path));
    // UTF-8 byte order: Ё (D0 81) before А (D0 90) before Б (D0 91).
    expect(csv.split('\n').map((l) => /^("[^"]*"|[^,]*)/.exec(l)![0])).toEqual(['customer_id', 'zeta', 'Ёжик', 'Ангел', '"Бо,ря"', '']);
    expect(csv).toBe(await fullImportCsv(path));
  });
});
