import { describe, expect, it } from 'vitest';
import { computeScores } from '../../core/engine/compute-scores.ts';
import { SeededRandom } from '../../core/demo/seeded-random.ts';
import { bgNbdExpectedPurchases } from '../../core/metrics/bg-nbd.ts';
import { fitClvModel, type ClvModel } from '../../core/metrics/clv.ts';
import { gammaGammaExpectedSpend } from '../../core/metrics/gamma-gamma.ts';
import { dayOfIso, isoOfDay } from '../../core/model/dates.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import { AS_OF, customer, orderTable, smallDataset, type OrderRow } from './fixture.ts';
import { gammaSample, simulateBgNbd } from './simulate.ts';

const TRUTH = { r: 0.5, alpha: 6, a: 0.8, b: 2.5 };

/** Customers simulated from TRUTH (weeks), written as orders: first order, x − 1 on the same day, the last at t_x. */
function simulatedDataset(n: number): Dataset {
  const sim = simulateBgNbd(TRUTH, n, 10, 150, 3);
  const rng = new SeededRandom(5);
  const asOf = dayOfIso(AS_OF)!;
  const rows: OrderRow[] = [];
  const customers = [];
  for (let i = 0; i < n; i++) {
    customers.push(customer(`s${i}`));
    const first = asOf - Math.round(sim.T[i] * 7);
    const last = first + Math.round(sim.tx[i] * 7);
    const nu = gammaSample(rng, 3) / 1500; // mean spend ≈ 3 · 1500 / 2 in minor units
    for (let k = 0; k <= sim.x[i]; k++) {
      const day = k === sim.x[i] ? last : first;
      rows.push({ customer: i, date: isoOfDay(day), amount: Math.round(gammaSample(rng, 2) / nu) });
    }
  }
  customers.push(customer('never bought'), customer('gone', { deleted: true }));
  rows.push({ customer: n + 1, date: AS_OF, amount: 100 });
  const ds = smallDataset();
  const out: Dataset = { ...ds, customers, orders: orderTable(rows) };
  out.scores = computeScores(out, out.settings.rfm, 0);
  return out;
}

describe('predicted CLV', () => {
  const ds = simulatedDataset(3000);

  it('fits both models on simulated histories and predicts per customer from them', async () => {
    const fit = await fitClvModel(ds, ds.scores!);
    expect(fit.ok).toBe(true);
    const m = fit as ClvModel;
    expect(m.buyers).toBe(3000);
    expect(m.convergence.bgNbd.converged).toBe(true);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs(m.bgNbd[k] / TRUTH[k] - 1), k).toBeLessThan(0.35);
    const c = 7;
    const s = ds.scores!;
    const [x, tx, T] = [s.input.frequency[c] - 1, (s.lastDay[c] - s.firstDay[c]) / 7, (dayOfIso(AS_OF)! - s.firstDay[c]) / 7];
    expect(m.expectedPurchases[c]).toBeCloseTo(bgNbdExpectedPurchases(m.bgNbd, 365 / 7, x, tx, T), 10);
    expect(m.expectedSpend[c]).toBeCloseTo(gammaGammaExpectedSpend(m.gammaGamma, s.input.frequency[c], s.input.monetary[c] / s.input.frequency[c]), 8);
    expect(m.predictedClv[c]).toBeCloseTo(m.expectedPurchases[c] * m.expectedSpend[c], 6);
    // Outside the model: the customer who never bought and the deleted one.
    for (const out of [3000, 3001]) expect([m.pAlive[out], m.expectedPurchases[out], m.predictedClv[out]]).toEqual([0, 0, 0]);
    expect(m.predictedClv.every(Number.isFinite)).toBe(true);
  });

  it('discounts: a positive yearly rate lowers every prediction, and a longer horizon raises them', async () => {
    const plain = (await fitClvModel(ds, ds.scores!)) as ClvModel;
    const discounted = (await fitClvModel(ds, ds.scores!, { annualDiscountRate: 0.2 })) as ClvModel;
    const longer = (await fitClvModel(ds, ds.scores!, { horizonDays: 730 })) as ClvModel;
    for (const c of [0, 1, 2, 50, 999]) {
      expect(discounted.predictedClv[c]).toBeLessThan(plain.predictedClv[c]);
      expect(discounted.predictedClv[c]).toBeGreaterThan(plain.predictedClv[c] / 1.2);
      expect(longer.predictedClv[c]).toBeGreaterThan(plain.predictedClv[c]);
    }
  });

  it('reports progress up to 1 and stops with the signal’s reason when aborted', async () => {
    const seen: number[] = [];
    await fitClvModel(ds, ds.scores!, { onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(fitClvModel(ds, ds.scores!, { signal: controller.signal })).rejects.toThrow('stop');
  });

  it('answers "not enough data" instead of NaN when nobody bought twice, or for one customer', async () => {
    const small = smallDataset();
    const fit = await fitClvModel(small, small.scores!);
    expect(fit).toMatchObject({ ok: false, reason: 'not-enough-data', buyers: 4, repeatBuyers: 2 });
    const oneTime: Dataset = { ...small, customers: Array.from({ length: 50 }, (_, i) => customer(`o${i}`)) };
    oneTime.orders = orderTable(oneTime.customers.map((_, i) => ({ customer: i, date: '2026-01-01', amount: 100 })));
    oneTime.scores = computeScores(oneTime, oneTime.settings.rfm, 0);
    expect(await fitClvModel(oneTime, oneTime.scores)).toMatchObject({ ok: false, reason: 'not-enough-data', buyers: 50, repeatBuyers: 0 });
    const single: Dataset = { ...small, customers: [customer('only')] };
    single.orders = orderTable([{ customer: 0, date: '2026-01-01', amount: 100 }, { customer: 0, date: '2026-05-01', amount: 300 }]);
    single.scores = computeScores(single, single.settings.rfm, 0);
    expect(await fitClvModel(single, single.scores)).toMatchObject({ ok: false, reason: 'not-enough-data', buyers: 1, repeatBuyers: 1 });
  });
});
