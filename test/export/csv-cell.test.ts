import { describe, expect, test } from 'vitest';
import { csvCell, defuse, quoteCell, startsLikeFormula } from '../../core/export/csv-cell.ts';

describe('csv-cell', () => {
  test.each(['=1+1', '+7', '-2', '@SUM(A1)', '\tx', '\rx'])('defuses %j with a leading apostrophe', (v) => {
    expect(startsLikeFormula(v)).toBe(true);
    expect(defuse(v)).toBe(`'${v}`);
  });

  test('leaves text that cannot start a formula alone', () => {
    for (const v of ['Иван', 'a=b', ' =x', "'=x", '']) expect(defuse(v)).toBe(v);
  });

  test('quotes a cell holding the delimiter, a quote or a line break, doubling quotes', () => {
    expect(quoteCell('a;b', ';')).toBe('"a;b"');
    expect(quoteCell('a;b', ',')).toBe('a;b');
    expect(quoteCell('say "hi"', ',')).toBe('"say ""hi"""');
    expect(quoteCell('a\nb', ',')).toBe('"a\nb"');
    expect(csvCell('=a,b', ',')).toBe(`"'=a,b"`);
  });
});
