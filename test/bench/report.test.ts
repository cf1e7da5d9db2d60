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

describe('percentiles', () => {
  it('takes the nearest-rank percentile, so p95 of 1..100 is 95 and the maximum is the largest', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentiles(values)).toEqual({ n: 100, p50: 50, p95: 95, p99: 99, max: 100 });
  });
});
