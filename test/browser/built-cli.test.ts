import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './harness.ts';
import { generatedDataset } from '../helpers/dataset-s.ts';

// The bundle dist/cli/segmenta.mjs through the bin launcher, as `npx segmenta` runs it.
const segmenta = (...args: string[]) =>
  spawnSync(process.execPath, [join(repoRoot, 'bin/segmenta.mjs'), ...args], { encoding: 'utf8' });

describe('the built command line', () => {
  it('prints usage on --help and exits 0', () => {
    const { status, stdout } = segmenta('--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: segmenta /);
  });

  it('exits 2 with usage on stderr for an unknown command', () => {
    const { status, stderr, stdout } = segmenta('frobnicate');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown command "frobnicate"');
    expect(stderr).toContain('Usage: segmenta');
  });

  it('evaluates a rules file over data files with `segments evaluate`', () => {
    const dir = generatedDataset('engine-small', ['--customers', '300', '--orders', '3000', '--seed', '5']);
    const rules = join(mkdtempSync(join(tmpdir(), 'segmenta-built-')), 'rules.json');
    writeFileSync(rules, JSON.stringify({
      segments: [{ name: 'Москва', rule: { field: 'city', op: 'is', value: 'москва' } }, { name: 'Buyers', rule: { field: 'orders', op: 'gte', value: 1 } }],
      schemes: [{ name: 'Geo', segments: ['Москва'] }],
    }));
    const { status, stdout, stderr } = segmenta('segments', 'evaluate', '--rules', rules, join(dir, 'customers.csv'), join(dir, 'orders.csv'), '--as-of', '2026-11-01');
    expect(stderr).toMatch(/Москва: \d+/);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('customer_id,Geo,segments');
    expect(lines.filter((l) => l.split(',')[1] === 'Москва').length).toBeGreaterThan(0);
  });
});
