// `npm run bench`: the project's benchmark. It reports; it is not a test (exit 0 when a target is missed).
//   node bench/run.mjs [--quick] [--only cli|browser]
//     --quick         dataset M only (no L)
//     --only cli      command line and DuckDB only;  --only browser  the app in Chromium only
// Builds what it measures, generates missing datasets into bench/data/ (git-ignored), prints a table
// (then the same as Markdown for the README) and writes bench/results.json with every figure.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchCli } from './cli-bench.mjs';
import { AS_OF, DATASETS, datasetMeta, ensureDataset, repoRoot } from './datasets.mjs';
import { markdownTable, plainTable, rows } from './report.mjs';

const USAGE = 'usage: node bench/run.mjs [--quick] [--only cli|browser]';

function parseArgs(argv) {
  const opts = { quick: false, only: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') opts.quick = true;
    else if (argv[i] === '--only' && ['cli', 'browser'].includes(argv[i + 1])) opts.only = argv[++i];
    else {
      console.error(USAGE);
      process.exit(2);
    }
  }
  return opts;
}

const log = (line) => console.error(line);

function chromiumVersion() {
  try {
    const text = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return /\d+\.[\d.]+/.exec(text)?.[0];
  } catch {
    return undefined;
  }
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** Builds the targets measured (dist/cli, dist/pwa) and bundles the browser driver. */
async function build(opts) {
  const targets = opts.only === 'cli' ? ['cli'] : opts.only === 'browser' ? ['pwa'] : ['pwa', 'cli'];
  log(`building ${targets.join(', ')}…`);
  execFileSync(process.execPath, ['scripts/build.mjs', ...targets, '--quiet'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
  if (opts.only === 'cli') return undefined;
  // The driver is TypeScript (it reuses test/browser/harness.ts); Node 20 runs it once bundled.
  const { build: bundle } = await import('rolldown');
  const file = join(repoRoot, 'dist', 'bench', 'browser-bench.mjs');
  await bundle({
    input: join(repoRoot, 'bench', 'browser-bench.ts'),
    platform: 'node',
    external: ['playwright-core'],
    logLevel: 'warn',
    output: { file, format: 'esm' },
  });
  return file;
}

const opts = parseArgs(process.argv.slice(2));
const startedAt = new Date();
const results = {
  date: startedAt.toISOString(),
  commit: gitCommit(),
  options: opts,
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: undefined,
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  },
  asOf: AS_OF,
};

const driver = await build(opts);
const sizes = opts.quick ? ['M'] : ['M', 'L'];

if (opts.only !== 'browser') {
  results.cli = [];
  for (const name of sizes) {
    const dir = ensureDataset(name, log);
    results.cli.push(
      await benchCli(name, dir, { runs: name === 'M' ? 3 : 2, reference: DATASETS[name].reference, fullImport: name === 'M', log }),
    );
  }
}

if (opts.only !== 'cli') {
  const dir = ensureDataset('M', log);
  const { benchBrowser } = await import(pathToFileURL(driver).href);
  const meta = datasetMeta(dir);
  const browser = await benchBrowser({ data: dir, asOf: AS_OF, referenceSha256: DATASETS.M.reference, uiImport: true, log });
  const withCustomers = results.cli?.find((c) => c.dataset === 'M')?.withCustomers;
  if (withCustomers) browser.canonical.sameAsCliWithCustomers = browser.canonical.sha256 === withCustomers.sha256;
  results.browser = { dataset: 'M', meta: { customers: meta.customers, orders: meta.orders_clean, buyers: meta.buyers }, ...browser };
  results.machine.chromium = browser.chromium;
}
results.machine.chromium ??= chromiumVersion();
results.machine.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
results.totalSeconds = Math.round((Date.now() - startedAt.getTime()) / 1000);

const table = rows(results);
results.table = table;
writeFileSync(join(repoRoot, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const m = results.machine;
const where = `${m.cpus} × ${m.cpuModel ?? 'CPU'}, ${m.memoryGB} GB, Node ${m.node}${m.chromium ? `, Chromium ${m.chromium}` : ''}; load average ${m.loadAverageAtStart.join(' ')} at start`;
console.log(`\nSegmenta benchmark, ${results.date.slice(0, 10)}${results.commit ? ` (${results.commit})` : ''}: ${where}\n`);
console.log(plainTable(table));
console.log('\nMarkdown (for the README):\n');
console.log(markdownTable(table));
console.log(`\n_${where}. \`npm run bench\`, ${results.date.slice(0, 10)}._`);
if (results.browser) {
  const { steps, ms } = results.browser.import;
  console.log(`\nBrowser import of M, step by step (page clock, from the engine's progress reports; total ${Math.round(ms)} ms):`);
  for (const s of steps) console.log(`  ${s.step.padEnd(24)} ${String(Math.round(s.ms)).padStart(6)} ms`);
}
console.log('\nAll figures: bench/results.json');
