import { ColumnCache } from './column-cache.ts';
import { compileRule, type RuleEnv } from './compile-rule.ts';
import type { FieldContext } from './field.ts';
import { liveMembers } from './live-members.ts';
import { count, type MemberSet } from './member-set.ts';
import { RuleError, type RuleProblem } from './rule-problem.ts';
import { referenceGraph, segmentCycles } from './segment-cycles.ts';
import type { SegmentDef, SizeBounds } from './segment.ts';
import { staticMembers } from './static-members.ts';
import { validateRule, type FieldLookup } from './validate-rule.ts';

export interface SegmentFlags {
  count: number;
  matchesNobody: boolean;
  /** Every live customer (and there is at least one). */
  matchesEveryone: boolean;
  /** Outside the segment's size watch (`bounds`), when it has one. */
  outsideBounds: boolean;
  /** Static segments: `in` marks for customer ids the dataset does not hold; they are ignored. */
  unknownMembers: number;
}

export interface SegmentsEvaluation {
  /** Members of each segment that could be evaluated (deleted segments are skipped). */
  sets: Map<string, MemberSet>;
  flags: Map<string, SegmentFlags>;
  /** Segments that could not be evaluated: invalid rule, a cycle, or a reference to one of those. */
  errors: Map<string, RuleError>;
  ms: number;
}

export interface EvaluateOptions {
  lookupField: FieldLookup;
  /** Reuse columns across evaluations of the same context (after a rule edit, say). */
  columns?: ColumnCache;
}

/**
 * Every live segment's members: dynamic ones by their rule, after the segments they refer to; static
 * ones from their marks. A segment that cannot be evaluated gets an error instead, and so does any
 * segment that refers to it; the others are still evaluated.
 */
export function evaluateSegments(segments: readonly SegmentDef[], ctx: FieldContext, options: EvaluateOptions): SegmentsEvaluation {
  const started = performance.now();
  const byId = new Map(segments.map((s) => [s.id, s]));
  const name = (id: string): string => byId.get(id)?.name ?? id;
  const graph = referenceGraph(segments);
  const errors = new Map<string, RuleError>();
  const fail = (id: string, problem: RuleProblem): void => {
    errors.set(id, new RuleError([...(errors.get(id)?.problems ?? []), problem]));
  };

  for (const cycle of segmentCycles(segments)) {
    const message = cycle.length === 1
      ? `“${name(cycle[0])}” refers to itself; remove that condition.`
      : `${[...cycle, cycle[0]].map((id) => `“${name(id)}”`).join(' → ')} refer to each other in a circle; remove one of these references.`;
    for (const id of cycle) fail(id, { path: '', field: 'segment', code: 'segment_cycle', message });
  }
  for (const s of segments) {
    if (s.deleted || s.kind !== 'dynamic') continue;
    if (!s.rule) {
      fail(s.id, { path: '', code: 'not_a_node', message: `“${s.name}” has no rule yet; add a condition.` });
      continue;
    }
    for (const problem of validateRule(s.rule, { lookupField: options.lookupField, lookupSegment: (id) => byId.get(id) })) fail(s.id, problem);
  }

  const live = liveMembers(ctx.ds);
  const sets = new Map<string, MemberSet>();
  const unknownMarks = new Map<string, number>();
  const env: RuleEnv = { ctx, live, columns: options.columns ?? new ColumnCache(), segments: sets };
  const evaluate = (id: string): boolean => {
    if (sets.has(id)) return true;
    if (errors.has(id)) return false;
    const s = byId.get(id)!;
    if (s.kind === 'static') {
      const { set, unknown } = staticMembers(ctx.ds, s.members);
      sets.set(id, set);
      unknownMarks.set(id, unknown);
      return true;
    }
    for (const dep of graph.get(id) ?? []) {
      if (!evaluate(dep)) {
        fail(id, { path: '', field: 'segment', code: 'segment_cycle', message: `“${s.name}” uses the segment “${name(dep)}”, which cannot be evaluated; fix that one first.` });
        return false;
      }
    }
    sets.set(id, compileRule(s.rule, options.lookupField)(env));
    return true;
  };

  const liveCount = count(live);
  const flags = new Map<string, SegmentFlags>();
  for (const s of segments) {
    if (s.deleted || !evaluate(s.id)) continue;
    const n = count(sets.get(s.id)!);
    flags.set(s.id, {
      count: n,
      matchesNobody: n === 0,
      matchesEveryone: liveCount > 0 && n === liveCount,
      outsideBounds: s.bounds ? outside(s.bounds, n, liveCount) : false,
      unknownMembers: unknownMarks.get(s.id) ?? 0,
    });
  }
  return { sets, flags, errors, ms: performance.now() - started };
}

function outside(bounds: SizeBounds, n: number, liveCount: number): boolean {
  const size = bounds.unit === 'share' ? (liveCount ? n / liveCount : 0) : n;
  return (bounds.min !== undefined && size < bounds.min) || (bounds.max !== undefined && size > bounds.max);
}
