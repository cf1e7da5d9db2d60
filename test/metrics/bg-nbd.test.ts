import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bgNbdData, bgNbdExpectedPurchases, bgNbdExpectedPurchasesNew, bgNbdLogLikelihood, bgNbdPAlive } from '../../core/metrics/bg-nbd.ts';
import { fitBgNbd } from '../../core/metrics/bg-nbd-fit.ts';
import { hyp2f1 } from '../../core/metrics/hypergeometric.ts';
import { logGamma } from '../../core/metrics/log-gamma.ts';
import { simulateBgNbd } from './simulate.ts';

// The paper's CDNOW estimates, time in weeks (Fader, Hardie & Lee 2005, section 5).
const CDNOW = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('BG/NBD', () => {
  it('reproduces the paper’s worked example: x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in 39 weeks', () => {
    expect(bgNbdExpectedPurchases(CDNOW, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
  });

  it('gives P(alive) = 1 to a customer with no repeat purchase, whatever the time since', () => {
    expect(bgNbdPAlive(CDNOW, 0, 0, 38.86)).toBe(1);
    expect(bgNbdPAlive(CDNOW, 0, 0, 500)).toBe(1);
  });

  it('computes P(alive) by the closed form 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))', () => {
    const { r, alpha, a, b } = CDNOW;
    const byHand = 1 / (1 + (a / (b + 2 - 1)) * ((alpha + 38.86) / (alpha + 30.43)) ** (r + 2));
    expect(bgNbdPAlive(CDNOW, 2, 30.43, 38.86)).toBeCloseTo(byHand, 12);
  });

  it('lowers P(alive) as the silence since the last purchase grows', () => {
    const recent = bgNbdPAlive(CDNOW, 5, 30, 31);
    const silent = bgNbdPAlive(CDNOW, 5, 10, 31);
    expect(silent).toBeLessThan(recent);
  });

  it('keeps expected purchases finite for customers with hundreds of orders', () => {
    const e = bgNbdExpectedPurchases(CDNOW, 52, 540, 150, 150);
    expect(Number.isFinite(e)).toBe(true);
    // A very active customer keeps roughly their own rate: 540 purchases in 150 weeks → ~187 in 52.
    expect(e).toBeGreaterThan(150);
    expect(e).toBeLessThan(200);
  });

  it('matches the direct ₂F₁ form of eq. 10 where that form does not overflow', () => {
    const { r, alpha, a, b } = CDNOW;
    const [x, tx, T, t] = [3, 20, 30, 26];
    const z = t / (alpha + T + t);
    const direct =
      ((a + b + x - 1) / (a - 1)) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z));
    expect(bgNbdExpectedPurchases(CDNOW, t, x, tx, T)).toBeCloseTo(direct * bgNbdPAlive(CDNOW, x, tx, T), 10);
  });

  it('expects the paper’s unconditional purchases for a new customer (eq. 9, computed directly)', () => {
    const { r, alpha, a, b } = CDNOW;
    const t = 78;
    const direct = ((a + b - 1) / (a - 1)) * (1 - (alpha / (alpha + t)) ** r * hyp2f1(r, b, a + b - 1, t / (alpha + t)));
    expect(bgNbdExpectedPurchasesNew(CDNOW, t)).toBeCloseTo(direct, 10);
  });

  it('groups identical (x, t_x, T) and computes the same likelihood as customer by customer', () => {
    const x = [0, 0, 2, 2, 1, 0];
    const tx = [0, 0, 30.43, 30.43, 5, 0];
    const T = [38.86, 38.86, 38.86, 38.86, 20, 10];
    const grouped = bgNbdData(x, tx, T);
    expect(grouped.groups).toBe(4);
    const { r, alpha, a, b } = CDNOW;
    let byHand = 0;
    for (let i = 0; i < x.length; i++) {
      const lb = (p: number, q: number) => logGamma(p) + logGamma(q) - logGamma(p + q);
      const head = logGamma(r + x[i]) - logGamma(r) + r * Math.log(alpha) + lb(a, b + x[i]) - lb(a, b);
      const tail = (alpha + T[i]) ** -(r + x[i]) + (x[i] > 0 ? (a / (b + x[i] - 1)) * (alpha + tx[i]) ** -(r + x[i]) : 0);
      byHand += head + Math.log(tail);
    }
    expect(bgNbdLogLikelihood(CDNOW, grouped)).toBeCloseTo(byHand, 9);
  });
});

describe('BG/NBD fitting', () => {
  it('recovers the parameters of a population simulated from known ones', () => {
    const truth = { r: 0.5, alpha: 6, a: 0.8, b: 2.5 };
    const sim = simulateBgNbd(truth, 4000, 20, 80, 7);
    const fit = fitBgNbd(bgNbdData(sim.x, sim.tx, sim.T), sim.x, sim.tx, sim.T);
    expect(fit.converged).toBe(true);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs(fit.params[k] / truth[k] - 1), k).toBeLessThan(0.3);
    // The fitted model beats the truth on its own data, as a maximum should.
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(bgNbdLogLikelihood(truth, bgNbdData(sim.x, sim.tx, sim.T)));
  });
});

describe('BG/NBD predictions for any parameters and history', () => {
  const positive = (min: number, max: number) => fc.double({ min, max, noNaN: true });
  const params = fc.record({ r: positive(0.01, 20), alpha: positive(0.05, 200), a: positive(0.01, 20), b: positive(0.01, 50) });
  const history = fc
    .record({ x: fc.integer({ min: 0, max: 600 }), T: positive(0, 200), share: positive(0, 1), t: positive(0.1, 104) })
    .map(({ x, T, share, t }) => ({ x, T, tx: x === 0 ? 0 : T * share, t }));

  it('keeps P(alive) in [0, 1] and expected purchases finite, non-negative and growing with the horizon', () => {
    fc.assert(
      fc.property(params, history, (p, h) => {
        const alive = bgNbdPAlive(p, h.x, h.tx, h.T);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
        const near = bgNbdExpectedPurchases(p, h.t, h.x, h.tx, h.T);
        const far = bgNbdExpectedPurchases(p, 2 * h.t, h.x, h.tx, h.T);
        expect(Number.isFinite(near) && Number.isFinite(far)).toBe(true);
        expect(near).toBeGreaterThanOrEqual(0);
        expect(far).toBeGreaterThanOrEqual(near * (1 - 1e-9));
      }),
      { numRuns: 300 },
    );
  });
});
