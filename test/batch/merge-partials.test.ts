import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinSetRanges, rangeJobs, runRange, type RangeJob } from '../../cli/batch-score.ts';
import { mergePartials, type BatchAggregate } from '../../core/batch/merge-partials.ts';
import type { PartialAggregate } from '../../core/batch/partial-aggregate.ts';
import { AS_OF, batchCsv, fastPlan } from '../helpers/batch-paths.ts';

// Blank lines, CRLF, a lone CR, rejected rows of every kind, repeated order ids (also where a split
// may fall between the repeats), an order after the as-of date, non-ASCII ids.
const PLAIN = [
  'order_id,customer_id,order_date,amount,channel',
  '1001,C01,2026-01-05T10:00:00,100.00,web',
  '1001,C01,2026-01-05T10:00:00,100.00,web',
  '1002,C02,2026-02-01,50.50,app\r',
  '',
  '1003,Ёлка,2026-03-01,10.00,web',
  '1004,,2026-03-02,5.00,web',
  '1005,C01,not a date,5.00,web',
  '1006,C03,2026-03-03,-5.00,web',
  '1007,C03,2026-03-04,abc,web',
  '1007,C03,2026-03-04,1.00,web\r1008,C07,2026-03-04,1.00,web',
  ',C04,2026-03-05,1.00,web',
  '1009,C04',
  '',
  '',
  '1010,C04,2026-12-01,7.00,web',
  '1011,C05,2026-10-31,7.00,web',
  '1011,C06,2026-10-31,8.00,web',
  '1011,C06,2026-10-31,8.00,web',
  ',,,,',
  '1012,C05,2026-10-30 23:59,1.00,web',
  '1013,C01,2026-04-01,2.00,web',
  '1014,日本,2026-05-01,3.00,web',
  '',
].join('\n');

// Quoted values holding delimiters, doubled quotes and line breaks, in ids and elsewhere.
const QUOTED = [
  '"order_id","customer_id","order_date","amount","note"',
  '1001,C01,2026-01-05,100.00,"multi',
  'line, with ""quotes"""',
  '1002,"C,02",2026-02-01,50.50,plain',
  '1002,"C,02",2026-02-01,50.50,repeat',
  '1003,"Line',
  'Break",2026-03-01,10.00,"x"',
  '',
  '1004,C03,2026-03-02,5.00,"a""b',
  '',
  'c"',
  '1005,C04,2026-13-03,6.00,bad date',
  '1006,C04,2026-03-03,6.00,ok',
  '',
].join('\n');

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'segmenta-merge-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileOf(name: string, text: string): { path: string; bytes: Buffer } {
  const path = join(dir, name);
  const bytes = Buffer.from(text);
  writeFileSync(path, bytes);
  return { path, bytes };
}

/** Offsets just after each LF: where cli/read-range.ts may split. */
const lineStarts = (bytes: Uint8Array) => bytes.reduce<number[]>((at, b, i) => (b === 0x0a && i + 1 < bytes.length ? [...at, i + 1] : at), []);

/**
 * The ranges starting at `splits` read in this thread and joined, as batchScore does (with sets of
 * order ids when `set`); undefined when refused.
 */
function scoreSplits(path: string, size: number, splits: readonly number[], set = false): BatchAggregate | undefined {
  const plan = fastPlan(path);
  const jobs = rangeJobs(path, plan.cols, plan.encoding, [0, ...splits], size).map((j): RangeJob => (set ? { ...j, dedup: 'set' } : j));
  const parts: PartialAggregate[] = [];
  for (const job of jobs) {
    try {
      parts.push(runRange(job));
    } catch {
      return undefined;
    }
  }
  return set ? joinSetRanges(parts, jobs, plan.cols.asOfDay) : mergePartials(parts, plan.cols.asOfDay);
}

const summary = (agg: BatchAggregate) => ({ csv: batchCsv(agg, AS_OF), rejected: agg.rejected, rows: agg.rows, duplicates: agg.duplicates });

describe('joining the ranges of a file', () => {
  it('gives the result of one range for 2 and 3 ranges split at every pair of line starts', () => {
    const { path, bytes } = fileOf('plain.csv', PLAIN);
    const whole = summary(scoreSplits(path, bytes.length, [])!);
    expect(whole.rejected.map((r) => [r.line, r.code])).toEqual([
      [3, 'duplicate_order_id'],
      [7, 'missing_customer_id'],
      [8, 'unparsable_date'],
      [9, 'negative_amount'],
      [10, 'text_amount'],
      [13, 'missing_order_id'],
      [14, 'missing_columns'],
      [19, 'duplicate_order_id'],
      [20, 'duplicate_order_id'],
    ]);
    const starts = lineStarts(bytes);
    for (const a of starts) {
      expect(summary(scoreSplits(path, bytes.length, [a])!)).toEqual(whole);
      for (const b of starts) if (b > a) expect(summary(scoreSplits(path, bytes.length, [a, b])!)).toEqual(whole);
    }
  });

  it('gives the result of one range for 4 ranges at any line starts', () => {
    const { path, bytes } = fileOf('plain4.csv', PLAIN);
    const whole = summary(scoreSplits(path, bytes.length, [])!);
    const starts = lineStarts(bytes);
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...starts), { minLength: 3, maxLength: 3 }), (splits) => {
        expect(summary(scoreSplits(path, bytes.length, splits.sort((x, y) => x - y))!)).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a split inside a quoted value and joins every split between rows exactly', () => {
    const { path, bytes } = fileOf('quoted.csv', QUOTED);
    const whole = summary(scoreSplits(path, bytes.length, [])!);
    expect(whole.csv).toContain('"C,02"');
    expect(whole.csv).toContain('"Line\nBreak"');
    const insideQuotes = (at: number) => bytes.subarray(0, at).filter((b) => b === 0x22).length % 2 === 1;
    const starts = lineStarts(bytes);
    expect(starts.filter(insideQuotes).length).toBeGreaterThan(2);
    for (const a of starts) {
      for (const b of [...starts.filter((s) => s > a), undefined]) {
        const splits = b === undefined ? [a] : [a, b];
        const got = scoreSplits(path, bytes.length, splits);
        if (splits.some(insideQuotes)) expect(got).toBeUndefined();
        else expect(summary(got!)).toEqual(whole);
      }
    }
  });

  it('with sets of order ids, gives the result of one range for unsorted ids repeated within and across ranges', () => {
    // Unsorted, text ids among numbers ("007" is not 7), repeats near and far, a Cyrillic id twice.
    const text = [
      'order_id,customer_id,order_date,amount',
      '30,A,2026-01-01,1.00',
      '7,B,2026-01-02,2.00',
      'x-1,C,2026-01-03,3.00',
      '007,D,2026-01-04,4.00',
      '30,E,2026-01-05,5.00',
      'заказ,F,2026-01-06,6.00',
      '',
      '5,G,2026-01-07,7.00',
      '7,H,2026-01-08,8.00',
      'x-1,I,2026-01-09,9.00',
      'заказ,J,2026-01-10,10.00',
      '4,K,2026-01-11,11.00',
      '4,L,2026-01-12,12.00',
      '30,M,2026-01-13,13.00',
      '',
    ].join('\n');
    const { path, bytes } = fileOf('repeats.csv', text);
    const whole = summary(scoreSplits(path, bytes.length, [], true)!);
    expect(whole.duplicates).toBe(6);
    expect(whole.csv.split('\n').map((l) => l.split(',')[0])).toEqual(['customer_id', 'A', 'B', 'C', 'D', 'F', 'G', 'K', '']);
    const starts = lineStarts(bytes);
    for (const a of starts) {
      expect(summary(scoreSplits(path, bytes.length, [a], true)!)).toEqual(whole);
      for (const b of starts) if (b > a) expect(summary(scoreSplits(path, bytes.length, [a, b], true)!)).toEqual(whole);
    }
  });

  it('refuses ranges whose order ids decrease across a split', () => {
    const { path, bytes } = fileOf('unsorted.csv', 'order_id,customer_id,order_date,amount\n20,A,2026-01-01,1.00\n21,B,2026-01-01,1.00\n10,A,2026-01-02,1.00\n11,C,2026-01-02,1.00\n');
    const [, , second] = lineStarts(bytes);
    expect(scoreSplits(path, bytes.length, [second + 19])).toBeUndefined();
  });
});
