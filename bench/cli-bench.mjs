// The command-line half of `npm run bench`: `segmenta rfm` and DuckDB (bench/duckdb-rfm.mjs, the
// same spec as SQL) as child processes on the same orders file, runs interleaved so that load from
// other processes falls on both alike. Wall time is measured around the whole process (Node start
// included), as a user would see it.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AS_OF, dataRoot, repoRoot } from './datasets.mjs';

const outDir = join(dataRoot, 'out');
// GNU time adds the child's CPU time (and max RSS) to its last stderr line, when the machine has it:
// CPU time moves less than wall time when other processes share the cores.
const GNU_TIME = '/usr/bin/time';
const TIME_TAG = 'bench-time:';

/**
 * Runs `node args…`; resolves with its wall time (ms), stdout, stderr and, under GNU time, its CPU
 * time (user + system, ms) and max RSS (MB). Rejects on a non-zero exit.
 */
function run(args, { timeoutMs = 15 * 60_000 } = {}) {
  const timed = existsSync(GNU_TIME);
  const [cmd, argv] = timed ? [GNU_TIME, ['-f', `${TIME_TAG} %U %S %M`, process.execPath, ...args]] : [process.execPath, args];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - t0;
      const t = new RegExp(`${TIME_TAG} ([\\d.]+) ([\\d.]+) (\\d+)`).exec(stderr);
      const cpu = t ? { cpuMs: (Number(t[1]) + Number(t[2])) * 1000, maxRssMB: Number(t[3]) / 1024 } : {};
      if (code === 0) resolve({ wallMs, stdout, stderr, ...cpu });
      else reject(new Error(`node ${args.join(' ')} exited with ${signal ?? code}:\n${stderr.slice(-2000)}`));
    });
  });
}

export function sha256File(path) {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path).on('data', (d) => hash.update(d)).on('error', reject).on('end', () => resolve(hash.digest('hex')));
  });
}

/** One `segmenta rfm` run: wall time, and the ms, peak memory and counts its stderr summary reports. */
async function runOurs(orders, out, customers) {
  const args = ['bin/segmenta.mjs', 'rfm', orders, '--as-of', AS_OF, '--out', out];
  if (customers) args.push('--customers', customers);
  const { wallMs, cpuMs, stderr } = await run(args);
  const m = /(\d+) ms, peak memory (\d+) MB/.exec(stderr);
  return {
    wallMs,
    cpuMs,
    ms: m ? Number(m[1]) : undefined,
    peakMB: m ? Number(m[2]) : undefined,
    how: /rows read \((.*)\)\n/.exec(stderr)?.[1],
    scored: Number(/scored (\d+) customers/.exec(stderr)?.[1] ?? NaN),
  };
}

/** One DuckDB run (2 threads): wall time, and the ms and peak memory it prints. */
async function runDuckdb(orders, out) {
  const { wallMs, cpuMs, stdout } = await run(['bench/duckdb-rfm.mjs', orders, AS_OF, out, '2']);
  const r = JSON.parse(stdout.trim().split('\n').at(-1));
  return { wallMs, cpuMs, ms: r.ms, peakMB: r.peakMB };
}

const best = (xs) => Math.min(...xs);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const summarise = (runs) => ({
  runs,
  bestWallMs: best(runs.map((r) => r.wallMs)),
  medianWallMs: median(runs.map((r) => r.wallMs)),
  bestMs: best(runs.map((r) => r.ms)),
  bestCpuMs: runs.every((r) => r.cpuMs !== undefined) ? best(runs.map((r) => r.cpuMs)) : undefined,
  peakMB: Math.max(...runs.map((r) => r.peakMB)),
});

/**
 * `runs` interleaved runs of ours and DuckDB on `dir`/orders.csv; the outputs' hashes against the
 * reference. With `fullImport`, one more run of ours with --customers (the app's import path:
 * identity resolution across both files).
 */
export async function benchCli(name, dir, { runs, reference, fullImport = false, log = () => {} }) {
  mkdirSync(outDir, { recursive: true });
  const orders = join(dir, 'orders.csv');
  const oursOut = join(outDir, `segmenta-${name}.csv`);
  const duckOut = join(outDir, `duckdb-${name}.csv`);
  const ours = [];
  const duck = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await runOurs(orders, oursOut));
    log(`cli ${name}: segmenta run ${i + 1}/${runs}: ${Math.round(ours.at(-1).wallMs)} ms`);
    duck.push(await runDuckdb(orders, duckOut));
    log(`cli ${name}: duckdb run ${i + 1}/${runs}: ${Math.round(duck.at(-1).wallMs)} ms`);
  }
  const oursSha = await sha256File(oursOut);
  const duckSha = await sha256File(duckOut);
  const result = {
    dataset: name,
    segmenta: { ...summarise(ours), how: ours[0].how, scored: ours[0].scored, sha256: oursSha, exact: oursSha === reference },
    duckdb: { ...summarise(duck), sha256: duckSha, exact: duckSha === reference },
  };
  result.ratio = {
    /** Best wall time, ours / DuckDB's (both whole processes). */
    wall: result.segmenta.bestWallMs / result.duckdb.bestWallMs,
    /** Best in-process time, ours / DuckDB's (each as the tool reports it). */
    inProcess: result.segmenta.bestMs / result.duckdb.bestMs,
  };
  if (fullImport) {
    const out = join(outDir, `segmenta-${name}-with-customers.csv`);
    const r = await runOurs(orders, out, join(dir, 'customers.csv'));
    result.withCustomers = { ...r, sha256: await sha256File(out) };
    log(`cli ${name}: segmenta --customers: ${Math.round(r.wallMs)} ms`);
  }
  return result;
}
