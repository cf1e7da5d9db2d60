// Turns the benchmark's results into rows (metric, target, measured, ok?) and prints them as an
// aligned table for the terminal and as Markdown for the README.

const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
const msec = (ms) => (ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`);
const mbytes = (mb) => `${Math.round(mb)} MB`;
const count = (n) => n.toLocaleString('en-US');
const yesNo = (ok) => (ok ? 'yes' : 'no');

/** Table rows from the results object bench/run.mjs writes to results.json. */
export function rows(results) {
  const out = [];
  const row = (metric, target, measured, ok) => out.push({ metric, target, measured, ok: ok === undefined ? '' : yesNo(ok) });
  const wallTarget = { M: 700, L: 4000 };
  for (const c of results.cli ?? []) {
    const d = c.dataset;
    const s = c.segmenta;
    const n = s.runs.length;
    const runs = n > 2 ? `best of ${n}, median ${sec(s.medianWallMs)}` : `best of ${n}`;
    row(`CLI ${d}: wall time`, wallTarget[d] ? `≤ ${sec(wallTarget[d])}` : '', `${sec(s.bestWallMs)} (${runs})`, wallTarget[d] ? s.bestWallMs <= wallTarget[d] : undefined);
    const cpu = (x) => (x.bestCpuMs === undefined ? '' : `, CPU ${sec(x.bestCpuMs)}`);
    row(`CLI ${d}: time it reports (in process)`, '', `${sec(s.bestMs)}${cpu(s)} (${s.how})`);
    row(`CLI ${d}: peak memory (max RSS)`, d === 'L' ? '≤ 500 MB' : '', mbytes(s.peakMB), d === 'L' ? s.peakMB <= 500 : undefined);
    row(`CLI ${d}: output = reference SHA-256`, 'exact', s.exact ? 'exact' : `differs (${s.sha256.slice(0, 12)}…)`, s.exact);
    row(`DuckDB ${d} (2 threads): wall time`, '', `${sec(c.duckdb.bestWallMs)} (best of ${c.duckdb.runs.length}; ${sec(c.duckdb.bestMs)} in process${cpu(c.duckdb)}, ${mbytes(c.duckdb.peakMB)})`);
    row(`DuckDB ${d}: output = reference SHA-256`, 'exact', c.duckdb.exact ? 'exact' : 'differs', c.duckdb.exact);
    row(`CLI / DuckDB ${d}`, '', `${c.ratio.wall.toFixed(2)}× wall, ${c.ratio.inProcess.toFixed(2)}× in process`);
    if (c.withCustomers) {
      const w = c.withCustomers;
      row(`CLI ${d} with --customers (full import path)`, '', `${sec(w.wallMs)}, ${mbytes(w.peakMB)}, ${count(w.scored)} scored`);
    }
  }
  const b = results.browser;
  if (b) {
    const d = b.dataset;
    const i = b.import;
    row(`Browser ${d}: import 2 files (read → scored → IndexedDB written)`, '≤ 1.5 s', sec(i.ms), i.ms <= 1500);
    row(`Browser ${d}: where the import's time goes`, '', Object.entries(i.phaseMs).filter(([p]) => p !== 'done').map(([p, ms]) => `${p} ${sec(ms)}`).join(' · '));
    const merged = b.meta.customers - i.status.customers;
    row(`Browser ${d}: every customer scored`, `${count(i.expectedScored)} buyers, ${count(b.meta.customers)} customers`,
      `${count(i.status.scored)} scored, ${count(i.status.customers)} customers${merged > 0 ? ` (${count(merged)} merged into others on import)` : ''}`, i.allScored);
    const sameAsCli = b.canonical.sameAsCliWithCustomers;
    row(`Browser ${d}: saved scores' canonical output = reference`, 'exact',
      b.canonical.exact ? 'exact' : `differs${sameAsCli === undefined ? '' : sameAsCli ? ' (= CLI with --customers)' : ' (≠ CLI with --customers too)'}`, b.canonical.exact);
    if (b.uiImport) row(`Browser ${d}: import via the app's import screen (Import click → status line)`, '', sec(b.uiImport.ms));
    if (i.rendererMB) row(`Browser ${d}: renderer (page + worker) memory during import`, '', `peak ${mbytes(i.rendererMB.peak)} (${mbytes(i.rendererMB.before)} before)`);
    const r = b.reload;
    row(`Reload ${d}: scores usable (engine clock, median of ${b.reloads.length})`, '≤ 100 ms', msec(r.scoresMs), r.scoresMs <= 100);
    row(`Reload ${d}: all data ready (engine clock)`, '≤ 300 ms', msec(r.fullMs), r.fullMs <= 300);
    if (r.scoresPageMs !== undefined) row(`Reload ${d}: scores usable, from navigation start (page clock)`, '', msec(r.scoresPageMs));
    row(`Reload ${d}: all data ready, from navigation start (page clock)`, '', msec(r.fullPageMs));
    const l = b.lookup;
    row(`Look-up by email p95, round trip including postMessage (${l.roundTripMs.n})`, '≤ 1 ms', msec(l.roundTripMs.p95), l.roundTripMs.p95 <= 1);
    row('Look-up by email p95, in the worker (estimate: round trip − median ping)', '', `${msec(l.estimatedWorkerMs.p95)} (${l.hits}/${l.roundTripMs.n} found)`);
    const usage = b.storage.estimateUsage ?? b.storage.statusStorageBytes;
    row(`IndexedDB footprint ${d} (navigator.storage.estimate)`, '≤ 25 MB', usage === undefined ? 'unknown' : `${(usage / 1e6).toFixed(1)} MB`, usage !== undefined && usage <= 25e6);
    if (b.segments) segmentRows(row, d, b.segments);
    if (b.ui) uiRows(row, d, b);
    if (b.sync) syncRows(row, d, b.sync);
  }
  return out;
}

/** Rows of the segment figures (bench/segments-browser.ts); worker clock first, the page's round trip after it. */
function segmentRows(row, d, s) {
  const both = (t) => `${msec(t.workerMs)} (round trip ${msec(t.roundTripMs)})`;
  const e = s.evaluate;
  const what = `${s.segments} segments + ${s.schemes} schemes`;
  row(`Segments ${d}: evaluate ${what}, warm (worker, median of ${e.warm.length})`, '≤ 100 ms', both(e.warmMedian), e.warmMedian.workerMs <= 100);
  row(`Segments ${d}: evaluate ${what}, cold: columns built after a data change (median of ${e.cold.length})`, '≤ 100 ms', both(e.coldMedian), e.coldMedian.workerMs <= 100);
  const p = s.preview;
  const pct = (w, r) => `p50 ${msec(w.p50)}, p95 ${msec(w.p95)} (round trip p95 ${msec(r.p95)})`;
  row(`Segments ${d}: live count while editing a rule (previewRule, ${p.rules} rules), operand edited`, '≤ 30 ms', pct(p.warmWorkerMs, p.warmRoundTripMs), p.warmWorkerMs.p95 <= 30);
  row(`Segments ${d}: live count, field just picked (its column built)`, '≤ 30 ms', pct(p.coldWorkerMs, p.coldRoundTripMs), p.coldWorkerMs.p95 <= 30);
  const m = s.movement;
  row(`Segments ${d}: movement matrix between two snapshots (RFM, ${count(m.rfmMoved)} moved)`, '≤ 20 ms', `${both(m.rfm.first)}; again ${msec(m.rfm.again.workerMs)}`, m.rfm.first.workerMs <= 20);
  row(`Segments ${d}: movement matrix, a scheme of 4 segments (${count(m.scheme.moved)} moved)`, '≤ 20 ms', `${both(m.scheme.first)}; again ${msec(m.scheme.again.workerMs)}`, m.scheme.first.workerMs <= 20);
  row(`Segments ${d}: fit the CLV model (fitClv: BG/NBD + Gamma–Gamma)`, '≤ 2 s', s.clv.ok ? `${sec(s.clv.workerMs)} (round trip ${sec(s.clv.roundTripMs)})` : `not fitted: ${s.clv.reason}`, s.clv.ok && s.clv.workerMs <= 2000);
  row(`Segments ${d}: metrics of ${s.metrics.segments} segments (round trip)`, '', `${msec(s.metrics.firstMs)} first, ${msec(s.metrics.againMs)} again`);
  row(`Segments ${d}: persona of one segment (round trip)`, '', `${msec(s.persona.firstMs)} first, ${msec(s.persona.againMs)} again`);
  row(`Segments ${d}: save a segment (validate, evaluate all, snapshot, write; round trip)`, '', `p50 ${msec(s.saveSegmentMs.p50)}, max ${msec(s.saveSegmentMs.max)}`);
}

/** Issue #6's targets (bench/sync-app.ts): the sync file of everything, and its merge into an empty device. */
function syncRows(row, d, s) {
  row(`Sync ${d}: export everything as a .segmenta file (worker)`, '≤ 2 s', `${sec(s.exportMs)}, ${(s.bytes / 1e6).toFixed(1)} MB (round trip ${sec(s.exportRoundTripMs)})`, s.exportMs <= 2000);
  row(`Sync ${d}: import it with its merge into an empty device (preview + apply, page clock)`, '≤ 3 s',
    `${sec(s.importMs)} (preview ${sec(s.previewMs)}, apply ${sec(s.applyMs)}); ${count(s.customers)} customers, ${count(s.orders)} orders back`, s.importMs <= 3000);
}

/** Issue #4's targets for the app (bench/ui-bench.ts): page clock from navigation start or the user's action. */
function uiRows(row, d, b) {
  const u = b.ui;
  const n = u.reloads.length;
  const tasks = (t) => (t.count ? `${t.count} long, longest ${msec(t.longestMs)}` : 'none > 50 ms');
  row(`App ${d}: shell interactive after a reload (navigation start → nav and status line drawn, taking input; median of ${n})`, '≤ 500 ms', msec(u.shellMs), u.shellMs <= 500);
  row(`App ${d}: dashboard drawn after a reload (navigation start → every panel drawn; median of ${n})`, '≤ 800 ms',
    `${msec(u.dashboardReloadMs)} (longest main-thread task meanwhile ${msec(u.longestTaskOnReloadMs)})`, u.dashboardReloadMs <= 800);
  const nav = [...u.dashboardNavigateMs].sort((x, y) => x - y);
  const navMedian = nav[Math.floor((nav.length - 1) / 2)];
  row(`App ${d}: dashboard drawn after navigating to it (click → every panel drawn; median of ${nav.length})`, '≤ 800 ms', `${msec(navMedian)} (max ${msec(nav.at(-1))})`, navMedian <= 800);
  const s = u.search;
  row(`App ${d}: search, an email typed → its row shown (customers screen, p95 of ${s.ms.n})`, '≤ 30 ms',
    `p50 ${msec(s.ms.p50)}, p95 ${msec(s.ms.p95)}; first after load ${msec(s.firstMs)} (${s.hits}/${s.ms.n + 1} found)`, s.ms.p95 <= 30 && s.firstMs <= 30);
  row(`App ${d}: first look-up after a reload, as the dashboard is drawn (engine round trip; median of ${n})`, '≤ 30 ms', msec(u.firstLookupMs), u.firstLookupMs <= 30);
  const sc = u.scroll;
  row(`App ${d}: scrolling ${count(sc.rows)} customer rows (no long task > 50 ms)`, 'none', `${tasks(sc.longTasks)}; worst frame ${msec(sc.worstFrameMs)}, ${sec(sc.ms)} in all`, sc.longTasks.count === 0);
  row(`App ${d}: main thread during the import of M (engine client)`, 'no task > 50 ms', tasks(b.import.longTasks), b.import.longTasks.count === 0);
  if (b.uiImport?.longTasks) row(`App ${d}: main thread during the import through the import screen`, 'no task > 50 ms', tasks(b.uiImport.longTasks), b.uiImport.longTasks.count === 0);
  row(`App ${d}: main thread during a recomputation (updateSettings, ${sec(u.recompute.ms)})`, 'no task > 50 ms', tasks(u.recompute.longTasks), u.recompute.longTasks.count === 0);
}

const COLUMNS = ['metric', 'target', 'measured', 'ok'];
const HEADERS = { metric: 'Metric', target: 'Target', measured: 'Measured', ok: 'OK?' };

export function plainTable(rs) {
  const width = Object.fromEntries(COLUMNS.map((c) => [c, Math.max(HEADERS[c].length, ...rs.map((r) => r[c].length))]));
  const line = (r) => COLUMNS.map((c) => r[c].padEnd(width[c])).join('  ').trimEnd();
  return [line(HEADERS), COLUMNS.map((c) => '-'.repeat(width[c])).join('  '), ...rs.map(line)].join('\n');
}

export function markdownTable(rs) {
  const cell = (s) => s.replaceAll('|', '\\|');
  return [
    `| ${COLUMNS.map((c) => HEADERS[c]).join(' | ')} |`,
    '|---|---|---|---|',
    ...rs.map((r) => `| ${COLUMNS.map((c) => cell(r[c])).join(' | ')} |`),
  ].join('\n');
}
