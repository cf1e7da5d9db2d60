/**
 * A stand-in for core/segments/fields/catalogue.ts (written in parallel): the field ids and types
 * agreed in FIELDS.md (issue #3), whose columns read plain per-customer values from test rows.
 * Row keys are field ids; `ordersInLastDays:30` gives the column for params `{ days: 30 }`.
 */
import { dayOfIso } from '../../core/model/dates.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import { ColumnCache } from '../../core/segments/column-cache.ts';
import type { RuleEnv } from '../../core/segments/compile-rule.ts';
import type { FieldColumn, FieldContext, FieldDef, FieldType } from '../../core/segments/field.ts';
import { liveMembers } from '../../core/segments/live-members.ts';

const IDS: Record<Exclude<FieldType, 'segment'>, string[]> = {
  text: ['gender', 'maritalStatus', 'occupation', 'incomeBand', 'education', 'country', 'region', 'city', 'language',
    'favouriteStore', 'favouriteCategory', 'favouriteChannel', 'lastInteractionType', 'rfmCode', 'rfmSegment', 'device',
    'os', 'preferredContactChannel', 'emailDomain', 'npsCategory'],
  number: ['age', 'birthMonth', 'children', 'orders', 'totalSpent', 'averageOrderValue', 'daysSinceLastOrder',
    'daysSinceFirstOrder', 'ordersInLastDays', 'spendInLastDays', 'r', 'f', 'm', 'fm', 'nps'],
  date: ['birthDate', 'firstOrderDate', 'lastOrderDate', 'lastInteractionDate', 'signupDate', 'rfmSegmentChangedOn'],
  tags: ['interests', 'values', 'lifestyle', 'categories', 'channels'],
  boolean: ['oneTimeBuyer', 'appUser', 'consent', 'hasEmail', 'hasPhone'],
};

const LABELS: Record<string, string> = {
  city: 'City', totalSpent: 'Total spent', ordersInLastDays: 'Orders in the last N days', birthDate: 'Birth date',
  interests: 'Interests', consent: 'Consent', lastOrderDate: 'Last order date', age: 'Age', segment: 'Segment',
};

export type Row = Record<string, unknown> & { id?: string; deleted?: boolean };

export interface World {
  rows: Row[];
  ctx: FieldContext;
  lookupField: (id: string) => FieldDef | undefined;
  fields: FieldDef[];
  /** How many times each field built a column (for cache tests). */
  builds: Map<string, number>;
  env(segments?: Map<string, Uint32Array>): RuleEnv;
}

export function makeWorld(rows: Row[], today = '2026-11-22', attrs: string[] = []): World {
  const builds = new Map<string, number>();
  const fieldOf = (id: string, type: FieldType): FieldDef => ({
    id, type, category: 'custom', label: { en: LABELS[id] ?? id, ru: id },
    ...(id === 'totalSpent' || id === 'spendInLastDays' ? { unit: 'money' as const } : {}),
    ...(id === 'ordersInLastDays' || id === 'spendInLastDays'
      ? { params: [{ name: 'days', label: { en: 'days', ru: 'дней' }, type: 'number' as const, default: 90, min: 1, max: 3650 }] }
      : {}),
    column: (_ctx, params) => {
      builds.set(id, (builds.get(id) ?? 0) + 1);
      const key = params.days !== undefined && params.days !== 90 ? `${id}:${params.days}` : id;
      return columnOf(type, rows.map((r) => r[key]));
    },
  });
  const fields = [
    ...Object.entries(IDS).flatMap(([type, ids]) => ids.map((id) => fieldOf(id, type as FieldType))),
    fieldOf('segment', 'segment'),
  ];
  const byId = new Map(fields.map((f) => [f.id, f]));
  for (const a of attrs) byId.set(`attr:${a}`, fieldOf(`attr:${a}`, 'text'));
  // Only `customers` is read by the rule engine itself; the stub columns read `rows`.
  const ds = { customers: rows.map((r, i) => ({ id: r.id ?? `c${i}`, deleted: r.deleted, tags: [], attributes: {} })) } as unknown as Dataset;
  const ctx: FieldContext = { ds, scores: undefined as never, today: dayOfIso(today)! };
  const columns = new ColumnCache();
  return {
    rows, ctx, fields, builds, lookupField: (id) => byId.get(id),
    env: (segments) => ({ ctx, live: liveMembers(ds), columns, ...(segments ? { segments } : {}) }),
  };
}

export function columnOf(type: FieldType, values: unknown[]): FieldColumn {
  switch (type) {
    case 'text': {
      const dict: string[] = [];
      const index = new Map<string, number>();
      const codes = Int32Array.from(values, (v) => {
        if (typeof v !== 'string') return -1;
        if (!index.has(v)) { index.set(v, dict.length); dict.push(v); }
        return index.get(v)!;
      });
      return { type, codes, dict };
    }
    case 'number': return { type, values: Float64Array.from(values, (v) => (typeof v === 'number' ? v : NaN)) };
    case 'date': return { type, values: Float64Array.from(values, (v) => (typeof v === 'string' ? dayOfIso(v)! : NaN)) };
    case 'boolean': return { type, values: Uint8Array.from(values, (v) => (v === true ? 1 : v === false ? 0 : 2)) };
    case 'tags': {
      const dict: string[] = [];
      const index = new Map<string, number>();
      const offsets = new Int32Array(values.length + 1);
      const codes: number[] = [];
      values.forEach((v, i) => {
        for (const t of (v as string[] | undefined) ?? []) {
          if (!index.has(t)) { index.set(t, dict.length); dict.push(t); }
          codes.push(index.get(t)!);
        }
        offsets[i + 1] = codes.length;
      });
      return { type, offsets, codes: Int32Array.from(codes), dict };
    }
    case 'segment': throw new Error('segment fields have no column');
  }
}
