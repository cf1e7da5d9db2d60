import { UsageError } from './usage-error.ts';

/**
 * Walks a command's words: `each(word, value)` sees every word, and `value()` takes the next one as
 * the current option's value (refusing a missing value or another option in its place).
 */
export function eachWord(argv: readonly string[], each: (word: string, value: () => string) => void): void {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    each(word, () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${word} needs a value`);
      return v;
    });
  }
}

export function asOfValue(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UsageError(`--as-of must be YYYY-MM-DD, got "${v}"`);
  return v;
}

export function dateOrderValue(v: string): 'iso' | 'dmy' | 'mdy' {
  if (v !== 'iso' && v !== 'dmy' && v !== 'mdy') throw new UsageError(`--date-order must be dmy, mdy or iso, got "${v}"`);
  return v;
}
