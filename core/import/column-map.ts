import { MULTI_COLUMN_FIELDS } from './fields.ts';
import type { FieldName } from './fields.ts';

/**
 * How the columns of one file map to canonical fields. The UI shows it and the user may change any
 * column's `field` before reading; columns are always found by header, never by position.
 */
export interface ColumnMapping {
  kind: 'customers' | 'orders';
  columns: MappedColumn[];
}

export interface MappedColumn {
  index: number;
  /** As written in the file. */
  header: string;
  /** Normalised header used for matching (see `headerKey`). */
  key: string;
  /** The header ended in ` (контакт)` / ` (contact)`: the value describes the linked contact. */
  contact: boolean;
  /** `attribute`: kept as a custom attribute by its header; `ignore`: dropped. */
  field: FieldName | 'attribute' | 'ignore';
}

/** Ordered synonym lists: earlier entries win when several columns match a single-valued field. */
export type SynonymTable = ReadonlyArray<readonly [FieldName, readonly string[]]>;

const CONTACT_SUFFIX = /\s*\(\s*(контакт|contact)\s*\)\s*$/i;

/** Lower case, `ё`→`е`, letters and digits only: `E-mail`, `e_mail` and `EMAIL` all give `email`. */
export function headerKey(header: string): { key: string; contact: boolean } {
  const contact = CONTACT_SUFFIX.test(header);
  const base = contact ? header.replace(CONTACT_SUFFIX, '') : header;
  const key = base.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, '');
  return { key, contact };
}

/**
 * Maps headers by synonyms. Unmatched columns become attributes (customer files) or are ignored
 * (order files, which have nowhere to keep them); a column with an empty header is ignored.
 */
export function mapColumns(headers: readonly string[], kind: ColumnMapping['kind'], table: SynonymTable): ColumnMapping {
  const rank = new Map<string, { field: FieldName; rank: number }>();
  for (const [field, synonyms] of table) {
    synonyms.forEach((s, i) => {
      const k = headerKey(s).key;
      if (!rank.has(k)) rank.set(k, { field, rank: i });
    });
  }
  const columns: MappedColumn[] = headers.map((header, index) => {
    const { key, contact } = headerKey(header);
    return { index, header, key, contact, field: key === '' ? 'ignore' : kind === 'customers' ? 'attribute' : 'ignore' };
  });
  // A single-valued field goes to the best-ranked column (a non-contact one first); ties go left.
  const best = new Map<FieldName, MappedColumn>();
  const score = (c: MappedColumn) => (rank.get(c.key)?.rank ?? 0) + (c.contact ? 1000 : 0);
  for (const c of columns) {
    const hit = rank.get(c.key);
    if (!hit) continue;
    if (MULTI_COLUMN_FIELDS.has(hit.field)) { c.field = hit.field; continue; }
    const prev = best.get(hit.field);
    if (!prev || score(c) < score(prev)) best.set(hit.field, c);
  }
  for (const [field, c] of best) c.field = field;
  return { kind, columns };
}

/** Index of the column mapped to `field`, or -1. */
export function columnOf(mapping: ColumnMapping, field: FieldName): number {
  for (const c of mapping.columns) if (c.field === field) return c.index;
  return -1;
}

/** Every column mapped to `field` (several for emails, phones and tags). */
export function columnsOf(mapping: ColumnMapping, field: FieldName): number[] {
  return mapping.columns.filter((c) => c.field === field).map((c) => c.index);
}

/** Changes one column's field, as the user does in the mapping screen; returns a new mapping. */
export function remapColumn(mapping: ColumnMapping, index: number, field: MappedColumn['field']): ColumnMapping {
  const columns = mapping.columns.map((c) => {
    if (c.index === index) return { ...c, field };
    // A single-valued field moves: the column that had it becomes an attribute / ignored.
    if (c.field === field && field !== 'attribute' && field !== 'ignore' && !MULTI_COLUMN_FIELDS.has(field)) {
      return { ...c, field: mapping.kind === 'customers' ? 'attribute' as const : 'ignore' as const };
    }
    return c;
  });
  return { kind: mapping.kind, columns };
}

/** How many of `keys` (normalised) appear among the headers: the basis of every importer's `detect`. */
export function headerHits(headers: readonly string[], keys: readonly string[]): number {
  const have = new Set(headers.map((h) => headerKey(h).key));
  let n = 0;
  for (const k of keys) if (have.has(headerKey(k).key)) n++;
  return n;
}
