/**
 * A set of customers as a bitmap over customer positions (bit i = `dataset.customers[i]`). Segment
 * evaluation works on whole sets: a condition scans one column into a set, groups combine sets word
 * by word, so 20 segments over 100k customers cost a few milliseconds (issue #3 targets).
 */
export type MemberSet = Uint32Array;

export const wordsFor = (size: number): number => (size + 31) >>> 5;

export const emptySet = (size: number): MemberSet => new Uint32Array(wordsFor(size));

/** Every position in [0, size). */
export function fullSet(size: number): MemberSet {
  const s = new Uint32Array(wordsFor(size)).fill(0xffffffff);
  clearTail(s, size);
  return s;
}

export const has = (s: MemberSet, i: number): boolean => (s[i >>> 5] & (1 << (i & 31))) !== 0;

export function add(s: MemberSet, i: number): void {
  s[i >>> 5] |= 1 << (i & 31);
}

export function remove(s: MemberSet, i: number): void {
  s[i >>> 5] &= ~(1 << (i & 31));
}

export function fromIndexes(size: number, indexes: Iterable<number>): MemberSet {
  const s = emptySet(size);
  for (const i of indexes) add(s, i);
  return s;
}

/** Positions in ascending order. */
export function toIndexes(s: MemberSet): number[] {
  const out: number[] = [];
  forEachMember(s, (i) => out.push(i));
  return out;
}

export function forEachMember(s: MemberSet, fn: (i: number) => void): void {
  for (let w = 0; w < s.length; w++) {
    let word = s[w];
    while (word !== 0) {
      const low = word & -word;
      fn((w << 5) + (31 - Math.clz32(low)));
      word ^= low;
    }
  }
}

export function count(s: MemberSet): number {
  let n = 0;
  for (let w = 0; w < s.length; w++) n += popcount(s[w]);
  return n;
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function and(a: MemberSet, b: MemberSet): MemberSet {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = a[w] & b[w];
  return out;
}

export function or(a: MemberSet, b: MemberSet): MemberSet {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = a[w] | b[w];
  return out;
}

/** a \ b */
export function andNot(a: MemberSet, b: MemberSet): MemberSet {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = a[w] & ~b[w];
  return out;
}

/** |a ∩ b| without building the intersection (overlap matrix). */
export function countAnd(a: MemberSet, b: MemberSet): number {
  let n = 0;
  for (let w = 0; w < a.length; w++) n += popcount(a[w] & b[w]);
  return n;
}

/** Complement within [0, size). */
export function not(a: MemberSet, size: number): MemberSet {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = ~a[w];
  clearTail(out, size);
  return out;
}

export function equals(a: MemberSet, b: MemberSet): boolean {
  if (a.length !== b.length) return false;
  for (let w = 0; w < a.length; w++) if (a[w] !== b[w]) return false;
  return true;
}

function clearTail(s: MemberSet, size: number): void {
  const rest = size & 31;
  if (rest) s[s.length - 1] &= (2 ** rest - 1) >>> 0;
}
