#!/usr/bin/env node
// Launcher: the command line is bundled to dist/cli/segmenta.mjs by `npm ci` / `npm run build:cli`.
let cli;
try {
  cli = await import('../dist/cli/segmenta.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('segmenta.mjs')) throw error;
  process.stderr.write('segmenta is not built yet: run "npm run build:cli" in the project folder.\n');
  process.exit(1);
}
process.exitCode = await cli.run(process.argv.slice(2));
