import { OPERATORS_BY_TYPE } from '../segments/operators-by-type.ts';
import { liveCount } from '../segments/live-count.ts';
import { count, forEachMember, has, type MemberSet } from '../segments/member-set.ts';
import { overlapMatrix } from '../segments/overlap-matrix.ts';
import { RuleError, type RuleProblem } from '../segments/rule-problem.ts';
import { segmentCycles } from '../segments/segment-cycles.ts';
import { RFM_SCHEME_ID, type MemberMark, type SchemeDef, type SegmentDef } from '../segments/segment.ts';
import { segmentFromTemplate, segmentTemplates } from '../segments/templates.ts';
import { validateRule } from '../segments/validate-rule.ts';
import type { CustomerPage } from '../worker/engine-api.ts';
import type { MemberChangeResult, SchemeSummary, SegmentInput, SegmentsApi } from '../worker/segments-api.ts';
import { currentView, type SegmentDeps } from './segment-deps.ts';
import type { SegmentView } from './segment-runtime.ts';
import { segmentSummary } from './segment-summary.ts';

type DefinitionApi = Pick<SegmentsApi,
  | 'fields' | 'segments' | 'segmentTemplates' | 'saveSegment' | 'createFromTemplate' | 'deleteSegment' | 'previewRule'
  | 'freezeSegment' | 'changeMembers' | 'segmentMembers' | 'schemes' | 'saveScheme' | 'deleteScheme' | 'overlap' | 'evaluateSegments'>;

/** Segment and scheme definitions: list, edit (validated, re-evaluated, snapshotted), preview, members. */
export function segmentDefinitionHandlers(deps: SegmentDeps): DefinitionApi {

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
  /** Saves changed definitions, re-evaluates everything and records the snapshot, in one go. */
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

  return {
    async fields() {
      const v = await view();
      return v.catalogue.map((f) => ({
        id: f.id, type: f.type, category: f.category, label: f.label,
        ...(f.unit ? { unit: f.unit } : {}),
        ...(f.params ? { params: f.params } : {}),
        operators: [...OPERATORS_BY_TYPE[f.type]],
        ...(f.options ? { options: f.options(v.env.ctx) } : f.type === 'segment' ? { options: deps.runtime.liveSegments().map((s) => s.id) } : {}),
      }));
    },

    async segments() {
      const v = await view();
      return deps.runtime.liveSegments().map((s) => summary(v, s));
    },

    async segmentTemplates() {
      const v = await view();
      return segmentTemplates(v.scores.scores.settings.segmentMap.segments).map(({ id, name, description }) => ({ id, name, description }));
    },

    async saveSegment(input: SegmentInput) {
      const v = await view();
      const now = Date.now();
      const existing = input.id ? live(input.id) : undefined;
      const id = existing?.id ?? crypto.randomUUID();
      if (!input.name.trim()) throw new RuleError([{ path: '', code: 'bad_value', message: 'A segment needs a name.' }]);
      if (input.kind === 'dynamic') {
        const problems = problemsOf(v, input.rule, id);
        if (problems.length) throw new RuleError(problems);
      }
      const def: SegmentDef = {
        id, name: input.name.trim(), kind: input.kind,
        createdAt: existing?.createdAt ?? now, updatedAt: now,
        ...(input.kind === 'dynamic' ? { rule: input.rule } : { members: existing?.members ?? {} }),
        ...optional('description', input.description ?? existing?.description),
        ...optional('color', input.color ?? existing?.color),
        ...optional('bounds', input.bounds === null ? undefined : input.bounds ?? existing?.bounds),
        ...optional('persona', input.persona ?? existing?.persona),
        ...optional('template', existing?.template),
      };
      return summary(await commit({ segments: [def] }), def);
    },

    async createFromTemplate(templateId, lang: 'en' | 'ru' = 'en') {
      const v = await view();
      const tpl = segmentTemplates(v.scores.scores.settings.segmentMap.segments).find((t) => t.id === templateId);
      if (!tpl) throw new Error(`No segment template ${templateId}.`);
      const def = segmentFromTemplate(tpl, v.env.ctx, v.lookupField, { id: crypto.randomUUID(), now: Date.now(), lang });
      return summary(await commit({ segments: [def] }), def);
    },

    async deleteSegment(id) {
      await view();
      const now = Date.now();
      const segment = { ...live(id), deleted: true, updatedAt: now };
      const schemes = deps.runtime.liveSchemes().filter((s) => s.segmentIds.includes(id))
        .map((s) => ({ ...s, segmentIds: s.segmentIds.filter((x) => x !== id), updatedAt: now }));
      await commit({ segments: [segment], schemes });
    },

    async previewRule(rule, sampleSize = 10) {
      const started = performance.now();
      const v = await view();
      const problems = problemsOf(v, rule);
      if (problems.length) return { problems, sample: [], ms: performance.now() - started };
      const r = liveCount(rule, v.env, v.lookupField, sampleSize);
      return {
        count: r.count,
        share: v.liveCount ? r.count / v.liveCount : 0,
        sample: r.sample.map((i) => deps.row(i)),
        problems: [],
        matchesNobody: r.count === 0,
        matchesEveryone: r.count > 0 && r.count === v.liveCount,
        ms: performance.now() - started,
      };
    },

    async freezeSegment(id, name) {
      const v = await view();
      const source = live(id);
      const set = membersOf(v, id);
      const now = Date.now();
      const members: Record<string, MemberMark> = {};
      forEachMember(set, (i) => { members[v.ds.customers[i].id] = { in: true, at: now }; });
      const def: SegmentDef = {
        id: crypto.randomUUID(), kind: 'static', members, createdAt: now, updatedAt: now,
        name: name?.trim() || `${source.name} (${new Date(now).toISOString().slice(0, 10)})`,
        ...optional('description', source.description),
        ...optional('color', source.color),
      };
      return summary(await commit({ segments: [def] }), def);
    },

    async changeMembers(id, change): Promise<MemberChangeResult> {
      const v = await view();
      const segment = live(id);
      if (segment.kind !== 'static') throw new Error(`“${segment.name}” is a dynamic segment: its members follow its rule. Freeze it to edit members.`);
      const now = Date.now();
      const members = { ...segment.members };
      const unmatched: string[] = [];
      let added = 0, removed = 0;
      const apply = (entries: readonly string[] | undefined, into: boolean) => {
        for (const entry of entries ?? []) {
          if (!entry.trim()) continue;
          const found = deps.index().exactly(entry);
          if (!found.length) unmatched.push(entry);
          for (const i of found) {
            const cid = v.ds.customers[i].id;
            if ((members[cid]?.in ?? false) !== into) into ? added++ : removed++;
            members[cid] = { in: into, at: now };
          }
        }
      };
      apply(change.add, true);
      apply(change.remove, false);
      const def: SegmentDef = { ...segment, members, updatedAt: now };
      return { added, removed, unmatched, summary: summary(await commit({ segments: [def] }), def) };
    },

    async segmentMembers(id, { offset, limit }): Promise<CustomerPage> {
      const v = await view();
      const set = membersOf(v, id);
      const rows = deps.ranked().filter((i) => has(set, i));
      return { total: rows.length, rows: rows.slice(offset, offset + limit).map((i) => deps.row(i)) };
    },

    async schemes() {
      const v = await view();
      return deps.runtime.liveSchemes().map((s) => schemeSummary(v, s));
    },

    async saveScheme(input) {
      await view();
      const now = Date.now();
      const existing = input.id ? deps.runtime.liveSchemes().find((s) => s.id === input.id) : undefined;
      if (input.id && !existing) throw new Error(`No scheme with id ${input.id}.`);
      if (!input.name.trim()) throw new Error('A scheme needs a name.');
      const seen = new Set<string>();
      for (const sid of input.segmentIds) {
        if (seen.has(sid)) throw new Error(`“${live(sid).name}” is twice in the scheme; a segment can be in it once.`);
        seen.add(sid);
        live(sid);
      }
      const def: SchemeDef = {
        id: existing?.id ?? crypto.randomUUID(), name: input.name.trim(), segmentIds: [...input.segmentIds],
        createdAt: existing?.createdAt ?? now, updatedAt: now,
      };
      return schemeSummary(await commit({ schemes: [def] }), def);
    },

    async deleteScheme(id) {
      await view();
      const scheme = deps.runtime.liveSchemes().find((s) => s.id === id);
      if (!scheme) throw new Error(`No scheme with id ${id}.`);
      await commit({ schemes: [{ ...scheme, deleted: true, updatedAt: Date.now() }] });
    },

    async overlap(segmentIds) {
      const v = await view();
      const inSchemes = new Set(deps.runtime.liveSchemes().flatMap((s) => s.segmentIds));
      const ids = (segmentIds ?? deps.runtime.liveSegments().filter((s) => !inSchemes.has(s.id)).map((s) => s.id))
        .filter((id) => v.evaluation.sets.has(id));
      return { segmentIds: ids, counts: overlapMatrix(ids.map((id) => v.evaluation.sets.get(id)!)) };
    },

    async evaluateSegments() {
      await deps.ready;
      const ds = deps.dataset();
      if (!ds.scores) return { ms: 0, segments: 0, schemes: 0 };
      const v = await deps.runtime.refresh(ds, 'manual');
      return { ms: v.ms, segments: v.evaluation.sets.size, schemes: v.schemeStates.size - 1, snapshotId: deps.runtime.state.snapshots.at(-1)?.id };
    },
  };
}

function schemeSummary(v: SegmentView, scheme: SchemeDef): SchemeSummary {
  const state = v.schemeStates.get(scheme.id);
  const perLabel = new Map<string, number>();
  let everyoneElse = 0;
  if (state) {
    const tally = new Int32Array(state.labels.length);
    for (const c of state.codes) {
      if (c >= 0) tally[c]++;
      else if (c === -1) everyoneElse++;
    }
    state.labels.forEach((label, k) => perLabel.set(label, tally[k]));
  }
  return {
    id: scheme.id, name: scheme.name, segmentIds: [...scheme.segmentIds],
    counts: scheme.segmentIds.map((id) => perLabel.get(id) ?? 0), everyoneElse, updatedAt: scheme.updatedAt,
  };
}

function stub(id: string): SegmentDef {
  return { id, name: '', kind: 'dynamic', createdAt: 0, updatedAt: 0 };
}

function optional<K extends string, T>(key: K, value: T | undefined): Partial<Record<K, T>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, T>);
}

export { RFM_SCHEME_ID, count };
