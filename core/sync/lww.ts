/**
 * Last writer wins, the same on every device: the later `updatedAt` wins; at the same `updatedAt` the
 * greater canonical content wins. Both are total orders on the record itself, so merging is taking a
 * maximum: idempotent, commutative and associative, however many devices relay a record. (A tie-break
 * on the file's device id would not be: a file relays records written by other devices.)
 */
export function lwwCompare(aAt: number, bAt: number, a: unknown, b: unknown): number {
  if (aAt !== bAt) return aAt > bAt ? 1 : -1;
  if (sameValue(a, b)) return 0;
  const ca = canonicalJson(a), cb = canonicalJson(b);
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}

/** JSON with object keys sorted at every level (undefined fields left out, as JSON does). */
export function canonicalJson(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (x !== null && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(x) ?? 'null';
}

/** Deep equality of JSON values (an absent field equals an undefined one). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameValue(v, bb[i]));
  }
  const ao = a as Record<string, unknown>, bo = b as Record<string, unknown>;
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return ak.length === bk.length && ak.every((k) => sameValue(ao[k], bo[k]));
}
