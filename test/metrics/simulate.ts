import { SeededRandom } from '../../core/demo/seeded-random.ts';
import type { BgNbdParams } from '../../core/metrics/bg-nbd.ts';

/** Gamma(shape, scale 1) by Marsaglia & Tsang (2000), with the shape < 1 boost. */
export function gammaSample(rng: SeededRandom, shape: number): number {
  if (shape < 1) return gammaSample(rng, shape + 1) * Math.pow(rng.next() || 1e-300, 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      // Box–Muller normal.
      x = Math.sqrt(-2 * Math.log(rng.next() || 1e-300)) * Math.cos(2 * Math.PI * rng.next());
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    if (Math.log(u || 1e-300) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

export function betaSample(rng: SeededRandom, a: number, b: number): number {
  const x = gammaSample(rng, a);
  return x / (x + gammaSample(rng, b));
}

/**
 * Customers drawn from a BG/NBD population, each observed for T (uniform in [tMin, tMax]) after a
 * first purchase at time 0: λ ~ Gamma(r, rate α), p ~ Beta(a, b), exponential gaps, drop-out with
 * probability p after each repeat purchase (FHL 2005: never right after the first).
 */
export function simulateBgNbd(p: BgNbdParams, customers: number, tMin: number, tMax: number, seed: number) {
  const rng = new SeededRandom(seed);
  const x = new Float64Array(customers);
  const tx = new Float64Array(customers);
  const T = new Float64Array(customers);
  for (let i = 0; i < customers; i++) {
    const lambda = gammaSample(rng, p.r) / p.alpha;
    const drop = betaSample(rng, p.a, p.b);
    T[i] = tMin + (tMax - tMin) * rng.next();
    let t = 0;
    for (;;) {
      t += -Math.log(1 - rng.next()) / lambda;
      if (t > T[i]) break;
      x[i]++;
      tx[i] = t;
      if (rng.next() < drop) break;
    }
  }
  return { x, tx, T };
}
