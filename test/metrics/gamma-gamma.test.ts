import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../core/demo/seeded-random.ts';
import { fitGammaGamma, gammaGammaData, gammaGammaExpectedSpend, gammaGammaLogLikelihood } from '../../core/metrics/gamma-gamma.ts';
import { logGamma } from '../../core/metrics/log-gamma.ts';
import { gammaSample } from './simulate.ts';

// Fader & Hardie's CDNOW spend estimates (2013 note): p = 6.25, q = 3.74, γ = 15.44.
const CDNOW = { p: 6.25, q: 3.74, gamma: 15.44 };

describe('Gamma–Gamma', () => {
  it('computes the conditional expected spend by the closed form p(γ + n m̄)/(pn + q − 1)', () => {
    // By hand: 6.25 · (15.44 + 2 · 30) / (6.25 · 2 + 3.74 − 1) = 6.25 · 75.44 / 15.24 = 30.938…
    expect(gammaGammaExpectedSpend(CDNOW, 2, 30)).toBeCloseTo(471.5 / 15.24, 9);
  });

  it('shrinks a customer’s own mean toward the population mean pγ/(q−1), less as orders accumulate', () => {
    const population = (CDNOW.p * CDNOW.gamma) / (CDNOW.q - 1);
    const one = gammaGammaExpectedSpend(CDNOW, 1, 100);
    const many = gammaGammaExpectedSpend(CDNOW, 50, 100);
    expect(one).toBeGreaterThan(population);
    expect(one).toBeLessThan(many);
    expect(many).toBeLessThan(100);
  });

  it('sums the density of each customer’s mean order value', () => {
    const n = [1, 3];
    const m = [20, 45.5];
    let byHand = 0;
    for (let i = 0; i < 2; i++) {
      const pn = CDNOW.p * n[i];
      byHand +=
        logGamma(pn + CDNOW.q) - logGamma(pn) - logGamma(CDNOW.q) + CDNOW.q * Math.log(CDNOW.gamma) +
        (pn - 1) * Math.log(m[i]) + pn * Math.log(n[i]) - (pn + CDNOW.q) * Math.log(CDNOW.gamma + n[i] * m[i]);
    }
    expect(gammaGammaLogLikelihood(CDNOW, gammaGammaData(n, m))).toBeCloseTo(byHand, 10);
  });

  it('recovers the population mean spend of simulated customers, in any currency unit', () => {
    const rng = new SeededRandom(11);
    const n: number[] = [];
    const mean: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const nu = gammaSample(rng, CDNOW.q) / CDNOW.gamma;
      const k = 1 + Math.floor(rng.next() * 6);
      let s = 0;
      for (let j = 0; j < k; j++) s += gammaSample(rng, CDNOW.p) / nu;
      n.push(k);
      mean.push(s / k);
    }
    const fit = fitGammaGamma(n, mean);
    const kopecks = fitGammaGamma(n, mean.map((m) => m * 100));
    expect(fit.converged).toBe(true);
    const popMean = (g: typeof CDNOW) => (g.p * g.gamma) / (g.q - 1);
    expect(Math.abs(popMean(fit.params) / popMean(CDNOW) - 1)).toBeLessThan(0.1);
    expect(kopecks.params.p).toBeCloseTo(fit.params.p, 3);
    expect(kopecks.params.gamma / fit.params.gamma).toBeCloseTo(100, 2);
  });
});
