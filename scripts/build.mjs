// Builds the given targets (default: all) with the one vite.config.ts, in one process:
//   node scripts/build.mjs [pwa] [extension] [cli] [--quiet]
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

export const TARGETS = ['pwa', 'extension', 'cli'];
const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));

/** Builds each target in turn; resolves to the milliseconds each took. */
export async function buildTargets(targets = TARGETS, { quiet = false } = {}) {
  const times = {};
  for (const mode of targets) {
    if (!TARGETS.includes(mode)) throw new Error(`Unknown build target "${mode}" (known: ${TARGETS.join(', ')})`);
    const started = performance.now();
    await build({ configFile, mode, logLevel: quiet ? 'warn' : 'info' });
    times[mode] = Math.round(performance.now() - started);
    console.log(`built ${mode} in ${(times[mode] / 1000).toFixed(1)} s`);
  }
  return times;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const targets = args.filter((a) => !a.startsWith('--'));
  try {
    await buildTargets(targets.length ? targets : TARGETS, { quiet: args.includes('--quiet') });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
