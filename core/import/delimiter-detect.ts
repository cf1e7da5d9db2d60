import { createCsvTokenizer } from './csv-tokenizer.ts';
import { ImportError, type Delimiter } from './types.ts';

const CANDIDATES: Delimiter[] = [',', ';', '\t', '|'];

/**
 * The delimiter that splits the first rows (outside quotes) into the most consistent number of
 * fields — not the most frequent character: a `;` file with decimal commas has as many commas as
 * semicolons, but only `;` gives every row, header included, the same width.
 * A single column of short values is a table (a list of emails); prose is not.
 */
export function detectDelimiter(text: Uint8Array, complete: boolean, file: string, maxRows = 50): Delimiter {
  let best: { d: Delimiter; share: number; width: number } | undefined;
  let error: unknown;
  for (const d of CANDIDATES) {
    const widths: number[] = [];
    try {
      rowsOf(text, d, complete, maxRows, (width) => widths.push(width));
    } catch (e) {
      error ??= e;
      continue;
    }
    const { width, share } = mode(widths);
    if (width < 2) continue;
    if (!best || share > best.share + 1e-9 || (Math.abs(share - best.share) <= 1e-9 && width > best.width)) best = { d, share, width };
  }
  if (best && best.share >= 0.8) return best.d;
  if (error instanceof ImportError) throw error;
  if (isColumnOfValues(text, complete, maxRows)) return ',';
  throw new ImportError(`${file} does not look like a table: no delimiter (comma, semicolon, tab or |) splits its lines into the same number of columns.`, file, 'not_a_table');
}

function rowsOf(text: Uint8Array, d: Delimiter, complete: boolean, maxRows: number, each: (width: number, chars: number, spaces: number) => void): void {
  let n = 0;
  const t = createCsvTokenizer({
    delimiter: d,
    file: '',
    onRow(r) {
      let spaces = 0;
      const s = r.start(0), e = r.end(r.length - 1);
      for (let k = s; k < e; k++) if (r.bytes[k] === 0x20) spaces++;
      each(r.length, e - s, spaces);
      if (++n >= maxRows) return false;
    },
  });
  t.push(text);
  if (complete) t.end();
}

function mode(widths: number[]): { width: number; share: number } {
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  let width = 0, count = 0;
  for (const [w, c] of counts) if (c > count || (c === count && w > width)) (width = w), (count = c);
  return { width, share: widths.length ? count / widths.length : 0 };
}

/** At least two rows of short values with few spaces: a one-column list, not sentences. */
function isColumnOfValues(text: Uint8Array, complete: boolean, maxRows: number): boolean {
  let rows = 0, wordy = 0, long = 0;
  rowsOf(text, ',', complete, maxRows, (width, chars, spaces) => {
    rows++;
    if (width > 1) long += rows; // a comma anywhere: not a clean column
    if (chars > 100) long++;
    if (spaces > 3) wordy++;
  });
  return rows >= 2 && long === 0 && wordy * 10 <= rows;
}
