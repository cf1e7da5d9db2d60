import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRfmSettings } from '../../core/rfm/default-settings.ts';
import { moneyEn, nextClassSentenceEn } from '../../core/rfm/explain-en.ts';
import { explainScore, type DimensionExplanation } from '../../core/rfm/explain.ts';
import { scoreRfm } from '../../core/rfm/score.ts';
import type { DimensionRule, RfmSettings } from '../../core/rfm/types.ts';
import { classesArb, inputOf, rowsArb, type Row } from '../helpers/rfm-reference.ts';

const A = '2026-11-01';
const WORKED: Row[] = [
  { recency: 1, frequency: 1, monetary: 10000 },
  { recency: 1, frequency: 2, monetary: 10000 },
  { recency: 365, frequency: 3, monetary: 299997 },
  { recency: 153, frequency: 1, monetary: 1000 },
];
const explainRow = (rows: Row[], i: number, settings = defaultRfmSettings(A)) => {
  const input = inputOf(rows);
  return explainScore(i, input, scoreRfm(input, settings))!;
};
const sentences = (x: ReturnType<typeof explainRow>) => [x.recency, x.frequency, x.monetary].map(nextClassSentenceEn);

describe('explaining a score on the worked example', () => {
  it('tells b what moves each class up, with the others fixed', () => {
    const b = explainRow(WORKED, 1);
    expect(b.segment).toBe('About To Sleep');
    expect(b.fm).toBe(2);
    expect(b.frequency.next).toEqual({ kind: 'reach', class: 4, target: 4, change: 2 });
    expect(b.monetary.next).toEqual({ kind: 'reach', class: 3, target: 10001, change: 1 });
    expect(b.recency.next).toEqual({ kind: 'reach', class: 4, target: 0, change: 1, orderToday: 4 });
    // reaching c's frequency (3) would only tie with c, and both would share f 3
    expect(sentences(b)).toEqual(['an order today → r 4', '2 more orders → f 4', 'spend 0.01 more → m 3']);
  });

  it('says when the next class is out of reach, and when the class is the top one', () => {
    const c = explainRow(WORKED, 2);
    expect(c.frequency.next).toEqual({ kind: 'out-of-reach', class: 5 });
    expect(c.recency.next).toEqual({ kind: 'reach', class: 2, target: 152, change: 213, orderToday: 4 });
    expect(sentences(c)).toEqual(['an order today → r 4', 'f 5 is out of reach', 'm 5 is out of reach']);
    const ten = Array.from({ length: 10 }, (_, i) => ({ recency: i, frequency: i + 1, monetary: i * 100 }));
    expect(sentences(explainRow(ten, 9))).toEqual(['an order today → r 5', 'top class', 'top class']);
    expect(explainRow(ten, 0).recency.next).toEqual({ kind: 'top' });
    // three customers bought on the as-of day: no order can rank the fourth above them
    const today = [0, 0, 0, 1].map((recency) => ({ recency, frequency: 1, monetary: 100 }));
    expect(explainRow(today, 3).recency.next).toEqual({ kind: 'out-of-reach', class: 2 });
    expect(nextClassSentenceEn(explainRow(today, 3).recency)).toBe('r 2 is out of reach');
  });

  it('shows the observed smallest and largest value of each quantile class', () => {
    expect(explainRow(WORKED, 0).frequency.classes).toEqual([
      { class: 1, min: 1, max: 1, customers: 2 },
      { class: 2, min: null, max: null, customers: 0 },
      { class: 3, min: 2, max: 2, customers: 1 },
      { class: 4, min: 3, max: 3, customers: 1 },
      { class: 5, min: null, max: null, customers: 0 },
    ]);
  });

  it('shows the ranges of fixed thresholds and the value that reaches the next one', () => {
    const settings: RfmSettings = {
      ...defaultRfmSettings(A),
      recency: { kind: 'thresholds', bounds: [30, 90, 180, 365] },
      monetary: { kind: 'thresholds', bounds: [100_00, 500_00, 1000_00, 5000_00] },
    };
    const d = explainRow(WORKED, 3, settings);
    expect(d.recency.classes.map(({ min, max }) => [min, max])).toEqual([[366, null], [181, 365], [91, 180], [31, 90], [null, 30]]);
    expect(d.recency.next).toEqual({ kind: 'reach', class: 4, target: 90, change: 63, orderToday: 5 });
    expect(d.monetary.classes.map(({ min, max }) => [min, max])).toEqual([[null, 9999], [10000, 49999], [50000, 99999], [100000, 499999], [500000, null]]);
    expect(d.monetary.next).toEqual({ kind: 'reach', class: 2, target: 10000, change: 9000 });
    expect(nextClassSentenceEn(d.monetary)).toBe('spend 90.00 more → m 2');
    expect(nextClassSentenceEn(d.recency)).toBe('an order today → r 5');
  });

  it('gives nothing for a customer without purchases', () => {
    expect(explainRow([...WORKED, { recency: 0, frequency: 0, monetary: 0 }], 4)).toBeUndefined();
  });

  it('writes money with grouped thousands and two decimals', () => {
    expect([123450, 5, 100000000, -123456].map(moneyEn)).toEqual(['1 234.50', '0.05', '1 000 000.00', '-1 234.56']);
  });
});

const ruleArb = (max: number): fc.Arbitrary<(k: number) => DimensionRule> =>
  fc.oneof(
    fc.constant(() => ({ kind: 'quantile' }) as DimensionRule),
    fc.uniqueArray(fc.integer({ min: 0, max }), { minLength: 9, maxLength: 9 }).map((xs) => (k: number) => ({ kind: 'thresholds', bounds: xs.slice(0, k - 1).sort((a, b) => a - b) }) as DimensionRule),
  );

describe('explanations hold when re-scored', () => {
  it('reach exactly the promised class at the target, and stay put one step short of it', () => {
    fc.assert(
      fc.property(rowsArb, classesArb, ruleArb(60), ruleArb(12), ruleArb(9_000_000), fc.nat(), (rows, k, rr, fr, mr, pick) => {
        const settings = { ...defaultRfmSettings(A, k), recency: rr(k), frequency: fr(k), monetary: mr(k) };
        const scored = rows.map((_, i) => i).filter((i) => rows[i].frequency > 0);
        if (scored.length === 0) return;
        const i = scored[pick % scored.length];
        const x = explainRow(rows, i, settings);
        const classWith = (field: keyof Row, value: number): number => {
          const s = scoreRfm(inputOf(rows.map((row, j) => (j === i ? { ...row, [field]: value } : row))), settings);
          return { recency: s.r, frequency: s.f, monetary: s.m }[field][i];
        };
        const check = (field: keyof Row, e: DimensionExplanation, better: number, stepWorse: 1 | -1) => {
          const next = e.next;
          if (next.kind === 'top') expect(e.class).toBe(k);
          else if (next.kind === 'out-of-reach') expect(classWith(field, better)).toBeLessThan(next.class);
          else {
            expect(next.class).toBeGreaterThan(e.class);
            expect(classWith(field, next.target)).toBe(next.class);
            expect(classWith(field, next.target + stepWorse)).toBe(e.class);
            if (next.orderToday !== undefined) expect(classWith(field, 0)).toBe(next.orderToday);
          }
        };
        check('recency', x.recency, 0, 1);
        check('frequency', x.frequency, 10 ** 6, -1);
        check('monetary', x.monetary, 10 ** 12, -1);
      }),
      { numRuns: 300 },
    );
  });

  it('place every scored customer inside the range of its class', () => {
    fc.assert(
      fc.property(rowsArb, classesArb, ruleArb(60), ruleArb(12), ruleArb(9_000_000), (rows, k, rr, fr, mr) => {
        const settings = { ...defaultRfmSettings(A, k), recency: rr(k), frequency: fr(k), monetary: mr(k) };
        const input = inputOf(rows);
        const scores = scoreRfm(input, settings);
        rows.forEach((row, i) => {
          const x = explainScore(i, input, scores);
          if (!x) return expect(row.frequency).toBe(0);
          for (const [e, v] of [[x.recency, row.recency], [x.frequency, row.frequency], [x.monetary, row.monetary]] as const) {
            const range = e.classes[e.class - 1];
            expect(range.min === null || v >= range.min).toBe(true);
            expect(range.max === null || v <= range.max).toBe(true);
          }
        });
      }),
      { numRuns: 50 },
    );
  });
});
