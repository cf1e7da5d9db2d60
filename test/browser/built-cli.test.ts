import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './harness.ts';

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
});
