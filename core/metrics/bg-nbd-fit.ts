import { bgNbdLogLikelihood, type BgNbdData, type BgNbdParams } from './bg-nbd.ts';
import { nelderMead, type NelderMead, type NelderMeadOptions } from './nelder-mead.ts';

/** Log-parameters beyond ±LIMIT (e^15 ≈ 3·10⁶) are walls: the optimum of real data is far inside. */
const LIMIT = 15;

export const paramsOfLog = (v: readonly number[]): BgNbdParams => ({ r: Math.exp(v[0]), alpha: Math.exp(v[1]), a: Math.exp(v[2]), b: Math.exp(v[3]) });

/**
 * A Nelder–Mead stepper maximising the BG/NBD likelihood over (ln r, ln α, ln a, ln b), so every
 * parameter stays positive without constraints. The objective is the mean negative log-likelihood
 * per customer, so the tolerances mean the same for 100 or 100 000 customers. Starts at r = 1,
 * a = 1, b = 1 and α = 1 / (observed repeat rate), which puts the mean purchase rate r/α on the data.
 */
export function bgNbdFitter(d: BgNbdData, options: NelderMeadOptions = {}, start?: BgNbdParams): NelderMead {
  let x0: number[];
  if (start) x0 = [start.r, start.alpha, start.a, start.b].map(Math.log);
  else {
    let repeats = 0;
    let time = 0;
    for (let g = 0; g < d.groups; g++) {
      repeats += d.weight[g] * d.xs[d.xOf[g]];
      time += d.weight[g] * d.ts[d.tOf[g]];
    }
    const alpha = repeats > 0 && time > 0 ? time / repeats : 1;
    x0 = [0, Math.log(alpha), 0, 0];
  }
  const f = (v: number[]): number => {
    for (const c of v) if (!(Math.abs(c) <= LIMIT)) return Infinity;
    return -bgNbdLogLikelihood(paramsOfLog(v), d) / d.customers;
  };
  return nelderMead(f, x0, { step: 0.5, fTolerance: 1e-10, xTolerance: 1e-6, maxIterations: 2000, ...options });
}

export interface BgNbdFitResult {
  params: BgNbdParams;
  logLikelihood: number;
  converged: boolean;
  iterations: number;
  evaluations: number;
}

/** Fits to the end, then restarts once from the optimum (Nelder–Mead can stall on a ridge). */
export function fitBgNbd(d: BgNbdData, options: NelderMeadOptions = {}): BgNbdFitResult {
  let nm = bgNbdFitter(d, options);
  while (nm.step());
  let iterations = nm.iterations;
  let evaluations = nm.evaluations;
  const first = nm;
  nm = bgNbdFitter(d, options, paramsOfLog(first.best.x));
  while (nm.step());
  iterations += nm.iterations;
  evaluations += nm.evaluations;
  const best = nm.best.f <= first.best.f ? nm : first;
  return { params: paramsOfLog(best.best.x), logLikelihood: -best.best.f * d.customers, converged: nm.converged, iterations, evaluations };
}
