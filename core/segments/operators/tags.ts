import type { FieldColumn } from '../field.ts';
import { and, emptySet, not, type MemberSet } from '../member-set.ts';
import { normalizedDict, normalizeText } from '../normalize-text.ts';
import type { RuleValue, TagsOperator } from '../rule.ts';

export type TagsColumn = Extract<FieldColumn, { type: 'tags' }>;

/**
 * A tags operator; tags match whole (normalized: trimmed, case-insensitive, ё = е), each distinct tag
 * tested once. `any` = has at least one of the listed tags, `all` = has every one, `none` = the exact
 * complement of `any` (customers without tags have none of them). A blank tag counts as no tag.
 */
export function tagsOperator(col: TagsColumn, op: TagsOperator, value: RuleValue | undefined): MemberSet {
  const size = col.offsets.length - 1;
  const norm = normalizedDict(col.dict);
  const wanted = [...new Set(((value as string[] | undefined) ?? []).map(normalizeText).filter((s) => s !== ''))];
  const having = (test: (s: string) => boolean): MemberSet => {
    const hit = new Uint8Array(norm.length);
    for (let c = 0; c < norm.length; c++) hit[c] = test(norm[c]) ? 1 : 0;
    return membersWithHit(col, hit);
  };
  switch (op) {
    case 'any': { const xs = new Set(wanted); return having((s) => xs.has(s)); }
    case 'none': { const xs = new Set(wanted); return not(having((s) => xs.has(s)), size); }
    case 'all': return wanted.map((x) => having((s) => s === x)).reduce((a, b) => and(a, b));
    case 'is_empty': return not(having((s) => s !== ''), size);
    case 'is_not_empty': return having((s) => s !== '');
  }
}

function membersWithHit(col: TagsColumn, hit: Uint8Array): MemberSet {
  const { offsets, codes } = col;
  const size = offsets.length - 1;
  const out = emptySet(size);
  for (let i = 0; i < size; i++) {
    for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) {
      if (hit[codes[k]]) { out[i >>> 5] |= 1 << (i & 31); break; }
    }
  }
  return out;
}
