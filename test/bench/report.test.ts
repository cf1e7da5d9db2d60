import { describe, expect, it } from 'vitest';
import { markdownTable, plainTable, rows } from '../../bench/report.mjs';
import { percentiles } from '../../bench/browser-bench.ts';

const cliRun = (wallMs: number, ms: number, peakMB: number) => ({ wallMs, ms, peakMB, cpuMs: ms * 1.5 });

function cliResult(dataset: 'M' | 'L', wall: number[], peakMB: number, exact: boolean) {
  const runs = wall.map((w) => cliRun(w, w - 50, peakMB));
  return {
    dataset,
    segmenta: { runs, bestWallMs: Math.min(...wall), medianWallMs: wall[1], bestMs: Math.min(...wall) - 50, bestCpuMs: 900, peakMB, how: 'streamed, 2 threads', scored: 90019, sha256: 'ab'.repeat(32), exact },
    duckdb: { runs, bestWallMs: 700, medianWallMs: 700, bestMs: 500, peakMB: 260, sha256: 'ab'.repeat(32), exact: true },
    ratio: { wall: Math.min(...wall) / 700, inProcess: 1.1 },
  };
}

const okOf = (rs: ReturnType<typeof rows>, metric: string) => rs.find((r) => r.metric === metric)?.ok;

describe('the benchmark report', () => {
  it('marks the command line against its targets: 0.7 s for M, 4 s and 500 MB for L', () => {
    const rs = rows({ cli: [cliResult('M', [690, 720, 800], 150, true), cliResult('L', [4100, 4300], 480, false)] });
    expect(okOf(rs, 'CLI M: wall time')).toBe('yes');
    expect(okOf(rs, 'CLI L: wall time')).toBe('no');
    expect(okOf(rs, 'CLI L: peak memory (max RSS)')).toBe('yes');
    expect(okOf(rs, 'CLI M: peak memory (max RSS)')).toBe('');
    expect(okOf(rs, 'CLI L: output = reference SHA-256')).toBe('no');
    expect(rs.find((r) => r.metric === 'CLI M: wall time')?.measured).toBe('0.69 s (best of 3, median 0.72 s)');
  });

  it('prints the same rows as an aligned table and as a Markdown table with escaped pipes', () => {
    const rs = [{ metric: 'a | b', target: '≤ 1 s', measured: '0.5 s', ok: 'yes' as const }];
    expect(markdownTable(rs).split('\n')).toEqual(['| Metric | Target | Measured | OK? |', '|---|---|---|---|', '| a \\| b | ≤ 1 s | 0.5 s | yes |']);
    const lines = plainTable(rs).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^a \| b\s+≤ 1 s\s+0\.5 s\s+yes$/);
  });
});

describe('the segment rows of the report', () => {
  const timed = (workerMs: number) => ({ workerMs, roundTripMs: workerMs + 1 });
  const pct = (p50: number, p95: number) => ({ n: 10, p50, p95, p99: p95, max: p95 });
  const segments = (evaluateMs: number, previewP95: number, movementMs: number, clvMs: number) => ({
    segments: 20, schemes: 3, saveSegmentMs: pct(80, 120), saveSchemeMs: [90, 90, 90], sizes: {},
    evaluate: { cold: [timed(300)], warm: [timed(evaluateMs)], coldMedian: timed(300), warmMedian: timed(evaluateMs) },
    preview: { rules: 10, coldWorkerMs: pct(20, 40), coldRoundTripMs: pct(21, 41), warmWorkerMs: pct(5, previewP95), warmRoundTripMs: pct(6, previewP95 + 1), counts: [] },
    movement: { settingsChangeMs: 900, rfmMoved: 5000, rfm: { first: timed(movementMs), again: timed(1) }, scheme: { first: timed(3), again: timed(1), moved: 10 } },
    clv: { ok: true, workerMs: clvMs, roundTripMs: clvMs + 1, buyers: 90000, repeatBuyers: 80000 },
    metrics: { segments: 20, firstMs: 200, againMs: 50 },
    persona: { segment: 'x', firstMs: 100, againMs: 10 },
  });
  const browser = (s: ReturnType<typeof segments>) => ({
    dataset: 'M', meta: { customers: 100, orders: 1000, buyers: 90 },
    import: { ms: 1000, phaseMs: {}, status: { customers: 100, scored: 90 }, expectedScored: 90, allScored: true },
    canonical: { exact: true }, reloads: [{}], reload: { scoresMs: 50, fullMs: 200, fullPageMs: 400 },
    lookup: { hits: 1, roundTripMs: pct(0.2, 0.5), estimatedWorkerMs: pct(0.1, 0.2) }, storage: { estimateUsage: 1e6 },
    segments: s,
  });
  const find = (rs: ReturnType<typeof rows>, start: string) => rs.find((r) => r.metric.startsWith(start));

  it('marks evaluation (warm, worker clock), live count (p95), movement and the CLV fit against 100 ms, 30 ms, 20 ms and 2 s', () => {
    const good = rows({ browser: browser(segments(99, 29, 19, 1999)) });
    expect(find(good, 'Segments M: evaluate 20 segments + 3 schemes, warm')?.ok).toBe('yes');
    expect(find(good, 'Segments M: evaluate 20 segments + 3 schemes, cold')?.ok).toBe('no');
    expect(find(good, 'Segments M: live count while editing')?.ok).toBe('yes');
    expect(find(good, 'Segments M: live count, field just picked')?.ok).toBe('no');
    expect(find(good, 'Segments M: movement matrix between two snapshots')?.ok).toBe('yes');
    expect(find(good, 'Segments M: fit the CLV model')?.ok).toBe('yes');
    const bad = rows({ browser: browser(segments(101, 31, 21, 2001)) });
    for (const start of ['Segments M: evaluate 20 segments + 3 schemes, warm', 'Segments M: live count while editing', 'Segments M: movement matrix between two snapshots', 'Segments M: fit the CLV model']) {
      expect(find(bad, start)?.ok).toBe('no');
    }
    expect(find(good, 'Segments M: movement matrix between two snapshots')?.metric).toContain('5,000 moved');
  });
});

describe('percentiles', () => {
  it('takes the nearest-rank percentile, so p95 of 1..100 is 95 and the maximum is the largest', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentiles(values)).toEqual({ n: 100, p50: 50, p95: 95, p99: 99, max: 100 });
  });
});
