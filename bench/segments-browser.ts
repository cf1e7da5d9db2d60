/**
 * The segment half of the browser bench (issue #3 targets), run on the page and engine that
 * browser-bench.ts has already filled with M: 20 dynamic segments over every field category and 3
 * schemes saved through the engine, then evaluation (cold and warm), live counts of rules being
 * edited, a movement matrix between two snapshots, the CLV fit, segment metrics and a persona.
 *
 * Every figure is taken twice where the engine reports its own clock: the worker's `ms` and the
 * page's round trip (performance.now() around the awaited call, postMessage both ways included).
 */
import type { Page } from 'playwright-core';
import type { Rule } from '../core/segments/rule.ts';
import type { RfmSettings } from '../core/rfm/types.ts';
import { percentiles, type Percentiles } from './percentiles.ts';

/** A worker clock and the page's round trip around the same call. */
export interface Timed {
  workerMs: number;
  roundTripMs: number;
}

export interface SegmentBenchResult {
  segments: number;
  schemes: number;
  /** saveSegment / saveScheme round trips: validate, re-evaluate everything, record a snapshot, write. */
  saveSegmentMs: Percentiles;
  saveSchemeMs: number[];
  /** Segment sizes after the last save, by name (a sanity check that the rules match people). */
  sizes: Record<string, number>;
  evaluate: {
    /** evaluateSegments() right after a data change (a no-op customer edit): every field column is rebuilt. */
    cold: Timed[];
    /** evaluateSegments() again on the same data: columns cached. */
    warm: Timed[];
    coldMedian: Timed;
    warmMedian: Timed;
  };
  preview: {
    rules: number;
    /** Each rule once, its columns not built yet. */
    coldWorkerMs: Percentiles;
    coldRoundTripMs: Percentiles;
    /** The same rule with an edited operand: its columns cached. */
    warmWorkerMs: Percentiles;
    warmRoundTripMs: Percentiles;
    counts: number[];
  };
  movement: {
    /** updateSettings round trip (re-score with fixed recency thresholds, re-evaluate, snapshot). */
    settingsChangeMs: number;
    /** Customers whose RFM segment changed between the two snapshots (off the diagonal). */
    rfmMoved: number;
    rfm: { first: Timed; again: Timed };
    scheme: { first: Timed; again: Timed; moved: number };
  };
  clv: { ok: boolean; reason?: string; workerMs: number; roundTripMs: number; buyers: number; repeatBuyers: number };
  /** segmentMetrics() for all 20 segments: first (per-dataset base built) and again. Page round trip. */
  metrics: { segments: number; firstMs: number; againMs: number };
  /** persona() of one segment: first (persona base built) and again. Page round trip. */
  persona: { segment: string; firstMs: number; againMs: number };
}

const inList = (field: string, value: string[]): Rule => ({ field, op: 'in_list', value });

/** The 20 segments: every category of the catalogue, nested groups, and two membership references (by name, resolved to ids as saved). */
export function benchSegments(): { name: string; rule: Rule }[] {
  return [
    { name: 'Москва и Казань, не редкие', rule: { all: [inList('city', ['Москва', 'Казань']), { not: { field: 'ordersInLastDays', params: { days: 90 }, op: 'lt', value: 2 } }] } },
    { name: 'Женщины 25–34', rule: { all: [{ field: 'gender', op: 'is', value: 'F' }, { field: 'age', op: 'between', value: [25, 34] }] } },
    { name: 'Именинники месяца', rule: { field: 'birthDate', op: 'anniversary_within', value: 30 } },
    { name: 'Спорт и здоровье', rule: { field: 'interests', op: 'any', value: ['sport', 'health'] } },
    { name: 'Активные за 90 дней', rule: { field: 'ordersInLastDays', params: { days: 90 }, op: 'gte', value: 2 } },
    { name: 'Крупные траты за полгода', rule: { field: 'spendInLastDays', params: { days: 180 }, op: 'gte', value: 2_000_000 } },
    { name: 'Покупают детское', rule: { field: 'categories', op: 'any', value: ['Детские товары'] } },
    { name: 'Любимое — одежда', rule: { field: 'favouriteCategory', op: 'is', value: 'Одежда' } },
    { name: 'Чемпионы и лояльные', rule: inList('rfmSegment', ['Champions', 'Loyal']) },
    { name: 'Под угрозой', rule: inList('rfmSegment', ['At Risk', "Can't Lose Them"]) },
    // r ≤ 2 and fm ≥ 2: "At Risk" and "Can't Lose Them" (fm ≥ 3, first in the scheme) plus part of "Hibernating".
    { name: 'Давно, но не разовые', rule: { all: [{ field: 'r', op: 'lte', value: 2 }, { field: 'fm', op: 'gte', value: 2 }] } },
    { name: 'Новички', rule: { field: 'rfmSegment', op: 'is', value: 'New Customers' } },
    { name: 'iOS', rule: { field: 'os', op: 'is', value: 'iOS' } },
    { name: 'Мобильные', rule: inList('device', ['android', 'ios']) },
    { name: 'С согласием на рассылку', rule: { field: 'consent', op: 'is_true' } },
    { name: 'Промоутеры', rule: { field: 'npsCategory', op: 'is', value: 'promoter' } },
    { name: 'Критики', rule: { field: 'nps', op: 'lte', value: 6 } },
    { name: 'Чемпионы с согласием', rule: { all: [{ field: 'segment', op: 'in', value: 'Чемпионы и лояльные' }, { field: 'consent', op: 'is_true' }] } },
    { name: 'Разовые из регионов', rule: { all: [{ field: 'oneTimeBuyer', op: 'is_true' }, { not: inList('city', ['Москва', 'Санкт-Петербург']) }] } },
    {
      name: 'Реактивация',
      rule: {
        all: [
          { any: [inList('rfmSegment', ['Hibernating', 'About To Sleep']), { all: [{ field: 'r', op: 'lte', value: 2 }, { field: 'totalSpent', op: 'gte', value: 3_000_000 }] }] },
          { not: { field: 'ordersInLastDays', params: { days: 90 }, op: 'gt', value: 0 } },
          { field: 'consent', op: 'is_true' },
          { not: { field: 'segment', op: 'in', value: 'Критики' } },
        ],
      },
    },
  ];
}

/** Schemes by segment names, first match wins. */
const SCHEMES: { name: string; segments: string[] }[] = [
  { name: 'Жизненный цикл', segments: ['Чемпионы и лояльные', 'Под угрозой', 'Давно, но не разовые', 'Новички'] },
  { name: 'Устройства', segments: ['iOS', 'Мобильные'] },
  { name: 'Лояльность NPS', segments: ['Промоутеры', 'Критики'] },
];

/**
 * Rules edited in the rule builder, on fields and parameters the 20 segments do not use (so their
 * columns are cold), each paired with an edit of its operand (same columns, now cached).
 */
export function previewRules(): [Rule, Rule][] {
  const pair = (make: (v: number) => Rule, a: number, b: number): [Rule, Rule] => [make(a), make(b)];
  return [
    [inList('emailDomain', ['gmail.com', 'mail.ru']), inList('emailDomain', ['gmail.com', 'mail.ru', 'yandex.ru'])],
    pair((v) => ({ field: 'birthMonth', op: 'eq', value: v }), 12, 11),
    pair((v) => ({ field: 'averageOrderValue', op: 'gte', value: v }), 300_000, 500_000),
    pair((v) => ({ field: 'daysSinceFirstOrder', op: 'lte', value: v }), 365, 180),
    [{ field: 'channels', op: 'any', value: ['app'] }, { field: 'channels', op: 'all', value: ['app', 'web'] }],
    [{ field: 'favouriteChannel', op: 'is', value: 'web' }, { field: 'favouriteChannel', op: 'is', value: 'app' }],
    pair((v) => ({ field: 'ordersInLastDays', params: { days: 30 }, op: 'gte', value: v }), 1, 2),
    pair((v) => ({ field: 'spendInLastDays', params: { days: 365 }, op: 'gte', value: v }), 5_000_000, 8_000_000),
    [
      { all: [{ field: 'hasPhone', op: 'is_true' }, { field: 'language', op: 'is', value: 'ru' }, { field: 'country', op: 'is', value: 'RU' }] },
      { all: [{ field: 'hasPhone', op: 'is_true' }, { field: 'language', op: 'is', value: 'ru' }, { field: 'country', op: 'is', value: 'KZ' }] },
    ],
    pair((v) => ({
      any: [
        { field: 'rfmCode', op: 'starts_with', value: String(v) },
        { all: [{ field: 'f', op: 'gte', value: 4 }, { field: 'm', op: 'lte', value: 2 }] },
        { not: { field: 'lastOrderDate', op: 'in_last_days', value: 60 } },
      ],
    }), 5, 4),
  ];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const medianTimed = (ts: Timed[]): Timed => ({ workerMs: median(ts.map((t) => t.workerMs)), roundTripMs: median(ts.map((t) => t.roundTripMs)) });

/** Runs the segment measurements on a page whose engine already holds the scored dataset. */
export async function benchSegmentsOnPage(page: Page, opts: { warmRuns?: number; coldRuns?: number; log?: (line: string) => void } = {}): Promise<SegmentBenchResult> {
  const log = opts.log ?? (() => {});
  log('browser: saving 20 segments and 3 schemes…');
  const saved = await page.evaluate(async ({ segments, schemes }) => {
    const engine = window.__segmentaEngine!;
    const ids = new Map<string, string>();
    const resolve = (rule: Rule): Rule => {
      if ('all' in rule) return { all: rule.all.map(resolve) };
      if ('any' in rule) return { any: rule.any.map(resolve) };
      if ('not' in rule) return { not: resolve(rule.not) };
      return rule.field === 'segment' ? { ...rule, value: ids.get(rule.value as string) ?? String(rule.value) } : rule;
    };
    const segmentMs: number[] = [];
    for (const s of segments) {
      const t = performance.now();
      const summary = await engine.saveSegment({ name: s.name, kind: 'dynamic', rule: resolve(s.rule) });
      segmentMs.push(performance.now() - t);
      ids.set(s.name, summary.segment.id);
    }
    const schemeMs: number[] = [];
    const schemeIds: string[] = [];
    for (const s of schemes) {
      const t = performance.now();
      const summary = await engine.saveScheme({ name: s.name, segmentIds: s.segments.map((n) => ids.get(n)!) });
      schemeMs.push(performance.now() - t);
      schemeIds.push(summary.id);
    }
    const sizes = Object.fromEntries((await engine.segments()).map((s) => [s.segment.name, s.size]));
    return { segmentMs, schemeMs, schemeIds, ids: [...ids.values()], sizes };
  }, { segments: benchSegments(), schemes: SCHEMES });

  log('browser: evaluating segments…');
  const evaluated = await page.evaluate(async ({ coldRuns, warmRuns, firstSegment }) => {
    const engine = window.__segmentaEngine!;
    const someone = (await engine.segmentMembers(firstSegment, { offset: 0, limit: 1 })).rows[0].id;
    const timed = async () => {
      const t = performance.now();
      const info = await engine.evaluateSegments();
      return { workerMs: info.ms, roundTripMs: performance.now() - t, segments: info.segments, schemes: info.schemes };
    };
    const cold = [];
    for (let i = 0; i < coldRuns; i++) {
      // An edit that changes nothing still installs a new dataset object: every column is built again.
      await engine.updateCustomer(someone, {});
      cold.push(await timed());
    }
    const warm = [];
    for (let i = 0; i < warmRuns; i++) warm.push(await timed());
    return { cold, warm };
  }, { coldRuns: opts.coldRuns ?? 3, warmRuns: opts.warmRuns ?? 5, firstSegment: saved.ids[0] });
  const counted = evaluated.warm[0];
  if (counted.segments !== saved.ids.length || counted.schemes !== SCHEMES.length) {
    throw new Error(`evaluateSegments reported ${counted.segments} segments and ${counted.schemes} schemes`);
  }

  log('browser: previewing rules…');
  const previewed = await page.evaluate(async (pairs) => {
    const engine = window.__segmentaEngine!;
    const run = async (rule: Rule) => {
      const t = performance.now();
      const p = await engine.previewRule(rule);
      const roundTripMs = performance.now() - t;
      if (p.problems.length) throw new Error(`previewRule: ${p.problems.map((x) => x.message).join('; ')}`);
      return { workerMs: p.ms, roundTripMs, count: p.count ?? 0 };
    };
    const cold = [];
    const warm = [];
    for (const [fresh, edited] of pairs) {
      cold.push(await run(fresh));
      warm.push(await run(edited));
    }
    return { cold, warm };
  }, previewRules());

  log('browser: movement between two snapshots…');
  const moved = await page.evaluate(async ({ scheme }) => {
    const engine = window.__segmentaEngine!;
    const before = (await engine.snapshots()).at(-1)!.id;
    const original = (await engine.settings()).rfm;
    // Fixed recency classes instead of quantiles: customers move between RFM segments and scheme segments.
    const rfm: RfmSettings = { ...original, recency: { kind: 'thresholds', bounds: [20, 60, 150, 300] } };
    let t = performance.now();
    await engine.updateSettings({ rfm });
    const settingsChangeMs = performance.now() - t;
    const after = (await engine.snapshots()).at(-1)!.id;
    if (after === before) throw new Error('the settings change recorded no snapshot');
    const timed = async (schemeId: string) => {
      const t0 = performance.now();
      const m = await engine.movement(schemeId, before, after);
      const roundTripMs = performance.now() - t0;
      let off = 0;
      m.counts.forEach((row, i) => row.forEach((c, j) => { if (i !== j) off += c; }));
      return { workerMs: m.ms, roundTripMs, moved: off };
    };
    const rfmFirst = await timed('rfm');
    const rfmAgain = await timed('rfm');
    const schemeFirst = await timed(scheme);
    const schemeAgain = await timed(scheme);

    t = performance.now();
    const clv = await engine.fitClv();
    const clvRoundTrip = performance.now() - t;

    const ids = (await engine.segments()).map((s) => s.segment.id);
    t = performance.now();
    await engine.segmentMetrics(ids);
    const metricsFirst = performance.now() - t;
    t = performance.now();
    await engine.segmentMetrics(ids);
    const metricsAgain = performance.now() - t;
    t = performance.now();
    await engine.persona(ids[8]);
    const personaFirst = performance.now() - t;
    t = performance.now();
    await engine.persona(ids[8]);
    const personaAgain = performance.now() - t;

    await engine.updateSettings({ rfm: original });
    return { settingsChangeMs, rfmFirst, rfmAgain, schemeFirst, schemeAgain, clv, clvRoundTrip, metrics: { segments: ids.length, firstMs: metricsFirst, againMs: metricsAgain }, personaFirst, personaAgain };
  }, { scheme: saved.schemeIds[0] });

  const t = (x: { workerMs: number; roundTripMs: number }): Timed => ({ workerMs: x.workerMs, roundTripMs: x.roundTripMs });
  return {
    segments: saved.ids.length,
    schemes: saved.schemeIds.length,
    saveSegmentMs: percentiles(saved.segmentMs),
    saveSchemeMs: saved.schemeMs,
    sizes: saved.sizes,
    evaluate: {
      cold: evaluated.cold.map(t),
      warm: evaluated.warm.map(t),
      coldMedian: medianTimed(evaluated.cold),
      warmMedian: medianTimed(evaluated.warm),
    },
    preview: {
      rules: previewed.cold.length,
      coldWorkerMs: percentiles(previewed.cold.map((x) => x.workerMs)),
      coldRoundTripMs: percentiles(previewed.cold.map((x) => x.roundTripMs)),
      warmWorkerMs: percentiles(previewed.warm.map((x) => x.workerMs)),
      warmRoundTripMs: percentiles(previewed.warm.map((x) => x.roundTripMs)),
      counts: previewed.cold.map((x) => x.count),
    },
    movement: {
      settingsChangeMs: moved.settingsChangeMs,
      rfmMoved: moved.rfmFirst.moved,
      rfm: { first: t(moved.rfmFirst), again: t(moved.rfmAgain) },
      scheme: { first: t(moved.schemeFirst), again: t(moved.schemeAgain), moved: moved.schemeFirst.moved },
    },
    clv: {
      ok: moved.clv.ok, ...(moved.clv.reason ? { reason: moved.clv.reason } : {}),
      workerMs: moved.clv.ms, roundTripMs: moved.clvRoundTrip, buyers: moved.clv.buyers, repeatBuyers: moved.clv.repeatBuyers,
    },
    metrics: moved.metrics,
    persona: { segment: benchSegments()[8].name, firstMs: moved.personaFirst, againMs: moved.personaAgain },
  };
}
