import { bgNbdData, bgNbdLogLikelihood, type BgNbdData, type BgNbdParams } from './bg-nbd.ts';
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

/** Customers in the warm-start subsample (a stride over the buyers, so deterministic). */
export const WARM_START_CUSTOMERS = 8000;

/**
 * The whole fit as a generator of Nelder–Mead steps, yielding an estimated fraction done (the
 * iteration count is not known ahead) and returning the result, so the worker can yield between
 * steps. On more than WARM_START_CUSTOMERS customers it first fits every k-th customer, then
 * refines on everyone from there with a small simplex: the answer is the full data's optimum, found
 * with far fewer full evaluations (on M 1M orders: ~150 instead of ~480). On fewer customers it
 * fits to the end and restarts once from the optimum (Nelder–Mead can stall on a ridge).
 */
export function* bgNbdFitSteps(d: BgNbdData, x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>, options: NelderMeadOptions = {}): Generator<number, BgNbdFitResult> {
  const stride = Math.ceil(d.customers / WARM_START_CUSTOMERS);
  let iterations = 0;
  let evaluations = 0;
  let first: NelderMead;
  if (stride > 1) {
    const pick = (a: ArrayLike<number>) => Float64Array.from({ length: Math.ceil(a.length / stride) }, (_, i) => a[i * stride]);
    first = bgNbdFitter(bgNbdData(pick(x), pick(tx), pick(T)), options);
  } else first = bgNbdFitter(d, options);
  while (first.step()) yield 0.5 * Math.min(0.95, first.iterations / 400);
  iterations += first.iterations;
  evaluations += first.evaluations;
  const start = paramsOfLog(first.best.x);
  const second = bgNbdFitter(d, { ...options, step: stride > 1 ? 0.1 : 0.5 }, start);
  while (second.step()) yield 0.5 + 0.5 * Math.min(0.95, second.iterations / 200);
  iterations += second.iterations;
  evaluations += second.evaluations;
  // Without a subsample both runs minimise the same function: keep the better.
  const best = stride > 1 || second.best.f <= first.best.f ? second : first;
  return { params: paramsOfLog(best.best.x), logLikelihood: -best.best.f * d.customers, converged: second.converged, iterations, evaluations };
}

/** Runs `bgNbdFitSteps` to the end. */
export function fitBgNbd(d: BgNbdData, x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>, options: NelderMeadOptions = {}): BgNbdFitResult {
  const steps = bgNbdFitSteps(d, x, tx, T, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
