import { bgNbdData, bgNbdExpectedPurchases, bgNbdPAlive, type BgNbdParams } from './bg-nbd.ts';
import { bgNbdFitSteps } from './bg-nbd-fit.ts';
import { gammaGammaExpectedSpend, gammaGammaFitter, type GammaGammaParams } from './gamma-gamma.ts';
import { dayOfIso } from '../model/dates.ts';
import type { CustomerScores, Dataset } from '../model/dataset.ts';

/** Below these counts the fits are not meaningful (a Gamma–Gamma fit on 2 customers runs q to ∞). */
export const CLV_MIN_BUYERS = 20;
export const CLV_MIN_REPEAT_BUYERS = 10;

export interface ClvOptions {
  /** Days ahead the prediction covers (default 365). */
  horizonDays?: number;
  /**
   * Yearly discount rate (0.1 = 10 %), default 0: no discounting. When > 0 the horizon is cut into
   * 30-day steps and each step's expected purchases are discounted by (1 + rate)^-(step end / 365).
   */
  annualDiscountRate?: number;
  signal?: AbortSignal;
  /** Fraction done, 0..1 (the fits' share is an estimate: Nelder–Mead's iteration count is not known ahead). */
  onProgress?: (fraction: number) => void;
}

export interface FitInfo {
  converged: boolean;
  iterations: number;
  /** At the optimum; Gamma–Gamma's is on spend divided by its mean (a constant shift from minor units). */
  logLikelihood: number;
}

export interface ClvModel {
  ok: true;
  /** Time unit of the BG/NBD parameters: weeks (α reads in weeks, as in the paper). */
  bgNbd: BgNbdParams;
  /** γ in the orders' minor units (kopecks, cents). */
  gammaGamma: GammaGammaParams;
  horizonDays: number;
  annualDiscountRate: number;
  /**
   * Per customer position. Customers outside the model (deleted, or no counted order up to as-of)
   * hold 0 in every array; averages must take buyers only (./segment-metrics.ts does).
   */
  pAlive: Float64Array;
  expectedPurchases: Float64Array;
  /** Expected value of one future order, minor units. */
  expectedSpend: Float64Array;
  /** expectedPurchases × expectedSpend (discounted when asked), minor units. */
  predictedClv: Float64Array;
  buyers: number;
  repeatBuyers: number;
  /** Distinct (x, t_x, T) groups the likelihood ran over. */
  groups: number;
  convergence: { bgNbd: FitInfo; gammaGamma: FitInfo };
  ms: number;
}

export interface ClvNotFitted {
  ok: false;
  reason: 'not-enough-data' | 'degenerate-fit';
  /** English explanation for the UI's log; the UI shows its own translated text by `reason`. */
  message: string;
  buyers: number;
  repeatBuyers: number;
  ms: number;
}

export type ClvResult = ClvModel | ClvNotFitted;

const SLICE_MS = 40;

/**
 * Predicted CLV per customer from their own order histories (issue #3): BG/NBD for how many orders
 * are still to come, Gamma–Gamma for what each will be worth. Counted orders on or before the
 * as-of day only, as RFM: x = frequency − 1 (orders, not distinct days: the RFM frequency, so one
 * definition throughout), t_x = last − first order day, T = as-of − first order day, in weeks.
 * Gamma–Gamma uses every order of repeat buyers (n = frequency ≥ 2, m̄ = monetary / frequency > 0);
 * the spend of one-time buyers is then their conditional expectation with n = 1, and a customer
 * whose net spend is ≤ 0 is given m̄ = 0 (all weight on the population mean).
 * Async only to yield every ~40 ms, so the worker answers an abort and reports progress.
 */
export async function fitClvModel(ds: Dataset, scores: CustomerScores, options: ClvOptions = {}): Promise<ClvResult> {
  const t0 = performance.now();
  const horizonDays = options.horizonDays ?? 365;
  const rate = options.annualDiscountRate ?? 0;
  const { signal, onProgress } = options;
  const asOfDay = dayOfIso(scores.scores.settings.asOf);
  if (asOfDay === undefined) throw new RangeError(`The as-of date "${scores.scores.settings.asOf}" is not a calendar date.`);
  const { frequency, monetary } = scores.input;
  const size = ds.customers.length;

  const buyerIndex: number[] = [];
  for (let c = 0; c < size; c++) if (!ds.customers[c].deleted && frequency[c] > 0) buyerIndex.push(c);
  const buyers = buyerIndex.length;
  const x = new Float64Array(buyers);
  const tx = new Float64Array(buyers);
  const T = new Float64Array(buyers);
  const ggN: number[] = [];
  const ggMean: number[] = [];
  let repeatBuyers = 0;
  buyerIndex.forEach((c, i) => {
    x[i] = frequency[c] - 1;
    tx[i] = (scores.lastDay[c] - scores.firstDay[c]) / 7;
    T[i] = (asOfDay - scores.firstDay[c]) / 7;
    if (x[i] >= 1) {
      repeatBuyers++;
      const m = monetary[c] / frequency[c];
      if (m > 0) {
        ggN.push(frequency[c]);
        ggMean.push(m);
      }
    }
  });
  const notFitted = (reason: ClvNotFitted['reason'], message: string): ClvNotFitted => ({ ok: false, reason, message, buyers, repeatBuyers, ms: performance.now() - t0 });
  if (buyers < CLV_MIN_BUYERS || repeatBuyers < CLV_MIN_REPEAT_BUYERS || ggN.length < CLV_MIN_REPEAT_BUYERS) {
    return notFitted(
      'not-enough-data',
      `Predicted CLV needs at least ${CLV_MIN_BUYERS} buyers and ${CLV_MIN_REPEAT_BUYERS} repeat buyers with a positive spend; there are ${buyers} buyers and ${ggN.length} such repeat buyers.`,
    );
  }

  let lastYield = performance.now();
  const pause = async (fraction: number) => {
    if (performance.now() - lastYield < SLICE_MS) return;
    onProgress?.(fraction);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (signal?.aborted) throw signal.reason ?? new DOMException('The CLV fit was aborted.', 'AbortError');
    lastYield = performance.now();
  };
  if (signal?.aborted) throw signal.reason ?? new DOMException('The CLV fit was aborted.', 'AbortError');

  const data = bgNbdData(x, tx, T);
  const fitSteps = bgNbdFitSteps(data, x, tx, T);
  let step = fitSteps.next();
  while (!step.done) {
    await pause(0.7 * step.value);
    step = fitSteps.next();
  }
  const bg = step.value;
  const bgNbd = bg.params;
  const bgInfo: FitInfo = { converged: bg.converged, iterations: bg.iterations, logLikelihood: bg.logLikelihood };

  const gg = gammaGammaFitter(ggN, ggMean);
  while (gg.nm.step()) await pause(0.7 + 0.1 * Math.min(0.95, gg.nm.iterations / 200));
  const gammaGamma = gg.params(gg.nm.best.x);
  const ggInfo: FitInfo = { converged: gg.nm.converged, iterations: gg.nm.iterations, logLikelihood: -gg.nm.best.f * ggN.length };

  const finite = (o: object) => Object.values(o).every((v) => Number.isFinite(v) && v > 0);
  if (!finite(bgNbd) || !finite(gammaGamma) || !(gammaGamma.q > 1)) {
    return notFitted('degenerate-fit', `The fitted parameters are not usable (BG/NBD ${JSON.stringify(bgNbd)}, Gamma–Gamma ${JSON.stringify(gammaGamma)}).`);
  }

  // Predictions once per (x, t_x, T) group, then per customer.
  const steps = rate > 0 ? Math.max(1, Math.ceil(horizonDays / 30)) : 1;
  const groupPurchases = new Float64Array(data.groups);
  const groupAlive = new Float64Array(data.groups);
  const groupDiscounted = new Float64Array(data.groups);
  for (let g = 0; g < data.groups; g++) {
    const gx = data.xs[data.xOf[g]];
    const gtx = data.txs[data.txOf[g]];
    const gT = data.ts[data.tOf[g]];
    groupAlive[g] = bgNbdPAlive(bgNbd, gx, gtx, gT);
    groupPurchases[g] = bgNbdExpectedPurchases(bgNbd, horizonDays / 7, gx, gtx, gT);
    if (rate > 0) {
      let previous = 0;
      let discounted = 0;
      for (let s = 1; s <= steps; s++) {
        const day = Math.min(horizonDays, s * 30);
        const cumulative = s === steps ? groupPurchases[g] : bgNbdExpectedPurchases(bgNbd, day / 7, gx, gtx, gT);
        discounted += (cumulative - previous) / Math.pow(1 + rate, day / 365);
        previous = cumulative;
      }
      groupDiscounted[g] = discounted;
    } else groupDiscounted[g] = groupPurchases[g];
    if ((g & 1023) === 0) await pause(0.8 + (0.2 * g) / data.groups);
  }
  const pAlive = new Float64Array(size);
  const expectedPurchases = new Float64Array(size);
  const expectedSpend = new Float64Array(size);
  const predictedClv = new Float64Array(size);
  buyerIndex.forEach((c, i) => {
    const g = data.groupOf[i];
    pAlive[c] = groupAlive[g];
    expectedPurchases[c] = groupPurchases[g];
    expectedSpend[c] = gammaGammaExpectedSpend(gammaGamma, frequency[c], Math.max(0, monetary[c] / frequency[c]));
    predictedClv[c] = groupDiscounted[g] * expectedSpend[c];
  });
  onProgress?.(1);
  return {
    ok: true,
    bgNbd,
    gammaGamma,
    horizonDays,
    annualDiscountRate: rate,
    pAlive,
    expectedPurchases,
    expectedSpend,
    predictedClv,
    buyers,
    repeatBuyers,
    groups: data.groups,
    convergence: { bgNbd: bgInfo, gammaGamma: ggInfo },
    ms: performance.now() - t0,
  };
}
