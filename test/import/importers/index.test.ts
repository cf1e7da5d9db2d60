import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { IMPORTERS, importerById, rankImporters } from '../../../core/import/importers/index.ts';

describe('importer registry', () => {
  test('importer ids are unique and each importer has its own test file', () => {
    const ids = IMPORTERS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(existsSync(`test/import/importers/${id}.test.ts`), `${id}.test.ts`).toBe(true);
    expect(importerById('shopify-orders')?.label).toBe('Shopify orders');
  });

  test('every fixture file is read by some test', () => {
    const tests = readdirSync('test/import', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts')).map((f) => readFileSync(`test/import/${f}`, 'utf8')).join('\n');
    // The import's fixtures are the files at the top; folders belong to other parts (extension/).
    const files = readdirSync('test/fixtures', { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name);
    for (const f of files) expect(tests.includes(f), f).toBe(true);
  });

  test('generic importers never outrank a specific one that can read the headers', () => {
    const ranked = rankImporters(['Name', 'Email', 'Financial Status', 'Total', 'Created at', 'Lineitem quantity', 'Lineitem name']);
    expect(ranked[0].importer.id).toBe('shopify-orders');
    for (const r of ranked) if (r.importer.id.startsWith('generic-')) expect(r.score).toBeLessThan(0.5);
  });
});
