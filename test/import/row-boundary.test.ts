import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countLines, findRowBoundary, splitRows } from '../../core/import/row-boundary.ts';
import type { Delimiter } from '../../core/import/types.ts';
import { encodeUtf8 } from './fixtures.ts';
import { tokenize } from './csv-helpers.ts';

const field = fc.oneof(
  // quoted when needed, like a writer would
  fc.string({ unit: fc.constantFrom('a', ',', ';', '"', '\n', '\r', ' '), maxLength: 6 }).map((s) => (/[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)),
  // raw, with a stray quote that is not at the start of the field
  fc.string({ unit: fc.constantFrom('a', 'b', '"', ' '), maxLength: 5 }).map((s) => 'x' + s),
);

const file = fc
  .tuple(fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 10 }), fc.constantFrom<Delimiter>(',', ';'), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([rows, d, eol]) => ({ text: rows.map((r) => r.join(d)).join(eol) + eol, d }));

describe('row boundaries for parallel parsing', () => {
  it('split a file into parts that tokenize to the same rows and lines as the whole', () => {
    fc.assert(
      fc.property(file, fc.array(fc.nat(), { maxLength: 3 }), ({ text, d }, picks) => {
        const bytes = encodeUtf8(text);
        const cuts = [...new Set(picks.map((p) => findRowBoundary(bytes, p % (bytes.length + 1), d)))].sort((a, b) => a - b);
        const whole = tokenize(bytes, d);
        const parts = [0, ...cuts, bytes.length].flatMap((start, k, all) => {
          const end = all[k + 1];
          if (end === undefined || end <= start) return [];
          return tokenize(bytes.slice(start, end), d, [], { firstLine: 1 + countLines(bytes, 0, start) });
        });
        expect(parts).toEqual(whole);
      }),
      { numRuns: 500 },
    );
  });

  it('split a file into any number of parts in one pass, the same way', () => {
    fc.assert(
      fc.property(file, fc.integer({ min: 1, max: 6 }), ({ text, d }, parts) => {
        const bytes = encodeUtf8(text);
        const cuts = splitRows(bytes, parts, d);
        expect(cuts.length).toBe(parts + 1);
        expect(cuts[0]).toBe(0);
        expect(cuts[parts]).toBe(bytes.length);
        const whole = tokenize(bytes, d);
        const joined = cuts.slice(0, -1).flatMap((start, k) =>
          cuts[k + 1] > start ? tokenize(bytes.slice(start, cuts[k + 1]), d, [], { firstLine: 1 + countLines(bytes, 0, start) }) : [],
        );
        expect(joined).toEqual(whole);
        for (let k = 1; k < parts; k++) expect(cuts[k]).toBe(findRowBoundary(bytes, Math.max(cuts[k - 1], Math.floor((bytes.length * k) / parts)), d));
      }),
      { numRuns: 300 },
    );
  });

  it('never land inside a quoted field', () => {
    const bytes = encodeUtf8('id,note\n1,"a\nb,c\r\nd"\n2,x\n');
    const inside = [10, 12, 14, 16, 18];
    for (const from of inside) expect(findRowBoundary(bytes, from, ',')).toBe(bytes.indexOf(0x32)); // the row "2,x"
    expect(findRowBoundary(bytes, 8, ',')).toBe(8);
    expect(findRowBoundary(bytes, 9, ',')).toBe(bytes.indexOf(0x32));
  });

  it('are not misled by a stray quote', () => {
    const bytes = encodeUtf8('1,Одежда "Premium,1\n2,Книги,2\n');
    expect(findRowBoundary(bytes, 20, ',')).toBe(bytes.indexOf(0x0a) + 1);
  });

  it('step over a CRLF as one line break', () => {
    const bytes = encodeUtf8('a\r\nb\r\n');
    expect(findRowBoundary(bytes, 2, ',')).toBe(3);
    expect(countLines(bytes, 0, bytes.length)).toBe(2);
    expect(countLines(encodeUtf8('a\rb\n\nc'), 0, 6)).toBe(3);
  });
});
