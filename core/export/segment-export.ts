import { isoOfDay } from '../model/dates.ts';
import { forEachMember } from '../segments/member-set.ts';
import { defuse, quoteCell } from './csv-cell.ts';
import { isE164 } from './export-column.ts';
import { presetById } from './presets/index.ts';
import { truncateUtf8 } from './utf8-truncate.ts';
import type { Customer } from '../model/customer.ts';
import type { CustomerScores } from '../model/dataset.ts';
import type { MemberSet } from '../segments/member-set.ts';
import type { ExportColumn, ExportPreset, ExportRfm, ExportRow } from './export-column.ts';
import type { ExportPresetId } from './presets/index.ts';

export interface SegmentExportInput {
  /** The dataset's customers (positions index them). */
  customers: readonly Customer[];
  /** Members: a set over customer positions, or positions (written in the order given, once each). */
  members: MemberSet | readonly number[];
  /** The dataset's scores, for RFM columns; absent = those columns stay empty. */
  scores?: CustomerScores;
}

export interface SegmentExportOptions {
  preset: ExportPresetId;
  /** Default `csv`. */
  format?: 'csv' | 'json';
  /** CSV: `;` for Excel in locales whose decimal separator is a comma (Russian). Default `,`. */
  delimiter?: ',' | ';';
  /** CSV: start with a UTF-8 byte-order mark so that Excel reads Cyrillic. */
  bom?: boolean;
  /** CSV money with a decimal comma; default: when the delimiter is `;`. */
  decimalComma?: boolean;
  /** Only customers whose `consent` is true (marketing consent). */
  consentOnly?: boolean;
  /** Tags added to every row (the segment's name, so that the mailing tool can target it). */
  addTags?: readonly string[];
}

export interface SegmentExportSummary {
  /** Data rows written. */
  rows: number;
  skippedNoConsent: number;
  /** Members the preset cannot import: no email (Mailchimp, SendPulse) or neither email nor phone (Unisender). */
  skippedNoContact: number;
  /** Members that are tombstones (deleted customers). */
  skippedDeleted: number;
  /** Cells cut to a limit of the preset (255 bytes, 100-character tags). */
  truncatedCells: number;
}

export interface SegmentExport {
  text: string;
  summary: SegmentExportSummary;
  mimeType: string;
  extension: 'csv' | 'json';
}

/** Type tag of the JSON export (`{ type, version, source, preset, rows }`). */
export const SEGMENT_EXPORT_TYPE = 'segmenta/segment-export';

/**
 * Writes the members of a segment in a preset's layout (issue #3). CSV cells are defused against
 * formula injection (csv-cell.ts) except E.164 phones and computed numbers, which cannot start a
 * formula; JSON holds values as they are (no spreadsheet reads it), but still cut to the preset's limits.
 */
export function exportSegment(input: SegmentExportInput, opts: SegmentExportOptions): SegmentExport {
  const preset = presetById(opts.preset);
  const summary: SegmentExportSummary = { rows: 0, skippedNoConsent: 0, skippedNoContact: 0, skippedDeleted: 0, truncatedCells: 0 };
  const json = opts.format === 'json';
  const delimiter = opts.delimiter ?? ',';
  const decimalComma = !json && (opts.decimalComma ?? delimiter === ';');
  const csvLines = [preset.columns.map((c) => quoteCell(defuse(c.header), delimiter)).join(delimiter)];
  const objects: Record<string, string | number | null>[] = [];

  for (const index of positions(input)) {
    const customer = input.customers[index];
    if (customer.deleted) { summary.skippedDeleted++; continue; }
    if (opts.consentOnly && customer.consent !== true) { summary.skippedNoConsent++; continue; }
    if (!reachable(preset, customer)) { summary.skippedNoContact++; continue; }
    const row: ExportRow = { index, customer, rfm: rfmOf(input.scores, index), tags: tagsOf(customer, opts.addTags) };
    const cells = preset.columns.map((column) => {
      const cell = cellOf(column, row, json, decimalComma);
      if (cell.truncated) summary.truncatedCells++;
      return cell.value;
    });
    summary.rows++;
    if (json) {
      const o: Record<string, string | number | null> = {};
      preset.columns.forEach((c, k) => { o[c.header] = cells[k]; });
      objects.push(o);
    } else {
      csvLines.push(cells.map((v) => quoteCell(v === null ? '' : String(v), delimiter)).join(delimiter));
    }
  }

  if (json) {
    const text = JSON.stringify({ type: SEGMENT_EXPORT_TYPE, version: 1, source: 'segmenta', preset: preset.id, rows: objects }, null, 1);
    return { text, summary, mimeType: 'application/json', extension: 'json' };
  }
  const text = (opts.bom ? '\uFEFF' : '') + csvLines.join('\r\n') + '\r\n';
  return { text, summary, mimeType: 'text/csv;charset=utf-8', extension: 'csv' };
}

function positions(input: SegmentExportInput): number[] {
  const n = input.customers.length;
  let list: number[];
  if (input.members instanceof Uint32Array) {
    list = [];
    forEachMember(input.members, (i) => list.push(i));
  } else {
    list = [...new Set(input.members)];
  }
  for (const i of list) {
    if (!Number.isInteger(i) || i < 0 || i >= n) throw new RangeError(`Member ${i} is not a customer position (0..${n - 1}).`);
  }
  return list;
}

function reachable(preset: ExportPreset, c: Customer): boolean {
  if (preset.requires === 'email') return c.emails.length > 0;
  if (preset.requires === 'email-or-phone') return c.emails.length > 0 || c.phones.some(isE164);
  return true;
}

function tagsOf(c: Customer, extra: readonly string[] | undefined): string[] {
  if (!extra || extra.length === 0) return c.tags;
  return [...new Set([...c.tags, ...extra.map((t) => t.trim()).filter((t) => t !== '')])];
}

function rfmOf(scores: CustomerScores | undefined, i: number): ExportRfm | undefined {
  if (!scores || i >= scores.input.count) return undefined;
  const s = scores.scores;
  const seg = s.segment[i];
  return {
    r: s.r[i], f: s.f[i], m: s.m[i],
    segment: seg >= 0 ? s.settings.segmentMap.segments[seg] : undefined,
    orders: scores.input.frequency[i],
    spentMinor: scores.input.monetary[i],
    firstOrder: scores.firstDay[i] >= 0 ? isoOfDay(scores.firstDay[i]) : undefined,
    lastOrder: scores.lastDay[i] >= 0 ? isoOfDay(scores.lastDay[i]) : undefined,
  };
}

/** One cell: CSV text (defused unless a number or an E.164 phone) or a JSON value, cut to the column's limit. */
function cellOf(column: ExportColumn, row: ExportRow, json: boolean, decimalComma: boolean): { value: string | number | null; truncated: boolean } {
  let truncated = false;
  const raw = column.value(row, () => { truncated = true; });
  if (raw === undefined) return { value: json ? null : '', truncated };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { value: json ? null : '', truncated };
    if (column.kind === 'money') return { value: json ? raw / 100 : money(raw, decimalComma), truncated };
    return { value: json ? raw : String(raw), truncated };
  }
  const trusted = column.kind === 'phone' && isE164(raw);
  let text = json || trusted ? raw : defuse(raw);
  if (column.maxBytes !== undefined) {
    const cut = truncateUtf8(text, column.maxBytes);
    text = cut.text;
    truncated ||= cut.truncated;
  }
  return { value: text, truncated };
}

/** Minor units as `1234.50` (or `1234,50`); exact, never through a float of the whole amount. */
export function money(minor: number, decimalComma: boolean): string {
  const sign = minor < 0 ? '-' : '';
  const a = Math.abs(Math.round(minor));
  const units = Math.floor(a / 100);
  const cents = String(a % 100).padStart(2, '0');
  return `${sign}${units}${decimalComma ? ',' : '.'}${cents}`;
}
