import { hyp2f1 } from './hypergeometric.ts';
import { logGamma } from './log-gamma.ts';

/**
 * BG/NBD model of repeat buying (Fader, Hardie & Lee 2005, "Counting your customers the easy way").
 * While active, a customer buys at Poisson rate λ ~ Gamma(r, α); after each purchase they drop out
 * with probability p ~ Beta(a, b). Per customer: x = repeat purchases (orders after the first),
 * t_x = time from the first to the last purchase, T = time from the first purchase to the as-of day.
 * The time unit is whatever the data use; ./clv.ts uses weeks (days / 7) as the paper does, so α
 * reads in weeks and the paper's CDNOW figures apply unchanged.
 */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/**
 * Customers grouped by identical (x, t_x, T): `weight[g]` customers share group g. Each group points
 * into the distinct values of x, t_x and T, so a likelihood evaluation computes the log-gamma terms
 * once per distinct x and the logarithms once per distinct time.
 */
export interface BgNbdData {
  groups: number;
  xOf: Int32Array;
  txOf: Int32Array;
  tOf: Int32Array;
  weight: Float64Array;
  xs: Float64Array;
  txs: Float64Array;
  ts: Float64Array;
  /** Sum of weights: the number of customers. */
  customers: number;
  /** Group of each input row, to spread per-group results back to customers. */
  groupOf: Int32Array;
}

/** Groups per-customer (x, t_x, T); values are compared exactly, so pass day counts already scaled. */
export function bgNbdData(x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>): BgNbdData {
  const xIndex = new Map<number, number>();
  const txIndex = new Map<number, number>();
  const tIndex = new Map<number, number>();
  const indexOf = (m: Map<number, number>, v: number): number => {
    let i = m.get(v);
    if (i === undefined) m.set(v, (i = m.size));
    return i;
  };
  const groupOf = new Map<string, number>();
  const xOf: number[] = [];
  const txOf: number[] = [];
  const tOf: number[] = [];
  const weight: number[] = [];
  const rowGroup = new Int32Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const xi = indexOf(xIndex, x[i]);
    const txi = indexOf(txIndex, tx[i]);
    const ti = indexOf(tIndex, T[i]);
    const key = `${xi},${txi},${ti}`;
    const g = groupOf.get(key);
    if (g !== undefined) {
      weight[g]++;
      rowGroup[i] = g;
    } else {
      rowGroup[i] = weight.length;
      groupOf.set(key, weight.length);
      xOf.push(xi);
      txOf.push(txi);
      tOf.push(ti);
      weight.push(1);
    }
  }
  return {
    groups: weight.length,
    xOf: Int32Array.from(xOf),
    txOf: Int32Array.from(txOf),
    tOf: Int32Array.from(tOf),
    weight: Float64Array.from(weight),
    xs: Float64Array.from(xIndex.keys()),
    txs: Float64Array.from(txIndex.keys()),
    ts: Float64Array.from(tIndex.keys()),
    customers: x.length,
    groupOf: rowGroup,
  };
}

/**
 * Total log-likelihood (FHL 2005, eq. 6):
 * L = Γ(r+x)αʳ / Γ(r) · B(a, b+x) / B(a, b) · [ (α+T)^-(r+x) + 𝟙(x>0) · a/(b+x−1) · (α+t_x)^-(r+x) ].
 */
export function bgNbdLogLikelihood(p: BgNbdParams, d: BgNbdData): number {
  const { r, alpha, a, b } = p;
  const nx = d.xs.length;
  const common = new Float64Array(nx);
  const dropout = new Float64Array(nx);
  const base = -logGamma(r) + r * Math.log(alpha) + logGamma(a + b) - logGamma(b);
  for (let i = 0; i < nx; i++) {
    const x = d.xs[i];
    common[i] = base + logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x);
    dropout[i] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : -Infinity;
  }
  const logT = d.ts.map((t) => Math.log(alpha + t));
  const logTx = d.txs.map((t) => Math.log(alpha + t));
  let sum = 0;
  for (let g = 0; g < d.groups; g++) {
    const xi = d.xOf[g];
    const rx = r + d.xs[xi];
    const u = -rx * logT[d.tOf[g]];
    const v = dropout[xi] - rx * logTx[d.txOf[g]];
    // log(eᵘ + eᵛ) without overflow; v = -∞ when x = 0.
    const l = u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
    sum += d.weight[g] * (common[xi] + l);
  }
  return sum;
}

/** P(still active | x, t_x, T) (FHL 2005, eq. 13); exactly 1 when x = 0 (the model's drop-out follows a purchase). */
export function bgNbdPAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const e = Math.log(p.a) - Math.log(p.b + x - 1) + (p.r + x) * (Math.log(p.alpha + T) - Math.log(p.alpha + tx));
  return 1 / (1 + Math.exp(e));
}

/**
 * Expected purchases in the next `t` after T, given (x, t_x, T) (FHL 2005, eq. 10):
 * (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))] · P(alive).
 * The ₂F₁ is taken through Euler's transformation, (1−z)^(r+x) ₂F₁(r+x, b+x; c; z) =
 * (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; c; z), whose terms do not blow up for customers with many orders.
 * At a = 1 the formula is 0/0; a is moved off 1 by 1e-7 (an error far below the data's noise).
 */
export function bgNbdExpectedPurchases(p: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 0;
  const { r, alpha, b } = p;
  const a = Math.abs(p.a - 1) < 1e-7 ? 1 + (p.a >= 1 ? 1e-7 : -1e-7) : p.a;
  const c = a + b + x - 1;
  const z = t / (alpha + T + t);
  const f = Math.pow(1 - z, a - 1) * hyp2f1(a + b - 1 - r, a - 1, c, z);
  const e = (c / (a - 1)) * (1 - f);
  return e * bgNbdPAlive(p, x, tx, T);
}

/** Expected purchases of a new customer in (0, t] (FHL 2005, eq. 9), for checks against the population. */
export function bgNbdExpectedPurchasesNew(p: BgNbdParams, t: number): number {
  const { r, alpha, b } = p;
  const a = Math.abs(p.a - 1) < 1e-7 ? 1 + 1e-7 : p.a;
  const z = t / (alpha + t);
  // (α/(α+t))^r ₂F₁(r, b; a+b−1; z) through Euler's transformation, as above.
  const f = Math.pow(1 - z, a - 1) * hyp2f1(a + b - 1 - r, a - 1, a + b - 1, z);
  return ((a + b - 1) / (a - 1)) * (1 - f);
}
