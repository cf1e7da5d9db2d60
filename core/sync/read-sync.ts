import type { Customer } from '../model/customer.ts';
import type { ImportRecord } from '../model/import-record.ts';
import type { SchemeDef, SegmentDef } from '../segments/segment.ts';
import { parsePortableSnapshot } from '../segments/parse-portable-snapshot.ts';
import { isObject, num, str, type Loose } from './loose.ts';
import { readLines } from './read-lines.ts';
import { CampaignsRestorer, OrdersRestorer, ScoresRestorer } from './restore-columns.ts';
import { restoreCustomer, restoreImport, restoreScheme, restoreSegment, restoreSettings, type Restored } from './restore-records.ts';
import type { IncomingSnapshot, SyncContents } from './sync-contents.ts';
import { SyncFileError } from './sync-error.ts';
import { noExtras, setExtraFields, type ExtraKind } from './sync-extras.ts';
import { SYNC_TYPE, SYNC_VERSION, type SyncEnvelope, type SyncScope, type SyncSettings } from './sync-format.ts';
import { lineUpgrade, parseVersion } from './sync-version.ts';

/**
 * Reads a `.segmenta` file: decompresses, checks every line against the checksum, upgrades older
 * versions, and restores each record field by field. Refuses (SyncFileError, with a message for the
 * user) a damaged, truncated or foreign file and a newer major version; nothing is returned before
 * the whole file has been checked.
 */
export async function readSync(file: ReadableStream<Uint8Array>): Promise<SyncContents> {
  const lines = readLines(file);
  const first = await lines.next();
  if (first.done || !isObject(first.value) || first.value.type !== SYNC_TYPE) {
    await lines.return(undefined);
    throw new SyncFileError('not-sync', 'This is not a Segmenta sync file (it does not start with a Segmenta envelope).');
  }
  const fileVersion = str(first.value.version) ?? '';
  const upgrade = lineUpgrade(parseVersion(first.value.version), fileVersion);
  const up = (x: Loose): Loose => (upgrade ? upgrade(x) : x);
  const envelope = restoreEnvelope(up(first.value));
  const declared = envelope.counts;
  const extras = noExtras();
  const warnings: string[] = [];
  const customers: Customer[] = [];
  const imports: ImportRecord[] = [];
  const segments: SegmentDef[] = [];
  const schemes: SchemeDef[] = [];
  const snapshots: IncomingSnapshot[] = [];
  let settings: SyncSettings | undefined;
  const orders = new OrdersRestorer(declared.orders ?? 0, extras);
  const campaigns = new CampaignsRestorer(declared.campaigns ?? 0, extras);
  const scores = new ScoresRestorer(declared.scores ?? 0);
  const keep = <T>(kind: ExtraKind, key: (t: T) => string, into: T[], r: Restored<T>): void => {
    into.push(r.value);
    if (r.unknown) setExtraFields(extras, kind, key(r.value), r.unknown);
  };
  let lineNo = 1;
  for await (const raw of lines) {
    lineNo++;
    const where = `line ${lineNo}`;
    if (!isObject(raw)) throw new SyncFileError('invalid', `The file is invalid: ${where} is not an object.`);
    const line = up(raw);
    const rows = (): unknown[] => {
      if (!Array.isArray(line.rows)) throw new SyncFileError('invalid', `The file is invalid: ${where} has no rows.`);
      return line.rows;
    };
    switch (line.k) {
      case 'settings': {
        const r = restoreSettings(line.settings, `the settings (${where})`);
        if ('problem' in r) warnings.push(`Settings left as they are: ${r.problem}.`);
        else {
          settings = r.value;
          if (r.unknown) setExtraFields(extras, 'settings', 'settings', r.unknown);
        }
        break;
      }
      case 'customers': {
        const fields = Array.isArray(line.fields) ? line.fields.map(String) : undefined;
        rows().forEach((x, i) => keep('customers', (c) => c.id, customers, restoreCustomer(fields ? objectOf(fields, x) : x, `${where}, customer ${i + 1}`)));
        break;
      }
      case 'orders': orders.add(line, where); break;
      case 'campaigns': campaigns.add(line, where); break;
      case 'imports': rows().forEach((x, i) => keep('imports', (r) => r.id, imports, restoreImport(x, `${where}, import ${i + 1}`))); break;
      case 'segments': rows().forEach((x, i) => keep('segments', (s) => s.id, segments, restoreSegment(x, `${where}, segment ${i + 1}`))); break;
      case 'schemes': rows().forEach((x, i) => keep('schemes', (s) => s.id, schemes, restoreScheme(x, `${where}, scheme ${i + 1}`))); break;
      case 'snapshot': {
        const customerCount = num(line.customerCount);
        if (customerCount === undefined || !Number.isInteger(customerCount) || customerCount < 0 || !isObject(line.snapshot)) {
          throw new SyncFileError('invalid', `The file is invalid: ${where} is not a snapshot.`);
        }
        snapshots.push({ snapshot: line.snapshot as never, customerCount });
        break;
      }
      case 'scores': scores.add(line, where); break;
      default: extras.lines.push(line);
    }
  }
  // The checksum matched (readLines returned): now the parts that refer to each other.
  for (const [kind, n] of [['customers', customers.length], ['segments', segments.length], ['schemes', schemes.length], ['snapshots', snapshots.length]] as const) {
    const d = declared[kind];
    if (d !== undefined && d !== n) throw new SyncFileError('damaged', `The file is damaged: it declares ${d} ${kind} and holds ${n}.`);
  }
  const contents: SyncContents = {
    envelope, fileVersion, settings, customers, orders: orders.finish(), campaigns: campaigns.finish(), imports, segments, schemes,
    snapshots: snapshots.map((s, i) => checkedSnapshot(s, customers, i)), scores: scores.finish(), extras, warnings,
  };
  const held = { orders: contents.orders.length, campaigns: contents.campaigns?.length ?? 0, scores: contents.scores?.length ?? 0 };
  for (const kind of ['orders', 'campaigns', 'scores'] as const) {
    const d = declared[kind];
    if (d !== undefined && d !== held[kind]) throw new SyncFileError('damaged', `The file is damaged: it declares ${d} ${kind} and holds ${held[kind]}.`);
  }
  return contents;
}

/** The snapshot's ids are the first `customerCount` customers of the file (see SnapshotLine). */
function checkedSnapshot(s: IncomingSnapshot, customers: readonly Customer[], i: number): IncomingSnapshot {
  if (s.customerCount > customers.length) throw new SyncFileError('invalid', `The file is invalid: snapshot ${i + 1} covers more customers than the file has.`);
  const hasKeyframe = Array.isArray((s.snapshot as { schemes?: unknown }).schemes)
    && (s.snapshot.schemes as { kind?: unknown }[]).some((x) => x?.kind === 'keyframe');
  const withIds = hasKeyframe ? { ...s.snapshot, ids: customers.slice(0, s.customerCount).map((c) => c.id) } : s.snapshot;
  try {
    return { snapshot: parsePortableSnapshot(withIds), customerCount: s.customerCount };
  } catch (cause) {
    throw new SyncFileError('invalid', `The file is invalid: snapshot ${i + 1} (${(cause as Error).message.split('\n')[0]}).`, { cause });
  }
}

function restoreEnvelope(x: Loose): SyncEnvelope {
  const source = isObject(x.source) ? x.source : {};
  const counts: SyncEnvelope['counts'] = {};
  if (isObject(x.counts)) {
    for (const [k, v] of Object.entries(x.counts)) if (typeof v === 'number' && Number.isInteger(v) && v >= 0) (counts as Record<string, number>)[k] = v;
  }
  return {
    type: SYNC_TYPE, version: SYNC_VERSION,
    source: { app: str(source.app) ?? '', appVersion: str(source.appVersion) ?? '', deviceId: str(source.deviceId) ?? '' },
    exportedAt: num(x.exportedAt) ?? 0, scope: restoreScope(x.scope), counts,
  };
}

function restoreScope(x: unknown): SyncScope {
  if (isObject(x) && x.kind === 'segments' && Array.isArray(x.segmentIds)) {
    return { kind: 'segments', segmentIds: x.segmentIds.filter((s): s is string => typeof s === 'string'), withData: x.withData === true };
  }
  if (isObject(x) && x.kind === 'scores') return { kind: 'scores' };
  return { kind: 'all' };
}

/** A row aligned with `fields` as an object (null and missing values left out); anything else as it is. */
function objectOf(fields: string[], row: unknown): unknown {
  if (!Array.isArray(row)) return row;
  const out: Loose = {};
  for (let i = 0; i < row.length && i < fields.length; i++) if (row[i] !== null && row[i] !== undefined) out[fields[i]] = row[i];
  return out;
}
