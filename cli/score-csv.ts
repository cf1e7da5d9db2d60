import { normalisePhone } from '../core/import/phone.ts';
import type { ScoreRow } from '../core/sync/pack-scores.ts';

const REQUIRED = ['customer_id', 'recency_days', 'frequency', 'monetary', 'r', 'f', 'm', 'segment'] as const;

/** Fields of RFC 4180 CSV records (`,`, quotes doubled, CRLF or LF), as DuckDB's COPY … (HEADER) writes them. */
export function* csvRecords(text: string): Generator<string[]> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) throw new Error('a quoted field is not closed');
          field += text.slice(i, q);
          i = q + 1;
          if (text[i] === '"') { field += '"'; i++; } else break;
        }
      } else {
        let j = i;
        while (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
        field = text.slice(i, j);
        i = j;
      }
      fields.push(field);
      if (text[i] === ',') { i++; continue; }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      break;
    }
    if (!(fields.length === 1 && fields[0] === '')) yield fields;
  }
}

/** Integer minor units of a decimal in major units (`1234.5` → 123450), exact (no float rounding). */
export function minorOfDecimal(s: string): number | undefined {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s.trim());
  if (!m) return undefined;
  const minor = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -minor : minor;
}

/**
 * Rows of a warehouse's RFM result: the canonical columns (core/rfm/rfm.sql) in any order, plus
 * optional email, phone and name. Throws with the line number of the first bad row.
 */
export function readScoreCsv(text: string, defaultPhoneCountry = 'RU'): ScoreRow[] {
  const records = csvRecords(text);
  const header = records.next();
  if (header.done) throw new Error('the file is empty');
  const col = new Map(header.value.map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = REQUIRED.filter((h) => !col.has(h));
  if (missing.length) throw new Error(`the header lacks ${missing.join(', ')} (expected ${REQUIRED.join(',')})`);
  const at = (fields: string[], name: string) => { const i = col.get(name); return i === undefined ? undefined : fields[i]; };
  const rows: ScoreRow[] = [];
  const seen = new Set<string>();
  let line = 1;
  for (const fields of records) {
    line++;
    const bad = (what: string) => new Error(`line ${line}: ${what}`);
    const int = (name: string, min: number, max: number) => {
      const v = at(fields, name)!;
      const x = Number(v);
      if (!/^-?\d+$/.test(v.trim()) || x < min || x > max) throw bad(`${name} "${v}" is not a whole number from ${min} to ${max}`);
      return x;
    };
    const customerId = at(fields, 'customer_id') ?? '';
    if (!customerId) throw bad('no customer_id');
    if (seen.has(customerId)) throw bad(`customer_id "${customerId}" appears twice`);
    seen.add(customerId);
    const monetary = minorOfDecimal(at(fields, 'monetary') ?? '');
    if (monetary === undefined) throw bad(`monetary "${at(fields, 'monetary')}" is not an amount such as 1234.50`);
    const segment = at(fields, 'segment') ?? '';
    if (!segment) throw bad('no segment');
    const row: ScoreRow = {
      customerId, recencyDays: int('recency_days', -(2 ** 31), 2 ** 31 - 1), frequency: int('frequency', 1, 2 ** 31 - 1), monetary,
      r: int('r', 1, 10), f: int('f', 1, 10), m: int('m', 1, 10), segment,
    };
    const email = at(fields, 'email')?.trim().toLowerCase();
    if (email) row.email = email;
    const phone = at(fields, 'phone')?.trim();
    if (phone) row.phone = normalisePhone(phone, defaultPhoneCountry) ?? phone;
    const name = at(fields, 'name')?.trim();
    if (name) row.name = name;
    rows.push(row);
  }
  return rows;
}
