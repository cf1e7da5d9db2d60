import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { tokenizeCsv } from '../../core/import/csv-tokenizer.ts';
import { exportSegment, money, SEGMENT_EXPORT_TYPE } from '../../core/export/segment-export.ts';
import { fromIndexes } from '../../core/segments/member-set.ts';
import type { Customer } from '../../core/model/customer.ts';
import type { CustomerScores } from '../../core/model/dataset.ts';
import type { SegmentExportOptions } from '../../core/export/segment-export.ts';

const customer = (id: string, extra: Partial<Customer> = {}): Customer =>
  ({ id, externalIds: [id], emails: [], phones: [], tags: [], attributes: {}, updatedAt: 0, ...extra });

const CUSTOMERS: Customer[] = [
  customer('c1', { firstName: 'Анна', lastName: 'Петрова', emails: ['anna@example.ru'], phones: ['+79161234567'], city: 'Москва',
    country: 'Россия', birthDate: '1990-03-07', tags: ['vip', 'обувь, сумки'], consent: true }),
  customer('c2', { firstName: 'John', lastName: 'Smith', emails: ['john@example.com'], country: 'UK', consent: false }),
  customer('c3', { firstName: 'Олег', phones: ['+79031112233'], consent: true }),
  customer('c4', { firstName: 'Nobody' }),
  customer('c5', { emails: ['gone@example.com'], deleted: true }),
];

function scoresFor(n: number): CustomerScores {
  const segment = new Int16Array(n).fill(-1);
  segment[0] = 0;
  segment[1] = 1;
  return {
    input: { count: n, recencyDays: new Int32Array(n), frequency: Int32Array.from({ length: n }, (_, i) => (i < 2 ? 3 - i : 0)),
      monetary: Float64Array.from({ length: n }, (_, i) => (i === 0 ? 1234550 : i === 1 ? -250 : 0)) },
    scores: { r: Uint8Array.from([5, 2, 0, 0, 0]), f: Uint8Array.from([4, 1, 0, 0, 0]), m: Uint8Array.from([5, 1, 0, 0, 0]),
      fm: new Uint8Array(n), segment, scored: 2,
      settings: { asOf: '2026-11-01', classes: 5, recency: { kind: 'quantile' }, frequency: { kind: 'quantile' },
        monetary: { kind: 'quantile' }, segmentMap: { segments: ['Champions', 'Lost'], cells: [] } } },
    firstDay: Int32Array.from({ length: n }, (_, i) => (i < 2 ? 20000 : -1)),
    lastDay: Int32Array.from({ length: n }, (_, i) => (i < 2 ? 20400 : -1)),
    computedAt: 0,
  };
}

const ALL = [0, 1, 2, 3, 4];

function parse(csv: string, delimiter: ',' | ';' = ','): string[][] {
  const rows: string[][] = [];
  const text = csv.replace(/^\uFEFF/, '');
  tokenizeCsv(new TextEncoder().encode(text), { delimiter, file: 'x.csv', onRow: (r) => { rows.push(Array.from({ length: r.length }, (_, i) => r.text(i))); } });
  return rows;
}

const run = (opts: SegmentExportOptions, members: readonly number[] | Uint32Array = ALL, customers = CUSTOMERS) =>
  exportSegment({ customers, members, scores: scoresFor(customers.length) }, opts);

describe('exportSegment presets', () => {
  test('generic writes every useful column with RFM values and skips tombstones', () => {
    const { text, summary } = run({ preset: 'generic' });
    const rows = parse(text);
    expect(rows[0]).toEqual(['id', 'first_name', 'last_name', 'middle_name', 'email', 'phone', 'birth_date', 'gender', 'city', 'region',
      'country', 'language', 'tags', 'consent', 'orders', 'total_spent', 'first_order', 'last_order', 'r', 'f', 'm', 'segment']);
    expect(rows[1]).toEqual(['c1', 'Анна', 'Петрова', '', 'anna@example.ru', '+79161234567', '1990-03-07', '', 'Москва', '',
      'Россия', '', 'vip, обувь, сумки', 'yes', '3', '12345.50', '2024-10-04', '2025-11-08', '5', '4', '5', 'Champions']);
    expect(rows[2].slice(14)).toEqual(['2', '-2.50', '2024-10-04', '2025-11-08', '2', '1', '1', 'Lost']);
    expect(rows[4]).toEqual(['c4', 'Nobody', '', '', '', '', '', '', '', '', '', '', '', '', '0', '0.00', '', '', '', '', '', '']);
    expect(rows).toHaveLength(5);
    expect(summary).toEqual({ rows: 4, skippedNoConsent: 0, skippedNoContact: 0, skippedDeleted: 1, truncatedCells: 0 });
  });

  test('mailchimp writes its merge fields, ISO-2 countries, MM/DD birthdays and quoted tags, skipping rows without email', () => {
    const { text, summary } = run({ preset: 'mailchimp' });
    const rows = parse(text);
    expect(rows[0]).toEqual(['Email Address', 'First Name', 'Last Name', 'Phone Number', 'Birthday', 'Country', 'City', 'RFM Segment', 'Tags']);
    expect(rows[1]).toEqual(['anna@example.ru', 'Анна', 'Петрова', '+79161234567', '03/07', 'RU', 'Москва', 'Champions', 'vip,"обувь, сумки"']);
    expect(rows[2]).toEqual(['john@example.com', 'John', 'Smith', '', '', 'GB', '', 'Lost', '']);
    expect(rows).toHaveLength(3);
    expect(text.split('\r\n')[1]).toBe('anna@example.ru,Анна,Петрова,+79161234567,03/07,RU,Москва,Champions,"vip,""обувь, сумки"""');
    expect(summary).toMatchObject({ rows: 2, skippedNoContact: 2, skippedDeleted: 1 });
  });

  test('mailchimp leaves a country it cannot name as ISO-2 empty', () => {
    const rows = parse(run({ preset: 'mailchimp' }, [0], [customer('x', { emails: ['x@y.zz'], country: 'Атлантида' })]).text);
    expect(rows[1][5]).toBe('');
  });

  test('unisender writes email, E.164 phone, Name and tags, and skips contacts with neither email nor phone', () => {
    const { text, summary } = run({ preset: 'unisender' });
    const rows = parse(text);
    expect(rows[0]).toEqual(['email', 'phone', 'Name', 'tags']);
    expect(rows.slice(1)).toEqual([
      ['anna@example.ru', '+79161234567', 'Анна Петрова', 'vip,обувь  сумки'],
      ['john@example.com', '', 'John Smith', ''],
      ['', '+79031112233', 'Олег', ''],
    ]);
    expect(summary).toMatchObject({ rows: 3, skippedNoContact: 1 });
  });

  test('sendpulse writes email, Phone and named variables, and needs an email', () => {
    const { text, summary } = run({ preset: 'sendpulse' });
    const rows = parse(text);
    expect(rows[0]).toEqual(['email', 'Phone', 'Name', 'City', 'Segment', 'Orders', 'Total spent', 'Tags']);
    expect(rows[1]).toEqual(['anna@example.ru', '+79161234567', 'Анна Петрова', 'Москва', 'Champions', '3', '12345.50', 'vip, обувь, сумки']);
    expect(summary).toMatchObject({ rows: 2, skippedNoContact: 2 });
  });

  test('a member set exports the same rows as its positions, in ascending order', () => {
    const set = run({ preset: 'generic' }, fromIndexes(5, [3, 0]));
    expect(set.text).toBe(run({ preset: 'generic' }, [0, 3]).text);
    expect(run({ preset: 'generic' }, [3, 0, 3]).summary.rows).toBe(2);
  });

  test('a position outside the customers is refused', () => {
    expect(() => run({ preset: 'generic' }, [5])).toThrow(RangeError);
  });

  test('addTags appends the segment tag to every row once', () => {
    const rows = parse(run({ preset: 'unisender', addTags: ['Весна-2026', 'vip'] }, [0, 1]).text);
    expect(rows[1][3]).toBe('vip,обувь  сумки,Весна-2026');
    expect(rows[2][3]).toBe('Весна-2026,vip');
  });
});

describe('exportSegment options', () => {
  test('consentOnly keeps only customers who gave marketing consent and counts the others', () => {
    const { text, summary } = run({ preset: 'unisender', consentOnly: true });
    expect(parse(text).slice(1).map((r) => r[2])).toEqual(['Анна Петрова', 'Олег']);
    expect(summary).toEqual({ rows: 2, skippedNoConsent: 2, skippedNoContact: 0, skippedDeleted: 1, truncatedCells: 0 });
  });

  test('writes a BOM and ; with decimal commas for Excel when asked', () => {
    const { text } = run({ preset: 'generic', delimiter: ';', bom: true }, [0]);
    expect(text.startsWith('\uFEFFid;first_name;')).toBe(true);
    const rows = parse(text, ';');
    expect(rows[1][15]).toBe('12345,50');
    expect(rows[1][12]).toBe('vip, обувь, сумки');
    expect(run({ preset: 'generic' }, [0]).text.startsWith('id,')).toBe(true);
  });

  test('JSON carries type, version, source and preset, with numbers as numbers and nothing defused', () => {
    const hostile = customer('=x', { emails: ['a@b.cc'], firstName: '=HYPERLINK("http://evil")' });
    const { text, summary, mimeType } = exportSegment({ customers: [CUSTOMERS[0], hostile], members: [0, 1], scores: scoresFor(2) },
      { preset: 'generic', format: 'json' });
    const doc = JSON.parse(text);
    expect(mimeType).toBe('application/json');
    expect(doc).toMatchObject({ type: SEGMENT_EXPORT_TYPE, version: 1, source: 'segmenta', preset: 'generic' });
    expect(doc.rows[0]).toMatchObject({ id: 'c1', phone: '+79161234567', orders: 3, total_spent: 12345.5, r: 5, segment: 'Champions', middle_name: null });
    expect(doc.rows[1]).toMatchObject({ id: '=x', first_name: '=HYPERLINK("http://evil")' });
    expect(summary.rows).toBe(2);
  });

  test('formats minor units exactly', () => {
    expect(money(1, false)).toBe('0.01');
    expect(money(-1005, true)).toBe('-10,05');
    expect(money(2 ** 50, false)).toBe('11258999068426.24');
  });
});

describe('Mailchimp limits', () => {
  test('text fields are cut to 255 bytes at a character boundary, Cyrillic included, and counted', () => {
    const long = customer('l', { emails: ['l@x.ru'], firstName: 'Ж'.repeat(300), lastName: 'a' + 'Ж'.repeat(200), city: 'short' });
    const { text, summary } = run({ preset: 'mailchimp' }, [0], [long]);
    const row = parse(text)[1];
    expect(row[1]).toBe('Ж'.repeat(127));
    expect(row[2]).toBe('a' + 'Ж'.repeat(127));
    expect(new TextEncoder().encode(row[2]).length).toBe(255);
    expect(row[6]).toBe('short');
    expect(summary.truncatedCells).toBe(2);
  });

  test('a defused cell stays within 255 bytes with its apostrophe', () => {
    const row = parse(run({ preset: 'mailchimp' }, [0], [customer('l', { emails: ['l@x.ru'], city: '=' + 'ы'.repeat(200) })]).text)[1];
    expect(row[6].startsWith("'=")).toBe(true);
    expect(new TextEncoder().encode(row[6]).length).toBeLessThanOrEqual(255);
  });

  test('each tag is cut to 100 characters; tags holding a comma or quote are quoted', () => {
    const c = customer('t', { emails: ['t@x.ru'], tags: ['я'.repeat(150), 'a,b', 'say "hi"', 'plain'] });
    const { text, summary } = run({ preset: 'mailchimp' }, [0], [c]);
    expect(parse(text)[1][8]).toBe(`${'я'.repeat(100)},"a,b","say ""hi""",plain`);
    expect(summary.truncatedCells).toBe(1);
  });
});

describe('formula injection', () => {
  const DANGEROUS = ['=', '+', '-', '@', '\t', '\r'];

  test.each(DANGEROUS)('a free-text cell starting with %j is defused in every preset', (ch) => {
    const c = customer(`${ch}id`, { emails: ['e@x.ru'], phones: ['+79161234567'], firstName: `${ch}cmd|' /C calc'!A0`, lastName: 'L',
      city: `${ch}1+1`, tags: [`${ch}tag`] });
    for (const preset of ['generic', 'mailchimp', 'unisender', 'sendpulse'] as const) {
      const rows = parse(run({ preset }, [0], [c]).text);
      for (const cell of rows[1]) expect(/^[=+\-@\t\r]/.test(cell), `${preset}: ${JSON.stringify(cell)}`).toBe(cell === '+79161234567');
      expect(rows[1].some((cell) => cell.startsWith(`'${ch}`))).toBe(true);
    }
  });

  test('an E.164 phone keeps its + (mailing tools need it), a phone that is not E.164 is defused', () => {
    const c = customer('p', { emails: ['e@x.ru'], phones: ['+79161234567'] });
    expect(parse(run({ preset: 'unisender' }, [0], [c]).text)[1][1]).toBe('+79161234567');
    const odd = customer('q', { emails: ['e@x.ru'], phones: ['=1+2', '-5'] });
    expect(parse(run({ preset: 'generic' }, [0], [odd]).text)[1][5]).toBe('');
  });

  test('an email starting like a formula is defused too', () => {
    expect(parse(run({ preset: 'unisender' }, [0], [customer('e', { emails: ['-x@y.ru'] })]).text)[1][0]).toBe("'-x@y.ru");
  });

  test('a negative amount is a number, not defused', () => {
    expect(parse(run({ preset: 'generic' }, [1]).text)[1][15]).toBe('-2.50');
  });
});

describe('CSV round trip', () => {
  test('any cell text reads back through the CSV reader as written, apart from the defusing apostrophe', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), fc.constantFrom<',' | ';'>(',', ';'), (first, city, delimiter) => {
      const c = customer('x', { firstName: first, city });
      const row = parse(run({ preset: 'generic', delimiter }, [0], [c]).text, delimiter)[1];
      const expected = (v: string) => (v === '' ? '' : /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
      expect(row[1]).toBe(expected(first));
      expect(row[8]).toBe(expected(city));
      expect(row).toHaveLength(22);
    }));
  });
});
