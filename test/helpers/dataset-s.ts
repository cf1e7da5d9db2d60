import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Folder of the generator's S dataset (`--customers 10000 --orders 100000 --seed 42`, std), made
 * once under bench/data/ (git-ignored) with `../shared/datasets/generate.mjs` beside the repo, so
 * the test runs the same in a worktree and in CI's clone. Generated into a temporary folder and
 * renamed, so test files running in parallel never see a half-written file.
 */
export function datasetS(): string {
  const dir = join(REPO_ROOT, 'bench/data/S');
  if (existsSync(join(dir, 'meta.json'))) return dir;
  const generator = join(REPO_ROOT, '../shared/datasets/generate.mjs');
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(dirname(dir), { recursive: true });
  execFileSync(process.execPath, [generator, '--customers', '10000', '--orders', '100000', '--seed', '42', '--out', tmp], { stdio: 'pipe' });
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another worker finished first
  }
  return dir;
}
