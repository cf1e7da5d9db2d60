/** What the customer list shows, as written in the URL: `/customers?q=…&segment=…&r=…&fm=…`. */
export interface CustomerFilter {
  q: string;
  segment?: string;
  cell?: { r: number; fm: number };
}

const classOf = (s: string | undefined): number | undefined => {
  const n = s === undefined ? NaN : Number(s);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

export function filterFromQuery(query: Record<string, string | undefined>): CustomerFilter {
  const r = classOf(query.r);
  const fm = classOf(query.fm);
  return {
    q: query.q ?? '',
    ...(query.segment ? { segment: query.segment } : {}),
    ...(r !== undefined && fm !== undefined ? { cell: { r, fm } } : {}),
  };
}

export function filterUrl(f: CustomerFilter): string {
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  if (f.segment) p.set('segment', f.segment);
  if (f.cell) { p.set('r', String(f.cell.r)); p.set('fm', String(f.cell.fm)); }
  const s = p.toString();
  return s ? `/customers?${s}` : '/customers';
}
