// `npm test`: Chromium check, typecheck, unit tests, builds, browser tests; stops at the first
// failure with its exit code and prints how long each step took.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;
const vitest = join(root, 'node_modules/vitest/vitest.mjs');

let chromium;
try {
  chromium = findChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

// Browser profiles and temporary files stay inside the work tree (.e2e-tmp/, git-ignored).
const tmp = join(root, '.e2e-tmp/tmp');
mkdirSync(tmp, { recursive: true });
const env = { ...process.env, TMPDIR: tmp, CHROMIUM_PATH: chromium };

const steps = [
  ['typecheck', [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']],
  ['unit tests', [vitest, 'run', '--project', 'unit']],
  ['build pwa, extension, cli', [join(root, 'scripts/build.mjs'), '--quiet']],
  ['browser tests', [vitest, 'run', '--project', 'browser']],
];

const timings = [];
const started = performance.now();
const report = () => {
  for (const [name, ms, ok] of timings) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(28)} ${(ms / 1000).toFixed(1).padStart(6)} s`);
  console.log(`  total ${''.padEnd(28)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
};

console.log(`Chromium: ${chromium}`);
for (const [name, args] of steps) {
  console.log(`\n── ${name}`);
  const t0 = performance.now();
  const { status, signal } = spawnSync(node, args, { cwd: root, env, stdio: 'inherit' });
  const ok = status === 0;
  timings.push([name, performance.now() - t0, ok]);
  if (!ok) {
    console.log(`\n${name} failed (${signal ?? `exit ${status}`})`);
    report();
    process.exit(status || 1);
  }
}
console.log('\nAll steps passed');
report();
