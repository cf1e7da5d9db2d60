import { count, countAnd } from './member-set.ts';
import type { MemberSet } from './member-set.ts';

/**
 * How many customers every pair of segments shares: `m[a][b] = |a ∩ b|`, symmetric, diagonal = sizes.
 * For segments outside a scheme (inside one they never overlap). Member sets are expected to hold live
 * customers only, as segment evaluation produces them. 20 segments over 100k positions: 210 popcount scans.
 */
export function overlapMatrix(sets: readonly MemberSet[]): number[][] {
  const n = sets.length;
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let a = 0; a < n; a++) {
    m[a][a] = count(sets[a]);
    for (let b = a + 1; b < n; b++) m[a][b] = m[b][a] = countAnd(sets[a], sets[b]);
  }
  return m;
}
