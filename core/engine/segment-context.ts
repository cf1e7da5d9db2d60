import { RuleError, type RuleProblem } from '../segments/rule-problem.ts';
import type { MemberSet } from '../segments/member-set.ts';
import { segmentCycles } from '../segments/segment-cycles.ts';
import type { SchemeDef, SegmentDef } from '../segments/segment.ts';
import { validateRule } from '../segments/validate-rule.ts';
import type { SegmentSummary } from '../worker/segments-api.ts';
import { currentView, type SegmentDeps } from './segment-deps.ts';
import type { SegmentView } from './segment-runtime.ts';
import { segmentSummary } from './segment-summary.ts';

/** What every segment handler shares: the current view, look-ups, validation and the commit of a change. */
export interface SegmentContext {
  view(): Promise<SegmentView>;
  summary(v: SegmentView, s: SegmentDef): SegmentSummary;
  /** The live (not deleted) segment, or an error naming the id. */
  live(id: string): SegmentDef;
  membersOf(v: SegmentView, id: string): MemberSet;
  /** Saves changed definitions, re-evaluates everything and records the snapshot, in one go. */
  commit(change: { segments?: SegmentDef[]; schemes?: SchemeDef[] }): Promise<SegmentView>;
  /** Every problem of a rule: catalogue, operands, segment references, and (for a saved segment) cycles. */
  problemsOf(v: SegmentView, rule: unknown, selfId?: string): RuleProblem[];
}

export function segmentContext(deps: SegmentDeps): SegmentContext {

  const view = async (): Promise<SegmentView> => {
    await deps.ready;
    return currentView(deps);
  };
  const summary = (v: SegmentView, s: SegmentDef) => segmentSummary(v, s, deps.runtime.liveSchemes());
  const live = (id: string): SegmentDef => {
    const s = deps.runtime.state.segments.find((x) => x.id === id && !x.deleted);
    if (!s) throw new Error(`No segment with id ${id}.`);
    return s;
  };
  const membersOf = (v: SegmentView, id: string): MemberSet => {
    live(id);
    const set = v.evaluation.sets.get(id);
    if (!set) throw new RuleError(v.evaluation.errors.get(id)?.problems ?? []);
    return set;
  };
  const commit = async (change: { segments?: SegmentDef[]; schemes?: SchemeDef[] }): Promise<SegmentView> => {
    const before = deps.runtime.state;
    deps.runtime.put(change);
    try {
      return await deps.runtime.refresh(deps.dataset(), 'rule-edit', change);
    } catch (e) {
      deps.runtime.state = before;
      throw e;
    }
  };
  const problemsOf = (v: SegmentView, rule: unknown, selfId?: string): RuleProblem[] => {
    const problems = validateRule(rule, {
      lookupField: v.lookupField,
      lookupSegment: (id) => deps.runtime.state.segments.find((s) => s.id === id),
    });
    if (problems.length || selfId === undefined) return problems;
    const edited = deps.runtime.state.segments.filter((s) => s.id !== selfId).concat({ ...stub(selfId), rule: rule as SegmentDef['rule'] });
    const found = segmentCycles(edited).find((c) => c.includes(selfId));
    if (!found) return [];
    const at = found.indexOf(selfId);
    const cycle = [...found.slice(at), ...found.slice(0, at)]; // told from the segment being edited
    const names = [...cycle, cycle[0]].map((id) => `“${deps.runtime.state.segments.find((s) => s.id === id)?.name ?? 'this segment'}”`);
    return [{ path: '', field: 'segment', code: 'segment_cycle', message: cycle.length === 1
      ? 'The segment refers to itself; remove that condition.'
      : `${names.join(' → ')} refer to each other in a circle; remove one of these references.` }];
  };
  return { view, summary, live, membersOf, commit, problemsOf };
}

function stub(id: string): SegmentDef {
  return { id, name: '', kind: 'dynamic', createdAt: 0, updatedAt: 0 };
}

export function optional<K extends string, T>(key: K, value: T | undefined): Partial<Record<K, T>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, T>);
}
