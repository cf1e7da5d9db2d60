// Lanczos approximation, g = 7, n = 9 (Numerical Recipes 3rd ed. / Godfrey): relative error ~1e-15 for x > 0.
const G = 7;
const C = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (the likelihoods of ./bg-nbd.ts and ./gamma-gamma.ts never need x ≤ 0). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let s = C[0];
  for (let i = 1; i < G + 2; i++) s += C[i] / (y + i);
  const t = y + G + 0.5;
  return HALF_LOG_2PI + (y + 0.5) * Math.log(t) - t + Math.log(s);
}
