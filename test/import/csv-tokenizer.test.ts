import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createCsvTokenizer, tokenizeCsv } from '../../core/import/csv-tokenizer.ts';
import { makeTextDecoder } from '../../core/import/text-decoder.ts';
import { ImportError, type Delimiter } from '../../core/import/types.ts';
import { serialise, tokenize } from './csv-helpers.ts';
import { concat } from './fixtures.ts';
import { isValidUtf8 } from '../../core/import/utf8-validate.ts';

const fields = (input: string, d: Delimiter = ',', chunks: number[] = []) => tokenize(input, d, chunks).map((r) => r.fields);
const lines = (input: string, d: Delimiter = ',') => tokenize(input, d).map((r) => r.line);

describe('CSV tokenizer', () => {
  it('splits rows on LF, CRLF and a lone CR', () => {
    expect(fields('a,b\n1,2\r\n3,4\r5,6')).toEqual([['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6']]);
    expect(lines('a,b\n1,2\r\n3,4\r5,6')).toEqual([1, 2, 3, 4]);
  });

  it('keeps delimiters, newlines and doubled quotes inside quoted fields', () => {
    const csv = 'id,note\n1,"a, b"\n2,"line one\r\nline two"\n3,"say ""hi"""\n4,""\n';
    expect(fields(csv)).toEqual([['id', 'note'], ['1', 'a, b'], ['2', 'line one\r\nline two'], ['3', 'say "hi"'], ['4', '']]);
  });

  it('reports the physical line where each row starts, counting newlines inside quotes', () => {
    const csv = 'h\n"x\ny\r\nz"\n\n"q\rr"\nlast';
    expect(tokenize(csv, ',')).toEqual([
      { line: 1, fields: ['h'] },
      { line: 2, fields: ['x\ny\r\nz'] },
      { line: 6, fields: ['q\rr'] },
      { line: 8, fields: ['last'] },
    ]);
  });

  it('skips empty lines and lines holding only delimiters', () => {
    expect(tokenize('a;b\n\n\r\n;;\n1;2\n;\n', ';')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 5, fields: ['1', '2'] },
    ]);
  });

  it('keeps a stray quote inside an unquoted field literally without swallowing the next lines', () => {
    const csv = 'id,category,items\n1,Одежда "Premium,1\n2,Книги,2\n3,Спорт "и отдых,4\n';
    expect(fields(csv)).toEqual([['id', 'category', 'items'], ['1', 'Одежда "Premium', '1'], ['2', 'Книги', '2'], ['3', 'Спорт "и отдых', '4']]);
  });

  it('keeps text written after a closing quote', () => {
    expect(fields('"ab"c,"x""y"z\n')).toEqual([['abc', 'x"yz']]);
  });

  it('reports the trailing empty column of Bitrix24 rows', () => {
    const csv = '"ID";"Имя";"Телефон";\r\n"1";"Анна";"+7 916 123-45-67";\r\n"2";"";"";\r\n';
    expect(fields(csv, ';')).toEqual([['ID', 'Имя', 'Телефон', ''], ['1', 'Анна', '+7 916 123-45-67', ''], ['2', '', '', '']]);
  });

  it('delivers a last row without a final newline, with its trailing empty field', () => {
    expect(fields('a;b;')).toEqual([['a;b;']]);
    expect(fields('a;b;', ';')).toEqual([['a', 'b', '']]);
    expect(fields('a,"b"', ',')).toEqual([['a', 'b']]);
  });

  it('refuses a quote that is never closed, naming the file and the line where it opened', () => {
    const run = () => fields('id,note\n1,ok\n2,"never closed\n3,x\n4,y\n');
    expect(run).toThrow(ImportError);
    try {
      run();
    } catch (e) {
      const err = e as ImportError;
      expect(err.line).toBe(3);
      expect(err.file).toBe('test.csv');
      expect(err.code).toBe('unterminated_quote');
      expect(err.message).toContain('test.csv, line 3');
    }
  });

  it('refuses a row longer than the limit, as an unclosed quote would make it', () => {
    const big = 'a\n"' + 'x'.repeat(5000);
    expect(() => tokenize(big, ',', [100], { maxRowBytes: 1000 })).toThrow(/line 2: a row longer than 1000 bytes/);
  });

  it('handles fields of every length, past the initial field capacity', () => {
    const row = Array.from({ length: 300 }, (_, k) => 'f' + k);
    expect(fields(row.join('|') + '\n', '|')).toEqual([row]);
  });

  it('never modifies the bytes it is given, so a buffer can be read twice', () => {
    const bytes = new TextEncoder().encode('a,"b ""q"" c"d,e\n"x""",y\n');
    const copy = bytes.slice();
    const read = () => {
      const out: string[][] = [];
      tokenizeCsv(bytes, { delimiter: ',', file: 'f', onRow: (r) => void out.push(Array.from({ length: r.length }, (_, i) => r.text(i))) });
      return out;
    };
    expect(read()).toEqual([['a', 'b "q" cd', 'e'], ['x"', 'y']]);
    expect(bytes).toEqual(copy);
    expect(read()).toEqual([['a', 'b "q" cd', 'e'], ['x"', 'y']]);
  });

  it('closes a quote on the last byte of a carried row despite older bytes behind it', () => {
    const rows: string[] = [];
    const t = createCsvTokenizer({ delimiter: ',', file: 'f', onRow: (r) => void rows.push(r.text(0)) });
    const enc = new TextEncoder();
    // A long first row leaves quotes in the carry buffer past the end of the short second one.
    for (const part of ['"' + '""'.repeat(200), '"\n', '"ab', '"']) t.push(enc.encode(part));
    t.end();
    expect(rows).toEqual(['"'.repeat(200), 'ab']);
  });

  it('stops when onRow returns false', () => {
    const seen: string[] = [];
    const t = createCsvTokenizer({
      delimiter: ',',
      file: 'f',
      onRow(r) {
        seen.push(r.text(0));
        if (seen.length === 2) return false;
      },
    });
    t.push(new TextEncoder().encode('a\nb\nc\nd'));
    t.end();
    expect(seen).toEqual(['a', 'b']);
    expect(t.stopped).toBe(true);
  });

  it('gives empty ranges for fields past the end of a short row', () => {
    const out: string[] = [];
    tokenizeCsv(new TextEncoder().encode('a,b\n'), { delimiter: ',', file: 'f', onRow: (r) => void out.push(r.text(5), String(r.end(5) - r.start(5))) });
    expect(out).toEqual(['', '0']);
  });

  it('decodes with the decoder it is given', () => {
    const bytes = new Uint8Array([0xc8, 0xec, 0xff, 0x3b, 0x31, 0x0d, 0x0a]); // "Имя;1\r\n" in Windows-1251
    const out: string[][] = [];
    tokenizeCsv(bytes, { delimiter: ';', file: 'f', decode: makeTextDecoder('windows-1251'), onRow: (r) => void out.push([r.text(0), r.text(1)]) });
    expect(out).toEqual([['Имя', '1']]);
  });

  it('gives the same rows whatever the chunk boundaries of a small file', () => {
    const csv = 'id;"na;me";note\r\n1;"a ""q"" b";"multi\r\nline"\r\n\r\n2;Одежда "Premium;x\r3;"";\n4;"ends with quote"""\r\n';
    const whole = tokenize(csv, ';');
    expect(whole.length).toBe(5);
    const n = new TextEncoder().encode(csv).length;
    for (let cut = 1; cut < n; cut++) expect(tokenize(csv, ';', [cut, n])).toEqual(whole);
    expect(tokenize(csv, ';', [1])).toEqual(whole);
    expect(tokenize(csv, ';', [2, 3])).toEqual(whole);
  });

  it('gives the same fields and lines for random tables streamed in random chunks', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Я', ',', ';', '"', '\n', '\r', ' ', '1', '€'), maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom<Delimiter>(',', ';', '\t', '|'),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 6 }),
        (table, d, eol, chunks) => {
          const csv = serialise(table, d, eol);
          const expected = table.filter((r) => r.some((f) => f !== ''));
          const got = tokenize(csv, d, chunks);
          expect(got.map((r) => r.fields)).toEqual(expected);
          expect(tokenize(csv, d)).toEqual(got);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads the dirty sample file with its stray quotes row for row', () => {
    const bytes = new Uint8Array(readFileSync('/work/data/dirty/orders.csv'));
    const physicalLines = bytes.reduce((n, b) => n + (b === 0x0a ? 1 : 0), 0);
    const widths = new Map<number, number>();
    let rows = 0;
    let lastLine = 0;
    tokenizeCsv(bytes, {
      delimiter: ',',
      file: 'orders.csv',
      onRow(r) {
        rows++;
        lastLine = r.line;
        widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
      },
    });
    expect(rows).toBe(physicalLines);
    expect(lastLine).toBe(physicalLines);
    expect([...widths.keys()]).toEqual([8]);
  });

  it('tells whether the fields it scanned were valid UTF-8: for a whole file, whether the file is', () => {
    const piece = fc.oneof(
      fc.constantFrom('a', ',', '\n', '\r\n', '"', '""', 'Косметика', '€', '😀', ' ').map((t) => new TextEncoder().encode(t)),
      fc.uint8Array({ minLength: 1, maxLength: 2 }).filter((b) => !b.includes(0x22)),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1 }), (parts, sizes) => {
      const bytes = concat(...parts);
      const t = createCsvTokenizer({ delimiter: ',', file: 'x.csv', onRow() {}, checkUtf8: true });
      try {
        for (let pos = 0, k = 0; pos < bytes.length; k++) {
          t.push(bytes.slice(pos, pos + sizes[k % sizes.length]));
          pos += sizes[k % sizes.length];
        }
        t.end();
      } catch (e) {
        if (e instanceof ImportError) return; // a quote never closed
        throw e;
      }
      expect(t.invalidUtf8).toBe(!isValidUtf8(bytes));
    }), { numRuns: 1000 });
  });

  it('reads rows without quotes in its short loop exactly as in its field loop, whatever the bytes and chunks', () => {
    const piece = fc.oneof(
      fc.constantFrom('a', ',', ';', '\t', '|', '\n', '\r\n', '\r', '"', '""', 'Я', '€', ' ', '12').map((t) => new TextEncoder().encode(t)),
      fc.uint8Array({ minLength: 1, maxLength: 2 }),
    );
    const run = (bytes: Uint8Array, d: Delimiter, sizes: number[], simpleRows: boolean) => {
      const rows: [number, string[], number[]][] = [];
      const t = createCsvTokenizer({
        delimiter: d, file: 'x.csv', checkUtf8: true, simpleRows,
        onRow(r) {
          const f: string[] = [], at: number[] = [];
          for (let k = 0; k < r.length; k++) { f.push(r.text(k)); at.push(r.end(k) - r.start(k)); }
          rows.push([r.line, f, at]);
          if (rows.length === 40) return false;
        },
      });
      try {
        for (let pos = 0, k = 0; pos < bytes.length; k++) {
          t.push(bytes.slice(pos, pos + sizes[k % sizes.length]));
          pos += sizes[k % sizes.length];
        }
        t.end();
      } catch (e) {
        return { rows, error: (e as Error).message };
      }
      return { rows, invalid: t.invalidUtf8, stopped: t.stopped, count: t.rows };
    };
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), fc.constantFrom<Delimiter>(',', ';', '\t', '|'),
      fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }), (parts, d, sizes) => {
        const bytes = concat(...parts);
        expect(run(bytes, d, sizes, true)).toEqual(run(bytes, d, sizes, false));
        expect(run(bytes, d, [bytes.length || 1], true)).toEqual(run(bytes, d, [bytes.length || 1], false));
      }), { numRuns: 2000 });
  });
});

