/**
 * Gauss's hypergeometric function ₂F₁(a, b; c; z) by its power series, for 0 ≤ z < 1 and c > 0.
 * Terms are summed until they stop changing the sum (relative 1e-15) or `maxTerms` is reached; the
 * series converges like zⁿ, so callers should keep z away from 1 or pass parameters that make the
 * terms shrink fast (./bg-nbd.ts applies Euler's transformation first).
 */
export function hyp2f1(a: number, b: number, c: number, z: number, maxTerms = 100_000): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < maxTerms; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    if (term === 0 || Math.abs(term) <= 1e-15 * Math.abs(sum)) break;
  }
  return sum;
}
