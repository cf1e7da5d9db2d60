import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { e2eTmp, repoRoot } from './harness.ts';
import { datasetS, datasetSRu, generatedDataset } from '../helpers/dataset-s.ts';

// `npx segmenta rfm` as a user runs it: the built bundle through bin/segmenta.mjs.
const segmenta = (...args: string[]) =>
  spawnSync(process.execPath, [join(repoRoot, 'bin/segmenta.mjs'), 'rfm', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const S_SHA256 = 'bc96588c06143f962e1d298e13f87ac9833f13eecd564274991aae084a822bf9';
const tmp = (name: string) => {
  mkdirSync(join(e2eTmp, 'cli'), { recursive: true });
  return join(e2eTmp, 'cli', name);
};

describe('segmenta rfm', () => {
  it('writes the spec canonical output for S, identical for the std and the Russian Excel files', () => {
    const std = segmenta(join(datasetS(), 'orders.csv'), '--as-of', '2026-11-01');
    const ru = segmenta(join(datasetSRu(), 'orders.csv'), '--as-of', '2026-11-01');
    expect(std.status).toBe(0);
    expect(ru.status).toBe(0);
    expect(sha256(std.stdout)).toBe(S_SHA256);
    expect(ru.stdout).toBe(std.stdout);
    expect(std.stderr).toMatch(/100000 rows read/);
    expect(std.stderr).toMatch(/scored 8983 customers as of 2026-11-01/);
  });

  it('scores a dirty file like its clean twin and lists every bad row with line, column and reason', () => {
    const args = ['--customers', '500', '--orders', '5000', '--seed', '11'];
    const clean = generatedDataset('cli-clean', args);
    const dirty = generatedDataset('cli-dirty', [...args, '--dirty', '80']);
    const errors = tmp('dirty-errors.csv');
    const out = tmp('dirty-rfm.csv');
    const r = segmenta(join(dirty, 'orders.csv'), '--as-of', '2026-11-01', '--out', out, '--errors', errors);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(segmenta(join(clean, 'orders.csv'), '--as-of', '2026-11-01').stdout);
    const report = readFileSync(errors, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(report[0]).toMatch(/^file,line,column,value,code/);
    expect(report.length - 1).toBe(80);
    expect(report.filter((l) => l.includes(',order_date,') && l.includes('unparsable_date'))).toHaveLength(10);
    expect(r.stderr).toMatch(/unparsable_date: 10/);
  });

  it('reads NDJSON orders like the same orders as CSV', () => {
    const csvPath = join(generatedDataset('cli-clean', ['--customers', '500', '--orders', '5000', '--seed', '11']), 'orders.csv');
    const csv = readFileSync(csvPath, 'utf8');
    const [header, ...lines] = csv.trim().split('\n');
    const keys = header.split(',');
    const ndjson = lines.map((l) => JSON.stringify(Object.fromEntries(l.split(',').map((v, i) => [keys[i], v])))).join('\n');
    const path = tmp('orders.ndjson');
    writeFileSync(path, ndjson + '\n');
    const fromJson = segmenta(path, '--as-of', '2026-11-01');
    expect(fromJson.status).toBe(0);
    expect(fromJson.stdout).toBe(segmenta(csvPath, '--as-of', '2026-11-01').stdout);
  });

  it('exits 1 with one clear line for a file that is not a table or does not exist', () => {
    const png = tmp('photo.png');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const bad = segmenta(png);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('photo.png');
    const missing = segmenta(tmp('nope.csv'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.csv: .*no such file/);
  });

  it('exits 2 on bad usage', () => {
    expect(segmenta('a.csv', '--as-of', '1.11.2026').status).toBe(2);
    expect(segmenta('a.csv', '--frobnicate').status).toBe(2);
    expect(segmenta('a.csv', 'b.csv').stderr).toContain('one orders file only');
  });
});
