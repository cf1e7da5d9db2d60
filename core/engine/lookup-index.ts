import type { Customer } from '../model/customer.ts';

/**
 * In-memory look-up of customers by email, phone, external id or name prefix, for the badge and the
 * quick look-up (issue #2: p95 ≤ 1 ms by email for 100k customers). Exact keys go through Maps. Names
 * go through a Map of each distinct first or last name to its customers and the distinct names
 * sorted (a few thousand, not one entry per customer and name order: sorting 400k keys took ≈ 0.6 s
 * on M); "first last" and "last first" are checked against the customers of their first word.
 */
export class LookupIndex {
  private readonly exact = new Map<string, number[]>();
  private readonly byName = new Map<string, number[]>();
  private sortedNames: string[] = [];
  private readonly first: string[] = [];
  private readonly last: string[] = [];
  /** Normalised names while building: most repeat, so each is normalised once. */
  private normalised: Map<string, string> | undefined = new Map();

  constructor(customers: readonly Customer[]) {
    this.addRange(customers, 0, customers.length);
    this.finish();
  }

  /**
   * The same index built in slices of `chunk` customers, awaiting `pause()` between them, so that a
   * worker building it in the background still answers other requests in between.
   */
  static async build(customers: readonly Customer[], pause: () => Promise<void>, chunk = 4_000): Promise<LookupIndex> {
    const index = new LookupIndex([]);
    index.normalised = new Map();
    for (let from = 0; from < customers.length; from += chunk) {
      await pause();
      index.addRange(customers, from, Math.min(customers.length, from + chunk));
    }
    index.finish();
    return index;
  }

  /** Indexes of the customers matching `query`, exact identifiers first, then name prefixes. */
  find(query: string, limit = 20): number[] {
    const q = normaliseQuery(query);
    if (!q) return [];
    const found = new Set<number>();
    for (const key of exactKeys(q)) for (const i of this.exact.get(key) ?? []) found.add(i);
    if (found.size < limit && q.length >= 2) {
      for (const i of q.includes(' ') ? this.twoNames(q) : this.onePrefix(q, limit - found.size)) {
        if (found.size >= limit) break;
        found.add(i);
      }
    }
    return [...found].slice(0, limit);
  }

  /** Customers whose id, external id, email or phone is exactly `query` (member lists: no name guesses). */
  exactly(query: string): number[] {
    const q = normaliseQuery(query);
    const found = new Set<number>();
    if (q) for (const key of exactKeys(q)) for (const i of this.exact.get(key) ?? []) found.add(i);
    return [...found];
  }

  /** Customers with a first or last name starting with `q`, by name then position; at least `limit` distinct when there are. */
  private onePrefix(q: string, limit: number): number[] {
    const out: number[] = [];
    const seen = new Set<number>();
    for (let n = this.lowerBound(q); n < this.sortedNames.length && seen.size < limit && this.sortedNames[n].startsWith(q); n++) {
      for (const i of this.byName.get(this.sortedNames[n])!) if (!seen.has(i)) seen.add(i), out.push(i);
    }
    return out;
  }

  /** A query with a space: names holding it, or "first last" / "last first" starting with it; by that key, then position. */
  private twoNames(q: string): number[] {
    const hits: { key: string; i: number }[] = [];
    for (let n = this.lowerBound(q); n < this.sortedNames.length && this.sortedNames[n].startsWith(q); n++) {
      for (const i of this.byName.get(this.sortedNames[n])!) hits.push({ key: this.sortedNames[n], i });
    }
    for (let sp = q.indexOf(' '); sp > 0; sp = q.indexOf(' ', sp + 1)) {
      const head = q.slice(0, sp);
      const rest = q.slice(sp + 1);
      for (const i of this.byName.get(head) ?? []) {
        const [f, l] = [this.first[i], this.last[i]];
        if (!f || !l) continue;
        if (f === head && l.startsWith(rest)) hits.push({ key: `${f} ${l}`, i });
        if (l === head && f.startsWith(rest)) hits.push({ key: `${l} ${f}`, i });
      }
    }
    hits.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
    return hits.map((h) => h.i);
  }

  private lowerBound(q: string): number {
    let lo = 0, hi = this.sortedNames.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sortedNames[mid] < q) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  private addRange(customers: readonly Customer[], from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const c = customers[i];
      if (c.deleted) continue;
      for (const e of c.emails) this.add(this.exact, e, i);
      for (const p of c.phones) this.add(this.exact, p, i);
      this.add(this.exact, c.id.toLowerCase(), i);
      for (const x of c.externalIds) this.add(this.exact, x.toLowerCase(), i);
      const first = this.norm(c.firstName);
      const last = this.norm(c.lastName);
      this.first[i] = first;
      this.last[i] = last;
      if (first) this.add(this.byName, first, i);
      if (last) this.add(this.byName, last, i);
    }
  }

  private finish(): void {
    this.sortedNames = [...this.byName.keys()].sort();
    this.normalised = undefined;
  }

  private norm(name: string | undefined): string {
    if (!name) return '';
    const cache = this.normalised;
    if (!cache) return normaliseQuery(name);
    let n = cache.get(name);
    if (n === undefined) cache.set(name, (n = normaliseQuery(name)));
    return n;
  }

  /** Adds `index` under `key`; indexes arrive in ascending order, so a repeat is always the last one. */
  private add(map: Map<string, number[]>, key: string, index: number): void {
    const list = map.get(key);
    if (!list) map.set(key, [index]);
    else if (list[list.length - 1] !== index) list.push(index);
  }
}

const normaliseQuery = (s: string): string => s.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

/** A query may be a phone typed in any format: try its digits as E.164 too (Russian 8… → +7…). */
function exactKeys(q: string): string[] {
  const keys = [q];
  const digits = q.replace(/[^\d]/g, '');
  if (digits.length >= 7 && /^[+\d\s().-]+$/.test(q)) {
    keys.push('+' + digits);
    if (digits.length === 11 && digits[0] === '8') keys.push('+7' + digits.slice(1));
    if (digits.length === 10) keys.push('+7' + digits);
  }
  return keys;
}
