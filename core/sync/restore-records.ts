import type { Customer } from '../model/customer.ts';
import type { ImportRecord } from '../model/import-record.ts';
import type { RfmSettings } from '../rfm/types.ts';
import type { MemberMark, SchemeDef, SegmentDef } from '../segments/segment.ts';
import { bool, copyOptional, isObject, num, str, stringRecord, strings, unknownFields, type Loose } from './loose.ts';
import { SyncFileError } from './sync-error.ts';
import type { SyncSettings } from './sync-format.ts';

/** A restored record and the fields this version does not know (kept aside, see SyncExtras). */
export interface Restored<T> { value: T; unknown?: Loose }

function need<T>(value: T | undefined, what: string, where: string): T {
  if (value === undefined) throw new SyncFileError('invalid', `The file is invalid: ${where} has no valid ${what}.`);
  return value;
}

const CUSTOMER_FIELDS = new Set<string>([
  'id', 'externalIds', 'emails', 'phones', 'firstName', 'lastName', 'middleName', 'gender', 'birthDate', 'city', 'region',
  'country', 'language', 'signupDate', 'device', 'tags', 'consent', 'nps', 'attributes', 'updatedAt', 'deleted',
]);
const CUSTOMER_TEXT = ['firstName', 'lastName', 'middleName', 'birthDate', 'city', 'region', 'country', 'language', 'signupDate', 'device'] as const;

/** A customer as the file has it: id and updatedAt are required, every other field has a default. */
export function restoreCustomer(x: unknown, where: string): Restored<Customer> {
  if (!isObject(x)) throw new SyncFileError('invalid', `The file is invalid: ${where} is not a customer record.`);
  const id = need(str(x.id), 'id', where);
  const updatedAt = need(num(x.updatedAt), 'updatedAt', where);
  // Built directly in CUSTOMER_ORDER (a hundred thousand customers: no second object each).
  const c: Loose = { id, externalIds: strings(x.externalIds), emails: strings(x.emails), phones: strings(x.phones) };
  copyOptional(c, x, CUSTOMER_TEXT, str);
  if (x.gender === 'M' || x.gender === 'F') c.gender = x.gender;
  c.tags = strings(x.tags);
  copyOptional(c, x, ['consent'], bool);
  copyOptional(c, x, ['nps'], num);
  c.attributes = stringRecord(x.attributes);
  c.updatedAt = updatedAt;
  copyOptional(c, x, ['deleted'], bool);
  return { value: c as unknown as Customer, unknown: unknownFields(x, CUSTOMER_FIELDS) };
}

// Field order as the importers write them, so a restored record reads (and serialises) like the original.
export const CUSTOMER_ORDER = ['id', 'externalIds', 'emails', 'phones', ...CUSTOMER_TEXT, 'gender', 'tags', 'consent', 'nps', 'attributes', 'updatedAt', 'deleted'];
function ordered<T extends object>(x: T, order: readonly string[]): T {
  const out: Loose = {};
  for (const k of order) if ((x as Loose)[k] !== undefined) out[k] = (x as Loose)[k];
  return out as T;
}

function members(x: unknown): Record<string, MemberMark> | undefined {
  if (!isObject(x)) return undefined;
  const out: Record<string, MemberMark> = {};
  for (const [id, mark] of Object.entries(x)) {
    if (isObject(mark) && typeof mark.in === 'boolean' && num(mark.at) !== undefined) out[id] = { in: mark.in, at: mark.at as number };
  }
  return out;
}

const SEGMENT_FIELDS = new Set<string>(['id', 'name', 'description', 'color', 'kind', 'rule', 'members', 'bounds', 'persona', 'template', 'createdAt', 'updatedAt', 'deleted']);

/** Rules are kept as written: the engine validates them when it evaluates (and reports the problem). */
export function restoreSegment(x: unknown, where: string): Restored<SegmentDef> {
  if (!isObject(x)) throw new SyncFileError('invalid', `The file is invalid: ${where} is not a segment.`);
  const updatedAt = need(num(x.updatedAt), 'updatedAt', where);
  const m = members(x.members);
  const s: SegmentDef = {
    id: need(str(x.id), 'id', where), name: str(x.name) ?? '',
    kind: x.kind === 'static' || x.kind === 'dynamic' ? x.kind : m ? 'static' : 'dynamic',
    createdAt: num(x.createdAt) ?? updatedAt, updatedAt,
  };
  copyOptional(s, x, ['description', 'color', 'template'], str);
  if (isObject(x.rule)) s.rule = x.rule as unknown as SegmentDef['rule'];
  if (m) s.members = m;
  if (isObject(x.bounds) && (x.bounds.unit === 'count' || x.bounds.unit === 'share')) {
    s.bounds = { unit: x.bounds.unit };
    copyOptional(s.bounds, x.bounds, ['min', 'max'], num);
  }
  if (isObject(x.persona)) {
    s.persona = {};
    copyOptional(s.persona, x.persona, ['name', 'description'], str);
  }
  copyOptional(s, x, ['deleted'], bool);
  return { value: ordered(s, [...SEGMENT_FIELDS]), unknown: unknownFields(x, SEGMENT_FIELDS) };
}

const SCHEME_FIELDS = new Set<string>(['id', 'name', 'segmentIds', 'createdAt', 'updatedAt', 'deleted']);

export function restoreScheme(x: unknown, where: string): Restored<SchemeDef> {
  if (!isObject(x)) throw new SyncFileError('invalid', `The file is invalid: ${where} is not a scheme.`);
  const updatedAt = need(num(x.updatedAt), 'updatedAt', where);
  const s: SchemeDef = { id: need(str(x.id), 'id', where), name: str(x.name) ?? '', segmentIds: strings(x.segmentIds), createdAt: num(x.createdAt) ?? updatedAt, updatedAt };
  copyOptional(s, x, ['deleted'], bool);
  return { value: s, unknown: unknownFields(x, SCHEME_FIELDS) };
}

const IMPORT_FIELDS = new Set<string>(['id', 'fileName', 'contentHash', 'source', 'dialect', 'importedAt', 'counts', 'updatedAt', 'rejected']);
const COUNT_FIELDS = ['rows', 'customersNew', 'customersMerged', 'ordersNew', 'ordersDuplicate', 'ordersUnknownCustomer', 'rejected'] as const;

/** An import in the history (the rejected rows themselves stay on the device that read the file). */
export function restoreImport(x: unknown, where: string): Restored<ImportRecord> {
  if (!isObject(x)) throw new SyncFileError('invalid', `The file is invalid: ${where} is not an import record.`);
  const counts = isObject(x.counts) ? x.counts : {};
  const updatedAt = need(num(x.updatedAt), 'updatedAt', where);
  const r: ImportRecord = {
    id: need(str(x.id), 'id', where), fileName: str(x.fileName) ?? '', contentHash: str(x.contentHash) ?? '', source: str(x.source) ?? '',
    dialect: (isObject(x.dialect) ? x.dialect : {}) as unknown as ImportRecord['dialect'],
    importedAt: num(x.importedAt) ?? updatedAt,
    counts: Object.fromEntries(COUNT_FIELDS.map((k) => [k, num(counts[k]) ?? 0])) as unknown as ImportRecord['counts'],
    rejected: [], updatedAt,
  };
  if (isObject(counts.campaignRows)) {
    const c = counts.campaignRows;
    r.counts.campaignRows = { added: num(c.added) ?? 0, replaced: num(c.replaced) ?? 0, unchanged: num(c.unchanged) ?? 0 };
  }
  return { value: r, unknown: unknownFields(x, IMPORT_FIELDS) };
}

const SETTINGS_FIELDS = new Set<string>(['rfm', 'asOfFollowsToday', 'defaultPhoneCountry', 'updatedAt', 'deviceId']);

/** Settings whose RFM part is not valid are refused as a whole: the receiver keeps its own. */
export function restoreSettings(x: unknown, where: string): Restored<SyncSettings> | { problem: string } {
  if (!isObject(x)) return { problem: `${where} are not settings` };
  const updatedAt = num(x.updatedAt);
  if (updatedAt === undefined) return { problem: `${where} have no updatedAt` };
  const rfm = x.rfm as RfmSettings;
  // Only the shape is checked: a segment map with uncovered cells is allowed (the engine reports it).
  if (!isRfmShape(x.rfm)) return { problem: `${where}: the RFM settings are not in a shape this version reads` };
  const s: SyncSettings = { rfm, defaultPhoneCountry: str(x.defaultPhoneCountry) ?? 'RU', updatedAt };
  copyOptional(s, x, ['asOfFollowsToday'], bool);
  return { value: s, unknown: unknownFields(x, SETTINGS_FIELDS) };
}

function isRfmShape(x: unknown): boolean {
  if (!isObject(x) || typeof x.asOf !== 'string' || !Number.isInteger(x.classes)) return false;
  const rule = (r: unknown) => isObject(r) && (r.kind === 'quantile' || (r.kind === 'thresholds' && Array.isArray(r.bounds) && r.bounds.every((b) => num(b) !== undefined)));
  const map = x.segmentMap;
  return rule(x.recency) && rule(x.frequency) && rule(x.monetary) && isObject(map) && Array.isArray(map.segments) && map.segments.every((s) => typeof s === 'string')
    && Array.isArray(map.cells) && map.cells.every((row) => Array.isArray(row) && row.every((c) => Number.isInteger(c)));
}
