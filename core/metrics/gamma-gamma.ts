import { logGamma } from './log-gamma.ts';
import { nelderMead, type NelderMead } from './nelder-mead.ts';

/**
 * Gamma–Gamma model of spend per order (Fader & Hardie 2013, "The Gamma-Gamma model of monetary
 * value"): each order's value is Gamma(p, ν) with ν ~ Gamma(q, γ) per customer, independent of the
 * purchase process. Data per customer: n orders with mean value m̄ (m̄ > 0).
 */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/**
 * Customers' (n, m̄) prepared for repeated likelihood evaluations: ln m̄ once per customer, and the
 * distinct order counts (few: most customers have under a hundred orders) so that log-gamma runs
 * once per distinct n.
 */
export interface GammaGammaData {
  customers: number;
  nOf: Int32Array;
  ns: Float64Array;
  mean: Float64Array;
  logMean: Float64Array;
}

export function gammaGammaData(n: ArrayLike<number>, mean: ArrayLike<number>): GammaGammaData {
  const index = new Map<number, number>();
  const nOf = new Int32Array(n.length);
  for (let i = 0; i < n.length; i++) {
    let k = index.get(n[i]);
    if (k === undefined) index.set(n[i], (k = index.size));
    nOf[i] = k;
  }
  const m = Float64Array.from(mean);
  return { customers: n.length, nOf, ns: Float64Array.from(index.keys()), mean: m, logMean: m.map(Math.log) };
}

/**
 * Log-likelihood of the customers' mean order values (Fader & Hardie 2013, the density of m̄), summed:
 * ln Γ(pn+q) − ln Γ(pn) − ln Γ(q) + q ln γ + (pn−1) ln m̄ + pn ln n − (pn+q) ln(γ + n m̄).
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, d: GammaGammaData): number {
  const { p, q, gamma } = params;
  const base = -logGamma(q) + q * Math.log(gamma);
  const head = d.ns.map((n) => base + logGamma(p * n + q) - logGamma(p * n) + p * n * Math.log(n));
  const { nOf, ns, mean, logMean } = d;
  let sum = 0;
  for (let i = 0; i < d.customers; i++) {
    const k = nOf[i];
    const n = ns[k];
    const pn = p * n;
    sum += head[k] + (pn - 1) * logMean[i] - (pn + q) * Math.log(gamma + n * mean[i]);
  }
  return sum;
}

/**
 * E[mean order value | n, m̄] (Fader & Hardie 2013, eq. 5): (p(γ + n m̄)) / (pn + q − 1), a weighted
 * average of the population mean pγ/(q−1) and the customer's own m̄, with weight pn/(pn+q−1) on m̄.
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, n: number, mean: number): number {
  const { p, q, gamma } = params;
  return (p * (gamma + n * mean)) / (p * n + q - 1);
}

/**
 * Nelder–Mead over (ln p, ln q, ln γ) on the mean negative log-likelihood. Spend is divided by its
 * overall mean first (γ scales with the currency unit; p and q do not), and γ is scaled back, so the
 * same tolerances suit kopecks and dollars. q ≤ 1 (no finite population mean) is walled off.
 */
export function gammaGammaFitter(n: ArrayLike<number>, mean: ArrayLike<number>): { nm: NelderMead; params: (v: readonly number[]) => GammaGammaParams } {
  let total = 0;
  for (let i = 0; i < mean.length; i++) total += mean[i];
  const scale = total / mean.length || 1;
  const scaled = gammaGammaData(n, Float64Array.from(mean, (m) => m / scale));
  const of = (v: readonly number[]): GammaGammaParams => ({ p: Math.exp(v[0]), q: Math.exp(v[1]), gamma: Math.exp(v[2]) });
  const f = (v: number[]): number => {
    for (const c of v) if (!(Math.abs(c) <= 15)) return Infinity;
    const g = of(v);
    if (g.q <= 1) return Infinity;
    return -gammaGammaLogLikelihood(g, scaled) / n.length;
  };
  // Start: p = 1, q = 2, γ = 1 (population mean pγ/(q−1) = 1, the scaled mean).
  const nm = nelderMead(f, [0, Math.log(2), 0], { step: 0.5, fTolerance: 1e-10, xTolerance: 1e-6, maxIterations: 2000 });
  return {
    nm,
    params: (v) => {
      const g = of(v);
      return { ...g, gamma: g.gamma * scale };
    },
  };
}

export interface GammaGammaFitResult {
  params: GammaGammaParams;
  converged: boolean;
  iterations: number;
}

/** Fits to the end (tests and small data; ./clv.ts steps the fitter itself). */
export function fitGammaGamma(n: ArrayLike<number>, mean: ArrayLike<number>): GammaGammaFitResult {
  const { nm, params } = gammaGammaFitter(n, mean);
  while (nm.step());
  return { params: params(nm.best.x), converged: nm.converged, iterations: nm.iterations };
}
