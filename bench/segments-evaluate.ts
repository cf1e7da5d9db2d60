/**
 * The rule engine's own cost (issue #3 targets): 20 segments over 100k synthetic customers, and a live
 * count while one rule is edited. Columns are synthetic (seeded), built once as the catalogue's would
 * be cached, so the figures are the engine's scans and set operations, not the fields' column builds.
 *
 *   npx rolldown bench/segments-evaluate.ts --platform node --format esm -o dist/segments-evaluate.mjs
 *   node dist/segments-evaluate.mjs [customers] [runs]
 */
import { dayOfIso } from '../core/model/dates.ts';
import type { Dataset } from '../core/model/dataset.ts';
import { ColumnCache } from '../core/segments/column-cache.ts';
import { evaluateSegments } from '../core/segments/evaluate-segments.ts';
import type { FieldColumn, FieldContext, FieldDef, FieldType } from '../core/segments/field.ts';
import { liveCount } from '../core/segments/live-count.ts';
import { liveMembers } from '../core/segments/live-members.ts';
import type { Rule } from '../core/segments/rule.ts';
import type { SegmentDef } from '../core/segments/segment.ts';

const n = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 15);
let seed = 42;
const rand = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const today = dayOfIso('2026-11-01')!;

const CITIES = ['Москва', 'Санкт-Петербург', 'Казань', 'Королёв', 'Новосибирск', 'Екатеринбург', ...Array.from({ length: 300 }, (_, i) => `Город ${i}`)];
const SEGMENTS = ['Champions', 'Loyal', 'Potential Loyalist', 'New Customers', 'Promising', 'Need Attention', 'About To Sleep', 'At Risk', "Can't Lose Them", 'Hibernating', 'Lost'];
const TAGS = ['спорт', 'йога', 'книги', 'кино', 'путешествия', 'дети', 'авто', 'сад'];

function textColumn(values: (string | undefined)[]): FieldColumn {
  const dict: string[] = [];
  const index = new Map<string, number>();
  const codes = Int32Array.from(values, (v) => {
    if (v === undefined) return -1;
    if (!index.has(v)) { index.set(v, dict.length); dict.push(v); }
    return index.get(v)!;
  });
  return { type: 'text', codes, dict };
}
const numbers = (f: () => number): FieldColumn => ({ type: 'number', values: Float64Array.from({ length: n }, f) });
const dates = (f: () => number): FieldColumn => ({ type: 'date', values: Float64Array.from({ length: n }, f) });
function tagsColumn(): FieldColumn {
  const offsets = new Int32Array(n + 1);
  const codes: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = Math.floor(rand() * 4);
    for (let j = 0; j < k; j++) codes.push(Math.floor(rand() * TAGS.length));
    offsets[i + 1] = codes.length;
  }
  return { type: 'tags', offsets, codes: Int32Array.from(codes), dict: [...TAGS] };
}

const columns: Record<string, FieldColumn> = {
  city: textColumn(Array.from({ length: n }, () => (rand() < 0.1 ? undefined : pick(CITIES)))),
  rfmSegment: textColumn(Array.from({ length: n }, () => pick(SEGMENTS))),
  gender: textColumn(Array.from({ length: n }, () => (rand() < 0.2 ? undefined : pick(['M', 'F'])))),
  totalSpent: numbers(() => Math.floor(rand() * 5_000_000)),
  orders: numbers(() => 1 + Math.floor(rand() * 20)),
  age: numbers(() => (rand() < 0.3 ? NaN : 18 + Math.floor(rand() * 60))),
  daysSinceLastOrder: numbers(() => Math.floor(rand() * 1000)),
  birthDate: dates(() => (rand() < 0.3 ? NaN : today - 6570 - Math.floor(rand() * 20000))),
  lastOrderDate: dates(() => today - Math.floor(rand() * 1000)),
  interests: tagsColumn(),
  consent: { type: 'boolean', values: Uint8Array.from({ length: n }, () => Math.floor(rand() * 3)) },
};
const fields = new Map<string, FieldDef>(Object.entries(columns).map(([id, col]) => [id, {
  id, type: col.type as FieldType, category: 'custom', label: { en: id, ru: id }, column: () => col,
}]));
fields.set('segment', { id: 'segment', type: 'segment', category: 'membership', label: { en: 'Segment', ru: 'Сегмент' }, column: () => { throw new Error('no column'); } });
const lookupField = (id: string) => fields.get(id);

// Only `customers` is read by the rule engine; 1 % deleted.
const ds = { customers: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, deleted: rand() < 0.01 })) } as unknown as Dataset;
const ctx: FieldContext = { ds, scores: undefined as never, today };

const rules: Rule[] = [
  ...SEGMENTS.slice(0, 6).map((s): Rule => ({ field: 'rfmSegment', op: 'is', value: s })),
  { field: 'city', op: 'in_list', value: ['Москва', 'Санкт-Петербург'] },
  { all: [{ field: 'city', op: 'contains', value: 'ё' }, { field: 'gender', op: 'is', value: 'f' }] },
  { field: 'totalSpent', op: 'gte', value: 4_500_000 },
  { all: [{ field: 'orders', op: 'eq', value: 1 }, { not: { field: 'consent', op: 'is_false' } }] },
  { field: 'daysSinceLastOrder', op: 'gt', value: 90 },
  { field: 'birthDate', op: 'anniversary_within', value: 14 },
  { field: 'lastOrderDate', op: 'in_last_days', value: 30 },
  { field: 'age', op: 'between', value: [25, 34] },
  { field: 'interests', op: 'all', value: ['спорт', 'йога'] },
  { any: [{ field: 'interests', op: 'any', value: ['дети'] }, { field: 'age', op: 'between', value: [30, 40] }] },
  { all: [{ field: 'segment', op: 'in', value: 's0' }, { field: 'segment', op: 'not_in', value: 's8' }] },
  { not: { any: [{ field: 'segment', op: 'in', value: 's1' }, { field: 'segment', op: 'in', value: 's2' }] } },
  { all: [{ any: [{ field: 'city', op: 'starts_with', value: 'город 1' }, { not: { field: 'gender', op: 'is_empty' } }] },
    { not: { all: [{ field: 'age', op: 'lt', value: 30 }, { field: 'totalSpent', op: 'lt', value: 100_000 }] } }] },
  { field: 'gender', op: 'is_not', value: 'M' },
];
const segments: SegmentDef[] = rules.map((rule, i) => ({ id: `s${i}`, name: `S${i}`, kind: 'dynamic', rule, createdAt: 0, updatedAt: 0 }));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cache = new ColumnCache();
const evalMs: number[] = [];
for (let r = 0; r < runs; r++) evalMs.push(evaluateSegments(segments, ctx, { lookupField, columns: cache }).ms);
const result = evaluateSegments(segments, ctx, { lookupField, columns: cache });
if (result.errors.size) throw new Error([...result.errors.values()][0].message);

const env = { ctx, live: liveMembers(ds), columns: cache };
const countMs: Record<string, number> = {};
for (const [i, rule] of rules.entries()) {
  if (i >= 16) continue; // membership rules need the other segments
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) ms.push(liveCount(rule, env, lookupField, 20).ms);
  countMs[`s${i}`] = median(ms);
}
const worst = Math.max(...Object.values(countMs));
console.log(JSON.stringify({
  customers: n, segments: segments.length, runs,
  evaluateAllMs: { median: +median(evalMs).toFixed(2), best: +Math.min(...evalMs).toFixed(2), first: +evalMs[0].toFixed(2) },
  liveCountMs: { worstMedian: +worst.toFixed(2), byRule: Object.fromEntries(Object.entries(countMs).map(([k, v]) => [k, +v.toFixed(2)])) },
  counts: Object.fromEntries([...result.flags].map(([id, f]) => [id, f.count])),
}, null, 1));
