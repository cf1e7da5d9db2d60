import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Folder of the generator's S dataset (`--customers 10000 --orders 100000 --seed 42`, std). */
export const datasetS = (): string => generatedDataset('S', ['--customers', '10000', '--orders', '100000', '--seed', '42']);

/** S written the way Russian Excel saves it (`;`, Windows-1251, decimal comma, dd.mm.yyyy): the same data. */
export const datasetSRu = (): string =>
  generatedDataset('S-ru', ['--customers', '10000', '--orders', '100000', '--seed', '42', '--dialect', 'ru-excel']);

/**
 * A generator dataset made once under bench/data/<name> (git-ignored) with
 * `../shared/datasets/generate.mjs` beside the repo, so tests run the same in a worktree and in CI's
 * clone. Generated into a temporary folder and renamed, so test files running in parallel never see
 * a half-written file.
 */
export function generatedDataset(name: string, args: readonly string[]): string {
  const dir = join(REPO_ROOT, 'bench/data', name);
  if (existsSync(join(dir, 'meta.json'))) return dir;
  const generator = join(REPO_ROOT, '../shared/datasets/generate.mjs');
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(dirname(dir), { recursive: true });
  execFileSync(process.execPath, [generator, ...args, '--out', tmp], { stdio: 'pipe' });
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another worker finished first
  }
  return dir;
}
