import { CAMPAIGN_EVENT } from '../model/campaigns.ts';
import { cleanId, emailsOf } from './cells.ts';
import { campaignColumnOf, mapCampaignColumns, CAMPAIGN_EVENT_FIELDS } from './campaign-columns.ts';
import { parseEvent } from './campaign-event.ts';
import { csvTable } from './csv-table.ts';
import { detectDialect } from './dialect-detect.ts';
import { makeTextDecoder, normaliseBytes } from './encoding.ts';
import { jsonTable } from './json-table.ts';
import { normalisePhone } from './phone.ts';
import { ImportError } from './types.ts';
import { explainMoney, parseMoneyMinor } from './values/money.ts';
import type { CampaignField, CampaignMapping } from './campaign-columns.ts';
import type { ReadControl, Table, TableRow } from './table.ts';
import type { Dialect, RejectedRow } from './types.ts';

/** Reject codes of campaign results files. */
export type CampaignRejectCode =
  | 'missing_campaign' | 'missing_customer' | 'invalid_event' | 'invalid_amount' | 'negative_amount'
  | 'unknown_customer' | 'deleted_customer' | 'duplicate_campaign_row' | 'invalid_json';

export interface CampaignReadOptions extends ReadControl {
  /** The user's corrections of the detected dialect. */
  dialect?: Partial<Dialect>;
  /** The mapping the user confirmed; its headers must be the file's. */
  mapping?: CampaignMapping;
  /** ISO-2 country for phones written without a country code. Default RU. */
  defaultPhoneCountry?: string;
}

/** A customer key of a row, with where it was read (for the report). */
export interface CampaignCustomerKey {
  kind: 'id' | 'email' | 'phone';
  value: string;
  column: string;
  /** As written. */
  written: string;
}

/** One valid row of a campaign results file, before its customer is resolved. */
export interface CampaignFileRow {
  line: number;
  /** The campaign's name, else its id, trimmed. */
  campaign: string;
  /** Keys to try in order (id, email, phone). */
  keys: CampaignCustomerKey[];
  /** CAMPAIGN_EVENT flags; any event implies `sent`. */
  events: number;
  /** Minor units; 0 when empty. */
  revenue: number;
  cost: number;
}

export interface ParsedCampaignResults {
  file: string;
  dialect: Dialect;
  mapping: CampaignMapping;
  /** Data rows read (valid and rejected). */
  rowsRead: number;
  rows: CampaignFileRow[];
  rejected: RejectedRow[];
}

/**
 * Reads a campaign results file (CSV in any dialect the import detects — Windows-1251, `;`, decimal
 * comma — or JSON): one row per campaign and customer. Customers are not resolved here (see
 * campaign-identity.ts). Throws ImportError when the file has no campaign or no customer column.
 */
export async function readCampaignResults(bytes: Uint8Array, file: string, opts: CampaignReadOptions = {}): Promise<ParsedCampaignResults> {
  const { table, dialect, rejected } = openTable(bytes, file, opts);
  const mapping = opts.mapping ?? mapCampaignColumns(table.headers);
  const sameHeaders = mapping.columns.length === table.headers.length && mapping.columns.every((c, i) => c.index === i && c.header === table.headers[i]);
  if (!sameHeaders) throw new ImportError('The column mapping was made for other headers.', file, 'mapping_mismatch', 1);
  const col = (f: CampaignField) => campaignColumnOf(mapping, f);
  const campaignCols = [col('campaign'), col('campaignId')].filter((i) => i >= 0);
  if (campaignCols.length === 0) throw new ImportError('No column names the campaign.', file, 'no_campaign_column', 1);
  const keyCols = ([['customerId', 'id'], ['customer', 'any'], ['email', 'email'], ['phone', 'phone']] as const)
    .map(([f, kind]) => ({ index: col(f), kind })).filter((k) => k.index >= 0);
  if (keyCols.length === 0) throw new ImportError('No column names the customer (id, email or phone).', file, 'no_customer_column', 1);
  const eventCols = CAMPAIGN_EVENT_FIELDS.map((f) => ({ index: col(f), flag: CAMPAIGN_EVENT[f] })).filter((e) => e.index >= 0);
  const decimalComma = opts.dialect?.decimalComma ?? dialect.decimalComma;
  const country = opts.defaultPhoneCountry ?? 'RU';
  const header = (i: number) => table.headers[i];
  const reject = (line: number, column: string | undefined, value: string, code: CampaignRejectCode, reason: string) =>
    rejected.push({ file, line, column, value, code, reason, kept: false });

  const rows: CampaignFileRow[] = [];
  let rowsRead = 0;
  await table.forEachRow((row) => {
    rowsRead++;
    const campaign = campaignCols.map((i) => row.text(i).trim()).find((v) => v !== '');
    if (campaign === undefined) {
      reject(row.line, header(campaignCols[0]), '', 'missing_campaign', 'The row names no campaign.');
      return;
    }
    const keys = keysOf(row, keyCols, header, country);
    if (keys.length === 0) {
      const k = keyCols.find((c) => row.text(c.index).trim() !== '') ?? keyCols[0];
      reject(row.line, header(k.index), row.text(k.index), 'missing_customer', 'The row names no customer (no usable id, email or phone).');
      return;
    }
    let events = 0;
    for (const e of eventCols) {
      const v = parseEvent(row.text(e.index));
      if (v === undefined) {
        reject(row.line, header(e.index), row.text(e.index), 'invalid_event',
          'Not a yes/no value, a count or a date (e.g. 1/0, да/нет, true/false, 2026-05-01).');
        return;
      }
      if (v) events |= e.flag;
    }
    if (events !== 0) events |= CAMPAIGN_EVENT.sent;
    const amounts: number[] = [];
    for (const f of ['revenue', 'cost'] as const) {
      const i = col(f);
      const text = i >= 0 ? row.text(i).trim() : '';
      const v = text === '' ? 0 : parseMoneyMinor(text, decimalComma);
      if (Number.isNaN(v)) {
        reject(row.line, header(i), text, 'invalid_amount', explainMoney(text, decimalComma)?.reason ?? 'Not an amount.');
        return;
      }
      if (v < 0) {
        reject(row.line, header(i), text, 'negative_amount', `A ${f} cannot be negative.`);
        return;
      }
      amounts.push(v);
    }
    rows.push({ line: row.line, campaign, keys, events, revenue: amounts[0], cost: amounts[1] });
  });
  rejected.sort((a, b) => a.line - b.line);
  return { file, dialect, mapping, rowsRead: rowsRead + rejected.filter((r) => r.code === 'invalid_json').length, rows, rejected };
}

/** A row's customer keys, in the order they are tried: id, then email, then phone. */
function keysOf(row: TableRow, cols: readonly { index: number; kind: 'id' | 'any' | 'email' | 'phone' }[],
  header: (i: number) => string, country: string): CampaignCustomerKey[] {
  const keys: CampaignCustomerKey[] = [];
  for (const { index, kind } of cols) {
    const written = row.text(index);
    const v = cleanId(written);
    if (v === '') continue;
    const column = header(index);
    const email = kind === 'email' || (kind === 'any' && v.includes('@')) ? emailsOf(v).valid[0] : undefined;
    if (email !== undefined) { keys.push({ kind: 'email', value: email, column, written }); continue; }
    if (kind === 'email') continue;
    if (kind === 'id' || kind === 'any') keys.push({ kind: 'id', value: v, column, written });
    if (kind === 'phone' || (kind === 'any' && /^[\d\s()+\-.]+$/.test(v))) {
      const phone = normalisePhone(v, country);
      if (phone) keys.push({ kind: 'phone', value: phone, column, written });
    }
  }
  const rank = { id: 0, email: 1, phone: 2 } as const;
  return keys.sort((a, b) => rank[a.kind] - rank[b.kind]);
}

function openTable(bytes: Uint8Array, file: string, opts: CampaignReadOptions): { table: Table; dialect: Dialect; rejected: RejectedRow[] } {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (bytes[i] === 0x5b || bytes[i] === 0x7b) {
    const { table, bad } = jsonTable(new TextDecoder().decode(bytes), file, opts);
    const dialect: Dialect = { encoding: 'utf-8', bom: i > 0 && bytes[0] === 0xef, delimiter: ',', decimalComma: false, dateOrderCandidates: [], ...opts.dialect };
    const rejected = bad.map((b): RejectedRow => ({ file, line: b.line, value: b.text, code: 'invalid_json', reason: 'Not a JSON object.', kept: false }));
    return { table, dialect, rejected };
  }
  // Detection checks the whole file's encoding: campaign files are small, no sampled fast path is needed.
  const dialect: Dialect = { ...detectDialect(bytes, file), ...opts.dialect };
  const text = normaliseBytes(bytes, dialect.encoding);
  const table = csvTable(text, file, dialect.delimiter, makeTextDecoder(dialect.encoding === 'windows-1251' ? 'windows-1251' : 'utf-8'), opts);
  if (table.headers.length === 0) throw new ImportError('The file has no header row.', file, 'empty');
  return { table, dialect, rejected: [] };
}
