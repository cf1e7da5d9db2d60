/**
 * The form text is compared in (issue #3): trimmed, lower-cased, `ё` read as `е`, so "Ёлки " matches
 * "елки". Locale-free lower-casing: Russian and Latin letters have no locale-specific cases.
 */
export function normalizeText(s: string): string {
  return s.trim().toLowerCase().replace(/ё/g, 'е');
}

const normalizedDicts = new WeakMap<string[], string[]>();

/** The normalized form of each entry of a column dictionary, computed once per dictionary. */
export function normalizedDict(dict: string[]): string[] {
  let out = normalizedDicts.get(dict);
  if (!out) {
    out = dict.map(normalizeText);
    normalizedDicts.set(dict, out);
  }
  return out;
}
