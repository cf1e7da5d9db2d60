import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfIso } from '../../core/model/dates.ts';
import { aggregateOrders } from '../../core/rfm/aggregate.ts';
import { defaultRfmSettings } from '../../core/rfm/default-settings.ts';
import { scoreRfm } from '../../core/rfm/score.ts';
import type { RfmSettings } from '../../core/rfm/types.ts';
import { classesArb, inputOf, referenceClasses, rowsArb, type Row } from '../helpers/rfm-reference.ts';
import { orderTable, wallSeconds } from '../helpers/std-orders.ts';

const A = '2026-11-01';
const segmentOf = (scores: ReturnType<typeof scoreRfm>, i: number): string => scores.settings.segmentMap.segments[scores.segment[i]];
const classesOf = (rows: Row[], settings: RfmSettings) => {
  const s = scoreRfm(inputOf(rows), settings);
  return rows.map((_, i) => [s.r[i], s.f[i], s.m[i]]);
};

describe('the worked example of the spec (A = 2026-11-01, n = 4)', () => {
  it('gives a, b, c, d the published recency, frequency, monetary, r, f, m, FM and segment', () => {
    // customer: 0 = a, 1 = b, 2 = c, 3 = d
    const orders = orderTable(
      ['a1', 'b1', 'b2', 'c1', 'c2', 'c3', 'd1'],
      [0, 1, 1, 2, 2, 2, 3],
      ['2026-10-31T10:00:00', '2026-10-31T23:59:59', '2026-09-01T00:00:00', '2025-11-01T08:00:00', '2025-11-01T09:00:00', '2025-11-01T10:00:00', '2026-06-01T12:00:00'].map(wallSeconds),
      [10000, 5000, 5000, 99999, 99999, 99999, 1000],
    );
    const { input } = aggregateOrders(orders, 4, dayOfIso(A)!);
    const s = scoreRfm(input, defaultRfmSettings(A));
    const row = (i: number) => [input.recencyDays[i], input.frequency[i], input.monetary[i], s.r[i], s.f[i], s.m[i], s.fm[i], segmentOf(s, i)];
    expect(row(0)).toEqual([1, 1, 10000, 3, 1, 2, 1, 'About To Sleep']);
    expect(row(1)).toEqual([1, 2, 10000, 3, 3, 2, 2, 'About To Sleep']);
    expect(row(2)).toEqual([365, 3, 299997, 1, 4, 4, 4, 'At Risk']);
    expect(row(3)).toEqual([153, 1, 1000, 2, 1, 1, 1, 'Hibernating']);
    expect(s.scored).toBe(4);
  });
});

describe('scoring, hand-checked cases', () => {
  it('keeps equal values together even when that leaves the top classes empty', () => {
    const rows = Array.from({ length: 6 }, () => ({ recency: 7, frequency: 2, monetary: 500 }));
    expect(classesOf(rows, defaultRfmSettings(A))).toEqual(rows.map(() => [1, 1, 1]));
  });

  it('puts one-time buyers all in the lowest f and splits the rest by rank', () => {
    // n = 5: frequencies 1,1,1,2,9 → rank_asc 1,1,1,4,5 → f = 1 + floor(5·(rank−1)/5) = 1,1,1,4,5
    const rows = [1, 1, 1, 2, 9].map((frequency) => ({ recency: 1, frequency, monetary: 100 }));
    expect(classesOf(rows, defaultRfmSettings(A)).map((x) => x[1])).toEqual([1, 1, 1, 4, 5]);
  });

  it('scores a single customer 1 in every dimension (its rank is 1), which the default map calls Lost', () => {
    const s = scoreRfm(inputOf([{ recency: 0, frequency: 3, monetary: 100 }]), defaultRfmSettings(A));
    expect([s.r[0], s.f[0], s.m[0], s.fm[0], segmentOf(s, 0)]).toEqual([1, 1, 1, 1, 'Lost']);
  });

  it('skips customers without purchases: zero classes, segment -1, not counted in n', () => {
    const rows = [
      { recency: 0, frequency: 0, monetary: 0 },
      { recency: 10, frequency: 1, monetary: 100 },
      { recency: 5, frequency: 2, monetary: 300 },
    ];
    const s = scoreRfm(inputOf(rows), defaultRfmSettings(A));
    expect([s.r[0], s.f[0], s.m[0], s.fm[0], s.segment[0], s.scored]).toEqual([0, 0, 0, 0, -1, 2]);
    // n = 2: the better customer has rank 2 → 1 + floor(5·1/2) = 3
    expect([s.r[2], s.f[2], s.m[2]]).toEqual([3, 3, 3]);
  });

  it('with k = 3 splits six distinct values into pairs', () => {
    const rows = [60, 50, 40, 30, 20, 10].map((recency, i) => ({ recency, frequency: i + 1, monetary: (i + 1) * 100 }));
    const s = classesOf(rows, defaultRfmSettings(A, 3));
    expect(s).toEqual([[1, 1, 1], [1, 1, 1], [2, 2, 2], [2, 2, 2], [3, 3, 3], [3, 3, 3]]);
  });

  it('with k = 10 gives each of ten distinct values its own class and maps cells through the scaled map', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ recency: 100 - i, frequency: i + 1, monetary: i }));
    const settings = defaultRfmSettings(A, 10);
    const s = scoreRfm(inputOf(rows), settings);
    expect(Array.from(s.f)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(Array.from(s.r)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(segmentOf(s, 9)).toBe('Champions');
    expect(segmentOf(s, 0)).toBe('Lost');
  });

  it('applies fixed thresholds: recency ≤ bound gives the higher class, frequency and monetary ≥ bound', () => {
    const settings: RfmSettings = {
      ...defaultRfmSettings(A),
      recency: { kind: 'thresholds', bounds: [30, 90, 180, 365] },
      frequency: { kind: 'thresholds', bounds: [2, 3, 5, 10] },
      monetary: { kind: 'thresholds', bounds: [100_00, 500_00, 1000_00, 5000_00] },
    };
    const rows = [
      { recency: 30, frequency: 10, monetary: 5000_00 },
      { recency: 31, frequency: 9, monetary: 4999_99 },
      { recency: 365, frequency: 2, monetary: 100_00 },
      { recency: 366, frequency: 1, monetary: 99_99 },
      { recency: 0, frequency: 5, monetary: 0 },
    ];
    expect(classesOf(rows, settings)).toEqual([[5, 5, 5], [4, 4, 4], [2, 2, 2], [1, 1, 1], [5, 4, 1]]);
  });
});

describe('scoring properties', () => {
  it('agrees with the spec formulas taken literally for any k', () => {
    fc.assert(
      fc.property(rowsArb, classesArb, (rows, k) => {
        const s = scoreRfm(inputOf(rows), defaultRfmSettings(A, k));
        const scored = rows.map((_, i) => i).filter((i) => rows[i].frequency > 0);
        const pick = (arr: Uint8Array) => scored.map((i) => arr[i]);
        expect(pick(s.r)).toEqual(referenceClasses(scored.map((i) => rows[i].recency), k, true));
        expect(pick(s.f)).toEqual(referenceClasses(scored.map((i) => rows[i].frequency), k));
        expect(pick(s.m)).toEqual(referenceClasses(scored.map((i) => rows[i].monetary), k));
        expect(pick(s.fm)).toEqual(scored.map((i) => Math.floor((s.f[i] + s.m[i]) / 2)));
      }),
    );
  });

  it('gives equal values equal scores, scores in 1..k, and never a lower class to a better value', () => {
    fc.assert(
      fc.property(rowsArb, classesArb, (rows, k) => {
        const s = scoreRfm(inputOf(rows), defaultRfmSettings(A, k));
        const scored = rows.map((_, i) => i).filter((i) => rows[i].frequency > 0);
        for (const i of scored) {
          for (const c of [s.r[i], s.f[i], s.m[i], s.fm[i]]) expect(c >= 1 && c <= k).toBe(true);
          for (const j of scored) {
            if (rows[i].recency === rows[j].recency) expect(s.r[i]).toBe(s.r[j]);
            if (rows[i].frequency === rows[j].frequency) expect(s.f[i]).toBe(s.f[j]);
            if (rows[i].monetary === rows[j].monetary) expect(s.m[i]).toBe(s.m[j]);
            if (rows[i].recency < rows[j].recency) expect(s.r[i]).toBeGreaterThanOrEqual(s.r[j]);
            if (rows[i].frequency > rows[j].frequency) expect(s.f[i]).toBeGreaterThanOrEqual(s.f[j]);
            if (rows[i].monetary > rows[j].monetary) expect(s.m[i]).toBeGreaterThanOrEqual(s.m[j]);
          }
        }
      }),
    );
  });

  it('does not depend on the order of customers', () => {
    fc.assert(
      fc.property(rowsArb, classesArb, fc.infiniteStream(fc.nat()), (rows, k, rnd) => {
        const order = rows.map((_, i) => i);
        for (let i = order.length - 1; i > 0; i--) {
          const j = rnd.next().value % (i + 1);
          [order[i], order[j]] = [order[j], order[i]];
        }
        const settings = defaultRfmSettings(A, k);
        const s = scoreRfm(inputOf(rows), settings);
        const p = scoreRfm(inputOf(order.map((i) => rows[i])), settings);
        order.forEach((i, at) => {
          expect([p.r[at], p.f[at], p.m[at], p.segment[at]]).toEqual([s.r[i], s.f[i], s.m[i], s.segment[i]]);
        });
      }),
    );
  });

  it('assigns every scored customer the segment of its (r, FM) cell', () => {
    fc.assert(
      fc.property(rowsArb, classesArb, (rows, k) => {
        const s = scoreRfm(inputOf(rows), defaultRfmSettings(A, k));
        rows.forEach((row, i) => {
          expect(s.segment[i]).toBe(row.frequency > 0 ? s.settings.segmentMap.cells[s.r[i] - 1][s.fm[i] - 1] : -1);
        });
      }),
    );
  });
});
