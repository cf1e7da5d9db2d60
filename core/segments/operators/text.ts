import type { FieldColumn } from '../field.ts';
import { emptySet, not, type MemberSet } from '../member-set.ts';
import { normalizedDict, normalizeText } from '../normalize-text.ts';
import type { RuleValue, TextOperator } from '../rule.ts';

export type TextColumn = Extract<FieldColumn, { type: 'text' }>;

/**
 * A text operator over a dictionary-encoded column: each distinct value is tested once (normalized:
 * trimmed, case-insensitive, ё = е), then codes are mapped to members. A value that is blank after
 * trimming counts as no value.
 *
 * `is_not` is the exact complement of `is`, so customers without a value are included — the same as
 * `{ not: { … is … } }`; likewise `is_not_empty` of `is_empty`.
 */
export function textOperator(col: TextColumn, op: TextOperator, value: RuleValue | undefined): MemberSet {
  const norm = normalizedDict(col.dict);
  let test: (s: string) => boolean;
  switch (op) {
    case 'is':
    case 'is_not': {
      const x = normalizeText(value as string);
      test = (s) => s === x;
      break;
    }
    case 'contains': {
      const x = normalizeText(value as string);
      test = (s) => s !== '' && s.includes(x);
      break;
    }
    case 'starts_with': {
      const x = normalizeText(value as string);
      test = (s) => s !== '' && s.startsWith(x);
      break;
    }
    case 'in_list': {
      const xs = new Set((value as string[]).map(normalizeText).filter((s) => s !== ''));
      test = (s) => xs.has(s);
      break;
    }
    case 'is_empty':
    case 'is_not_empty':
      test = (s) => s === '';
      break;
  }
  const hit = new Uint8Array(norm.length);
  for (let c = 0; c < norm.length; c++) hit[c] = test(norm[c]) ? 1 : 0;
  const set = membersByCode(col.codes, hit, op === 'is_empty' || op === 'is_not_empty' ? 1 : 0);
  return op === 'is_not' || op === 'is_not_empty' ? not(set, col.codes.length) : set;
}

/** Positions whose code is hit (`hit[code] = 1`); code -1 (no value) counts as `emptyHit`. */
export function membersByCode(codes: Int32Array, hit: Uint8Array, emptyHit: 0 | 1): MemberSet {
  const n = codes.length;
  const out = emptySet(n);
  for (let w = 0, base = 0; base < n; w++, base += 32) {
    const end = Math.min(base + 32, n);
    let word = 0;
    for (let i = base; i < end; i++) {
      const c = codes[i];
      if (c < 0 ? emptyHit : hit[c]) word |= 1 << (i - base);
    }
    out[w] = word;
  }
  return out;
}
