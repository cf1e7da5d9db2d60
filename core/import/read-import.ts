import { CAMPAIGN_IMPORTER_ID, detectCampaignResults, mapCampaignColumns } from './campaign-columns.ts';
import { columnsOf, headerKey } from './column-map.ts';
import { timeOf } from './cells.ts';
import { csvTable } from './csv-table.ts';
import { detectDialect, sampledEncoding } from './dialect-detect.ts';
import { makeTextDecoder, normaliseBytes, type DetectedEncoding } from './encoding.ts';
import { findInvalidUtf8 } from './utf8-validate.ts';
import { importerById, rankImporters } from './importers/index.ts';
import { jsonTable } from './json-table.ts';
import { sha256Hex } from './sha256-hex.ts';
import { ImportError } from './types.ts';
import type { CampaignMapping } from './campaign-columns.ts';
import type { ColumnMapping } from './column-map.ts';
import type { Importer } from './importers/importer.ts';
import type { ParsedImport } from './parsed-import.ts';
import type { ReadControl, Table } from './table.ts';
import type { DateOrder, Dialect, RejectedRow } from './types.ts';

export interface ReadOptions extends ReadControl {
  /** Importer id; detected from the headers when absent. */
  importer?: string;
  /** The user's corrections of the detected dialect. */
  dialect?: Partial<Dialect>;
  /** The mapping the user confirmed (from `inspectImport`); its headers must be the file's. */
  mapping?: ColumnMapping;
  /** ISO-2 country for phones written without a country code (Settings.defaultPhoneCountry). */
  defaultPhoneCountry?: string;
  /** Tests: read through the string path even where a byte-level fast path exists. */
  noFastPath?: boolean;
  /** SHA-256 hex of `bytes`, when computed elsewhere (a worker hashing the file meanwhile). */
  contentHash?: Promise<string>;
}

/** What the import screen shows before reading: format, dialect, mapping, alternatives. */
export interface ImportPreview {
  file: string;
  /** JSON (an array or NDJSON) has no delimiter or decimal comma to show. */
  format: 'csv' | 'json';
  dialect: Dialect;
  headers: string[];
  /** `campaigns`: a campaign results file (issue #3), which the import merges on its own path. */
  importer: { id: string; label: string; kind: 'customers' | 'orders' | 'campaigns' };
  /** Every importer that could read the file, best first. */
  candidates: { id: string; label: string; score: number }[];
  /** For a campaign results file, every column ignored: `campaignMapping` says what is read. */
  mapping: ColumnMapping;
  /** Campaign results files only: which column feeds which campaign field (not changeable yet). */
  campaignMapping?: CampaignMapping;
  /** The first data rows (at most SAMPLE_ROWS) as the table reads them, one cell per header. */
  sample: string[][];
}

export const SAMPLE_ROWS = 5;

interface Opened { table: Table; dialect: Dialect; bad: RejectedRow[]; json: boolean }

/** The header row of a file (CSV in any dialect, JSON, NDJSON), without choosing an importer. */
export function readHeaders(bytes: Uint8Array, file: string): string[] {
  return open(bytes, file, {}).table.headers;
}

/** Detects format, dialect and mapping without reading the whole file. */
export function inspectImport(bytes: Uint8Array, file: string, opts: ReadOptions = {}): ImportPreview {
  const { table, dialect, json } = open(bytes, file, opts);
  const format = json ? 'json' : 'csv';
  const sample = sampleRows(table, SAMPLE_ROWS);
  const campaign = opts.importer ? opts.importer === CAMPAIGN_IMPORTER_ID : detectCampaignResults(table.headers) === 1;
  if (campaign) {
    const label = 'Campaign results';
    const others = rankImporters(table.headers).map((r) => ({ id: r.importer.id, label: r.importer.label, score: r.score }));
    return {
      file, format, dialect, headers: table.headers, sample,
      importer: { id: CAMPAIGN_IMPORTER_ID, label, kind: 'campaigns' },
      candidates: [{ id: CAMPAIGN_IMPORTER_ID, label, score: Math.max(0, ...others.map((o) => o.score)) + 1 }, ...others],
      mapping: { kind: 'customers', columns: table.headers.map((header, index) => ({ index, header, ...headerKey(header), field: 'ignore' })) },
      campaignMapping: mapCampaignColumns(table.headers),
    };
  }
  const { importer, candidates } = chooseImporter(table, file, opts);
  return {
    file, format, dialect, headers: table.headers, sample,
    importer: { id: importer.id, label: importer.label, kind: importer.kind },
    candidates,
    mapping: mappingFor(importer, table, file, opts),
  };
}

/**
 * The first `n` data rows. Both tables hand out their first chunk of rows before they first yield
 * (a CSV table's first 4 MB, a JSON table's first 65,536 rows), so stopping early reads them synchronously.
 */
function sampleRows(table: Table, n: number): string[][] {
  const rows: string[][] = [];
  if (n <= 0) return rows;
  void table.forEachRow((row) => {
    rows.push(table.headers.map((_, i) => row.text(i)));
    return rows.length < n ? undefined : false;
  }).catch(() => undefined); // a bad row past the sample is the import's to report
  return rows;
}

/** Reads one file into a ParsedImport (nothing is merged yet). Throws ImportError for unusable files. */
export async function readImport(bytes: Uint8Array, file: string, opts: ReadOptions = {}): Promise<ParsedImport> {
  opts.signal?.throwIfAborted();
  opts.onProgress?.({ phase: 'reading', rowsRead: 0, rowsWritten: 0, fraction: 0 });
  const hash = opts.contentHash ?? sha256Hex(bytes);
  hash.catch(() => undefined); // awaited below; a parse error must not leave it unhandled
  const parsed = await readChecked(bytes, file, opts);
  const contentHash = await hash;
  opts.signal?.throwIfAborted();
  return { ...parsed, contentHash };
}

type Read = Omit<ParsedImport, 'contentHash'>;

/**
 * A CSV file is UTF-8 unless some byte of it is not: detection checks only its samples, and reading
 * the file (which scans every byte anyway) checks the rest. A file that turns out not to be UTF-8, or
 * that fails to read when it is not, is read again as Windows-1251 — what checking it all first gives.
 */
async function readChecked(bytes: Uint8Array, file: string, opts: ReadOptions): Promise<Read> {
  if (opts.dialect?.encoding !== undefined || looksLikeJson(bytes)) return readWith(bytes, file, opts);
  const sampled = sampledEncoding(bytes);
  if (sampled.whole || sampled.encoding !== 'utf-8' || sampled.bom) return readWith(bytes, file, opts, sampled);
  const isUtf8 = () => findInvalidUtf8(bytes) < 0;
  let read: { parsed: Read; table: Table } | undefined;
  try {
    read = await readAll(bytes, file, opts, sampled);
  } catch (error) {
    if (opts.signal?.aborted || isUtf8()) throw error;
  }
  if (read && (read.table.csv?.isUtf8() ?? isUtf8())) return read.parsed;
  return readWith(bytes, file, opts, { encoding: 'windows-1251', bom: false });
}

async function readWith(bytes: Uint8Array, file: string, opts: ReadOptions, encoding?: DetectedEncoding): Promise<Read> {
  return (await readAll(bytes, file, opts, encoding)).parsed;
}

/** Reads the file with the given encoding (else detected), checking UTF-8 on the way when it is assumed. */
async function readAll(bytes: Uint8Array, file: string, opts: ReadOptions, encoding?: DetectedEncoding & { whole?: boolean }):
  Promise<{ parsed: Read; table: Table }> {
  const checkUtf8 = encoding?.whole === false && encoding.encoding === 'utf-8';
  const { table, dialect, bad, json } = open(bytes, file, opts, encoding, checkUtf8);
  const { importer } = chooseImporter(table, file, opts);
  const mapping = mappingFor(importer, table, file, opts);
  const dateOrder = await resolveDateOrder(dialect, importer, mapping, table, json, opts);
  const resolved: Dialect = { ...dialect, dateOrder };
  const result = await importer.read({
    file, table, mapping, dialect: resolved, dateOrder,
    decimalComma: opts.dialect?.decimalComma ?? dialect.decimalComma,
    defaultPhoneCountry: opts.defaultPhoneCountry ?? 'RU',
    noFastPath: opts.noFastPath,
  });
  const parsed: Read = {
    file, source: importer.id, kind: importer.kind, dialect: resolved, mapping, byteLength: bytes.length,
    rows: result.rows + bad.length, customers: result.customers, keyShared: result.keyShared, orders: result.orders,
    rejected: bad.concat(result.rejected).sort((a, b) => a.line - b.line),
  };
  return { parsed, table };
}

/** `encoding`: known already (else detected, checking all of the file); `checkUtf8`: see csvTable. */
function open(bytes: Uint8Array, file: string, opts: ReadOptions, encoding?: DetectedEncoding, checkUtf8 = false): Opened {
  if (looksLikeJson(bytes)) {
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
    const bom = utf16 !== undefined || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);
    const text = new TextDecoder(utf16 ?? 'utf-8').decode(bytes); // TextDecoder drops the BOM
    const { table, bad } = jsonTable(text, file, opts);
    const dialect: Dialect = {
      encoding: utf16 ?? 'utf-8', bom, delimiter: ',', decimalComma: false, dateOrderCandidates: [], ...opts.dialect,
    };
    const rejected = bad.map((b): RejectedRow => ({
      file, line: b.line, value: b.text, code: 'invalid_json', reason: 'Not a JSON object.', kept: false,
    }));
    return { table, dialect, bad: rejected, json: true };
  }
  const dialect: Dialect = { ...detectDialect(bytes, file, undefined, encoding), ...opts.dialect };
  const text = normaliseBytes(bytes, dialect.encoding);
  const decode = makeTextDecoder(dialect.encoding === 'windows-1251' ? 'windows-1251' : 'utf-8');
  const table = csvTable(text, file, dialect.delimiter, decode, opts, checkUtf8);
  if (table.headers.length === 0) throw new ImportError('The file has no header row.', file, 'empty');
  return { table, dialect, bad: [], json: false };
}

function looksLikeJson(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    // UTF-16: look at the first non-space code unit.
    const le = bytes[0] === 0xff;
    for (i = 2; i + 1 < bytes.length; i += 2) {
      const c = le ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return c === 0x5b || c === 0x7b;
    }
    return false;
  }
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x5b || bytes[i] === 0x7b;
}

function chooseImporter(table: Table, file: string, opts: ReadOptions): { importer: Importer; candidates: ImportPreview['candidates'] } {
  const ranked = rankImporters(table.headers);
  const candidates = ranked.map((r) => ({ id: r.importer.id, label: r.importer.label, score: r.score }));
  if (opts.importer) {
    const importer = importerById(opts.importer);
    if (!importer) throw new ImportError(`Unknown importer "${opts.importer}".`, file, 'unknown_importer');
    return { importer, candidates };
  }
  if (ranked.length === 0) {
    throw new ImportError('No column looks like a customer id, email, phone or order id: is this a customers or orders file?',
      file, 'unknown_format', 1);
  }
  return { importer: ranked[0].importer, candidates };
}

function mappingFor(importer: Importer, table: Table, file: string, opts: ReadOptions): ColumnMapping {
  const mapping = opts.mapping ?? importer.map(table.headers);
  const same = mapping.columns.length === table.headers.length && mapping.columns.every((c, i) => c.index === i && c.header === table.headers[i]);
  if (!same) throw new ImportError('The column mapping was made for other headers.', file, 'mapping_mismatch', 1);
  return mapping;
}

const DATE_FIELDS = ['orderDate', 'closedDate', 'cancelledAt', 'birthDate', 'signupDate'] as const;

/**
 * The user's choice, else the file's (when its values decide it), else the importer's default when
 * the values allow it. When the detector's sample is ambiguous (a date-sorted export whose first rows
 * all fall on days 1–12), the mapped date columns of the whole file decide. A file whose dates fit
 * several orders throughout is refused with `ambiguous_date_order` so that the user chooses:
 * guessing would misdate orders.
 */
async function resolveDateOrder(dialect: Dialect, importer: Importer, mapping: ColumnMapping, table: Table, json: boolean,
  opts: ReadOptions): Promise<DateOrder> {
  if (opts.dialect?.dateOrder) return opts.dialect.dateOrder;
  if (dialect.dateOrder && !json) return dialect.dateOrder;
  const candidates = await dateCandidates(table, mapping, json ? ['iso', 'dmy', 'mdy'] : dialect.dateOrderCandidates);
  dialect.dateOrderCandidates = candidates;
  if (candidates.length === 1) return candidates[0];
  if (importer.dateOrder && (candidates.length === 0 || candidates.includes(importer.dateOrder))) return importer.dateOrder;
  if (candidates.length === 0) return 'iso';
  throw new ImportError(`The dates fit several orders (${candidates.join(', ')}): choose the date order.`,
    table.file, 'ambiguous_date_order');
}

/**
 * Date orders that every date value of the mapped date columns fits (values that fit none are bad
 * rows and do not vote). Stops reading as soon as at most one order is left.
 */
async function dateCandidates(table: Table, mapping: ColumnMapping, orders: readonly DateOrder[]): Promise<DateOrder[]> {
  const cols = DATE_FIELDS.flatMap((f) => columnsOf(mapping, f));
  if (cols.length === 0 || orders.length <= 1) return orders.slice();
  const fits = orders.map(() => 0);
  let total = 0;
  const alive = () => orders.filter((_, k) => fits[k] === total);
  await table.forEachRow((row) => {
    for (const c of cols) {
      const v = row.text(c).trim();
      if (v === '') continue;
      const ok = orders.map((o) => Number.isFinite(timeOf(v, o)));
      if (!ok.some((x) => x)) continue;
      total++;
      ok.forEach((x, k) => { if (x) fits[k]++; });
    }
    return alive().length > 1 ? undefined : false;
  });
  if (total === 0) return [];
  // Year-first values fit every order and read the same under each: nothing to choose.
  const left = alive();
  return left.includes('iso') ? ['iso'] : left;
}

export { sha256Hex };
