import { OPERATORS_BY_TYPE } from '../segments/operators-by-type.ts';
import { liveCount } from '../segments/live-count.ts';
import { RuleError } from '../segments/rule-problem.ts';
import type { SegmentDef } from '../segments/segment.ts';
import { segmentFromTemplate, segmentTemplates } from '../segments/templates.ts';
import type { SegmentInput, SegmentsApi } from '../worker/segments-api.ts';
import { optional, segmentContext, type SegmentContext } from './segment-context.ts';
import type { SegmentDeps } from './segment-deps.ts';

type SegmentDefinitionApi = Pick<SegmentsApi, 'fields' | 'segments' | 'segmentTemplates' | 'saveSegment' | 'createFromTemplate' | 'deleteSegment' | 'previewRule' | 'evaluateSegments'>;

/** Segment definitions: the catalogue, templates, edits (validated, re-evaluated, snapshotted), live preview, evaluation on demand. */
export function segmentDefinitionHandlers(deps: SegmentDeps, c: SegmentContext = segmentContext(deps)): SegmentDefinitionApi {
  const { view, summary, live, commit, problemsOf } = c;
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

    async evaluateSegments() {
      await deps.ready;
      const ds = deps.dataset();
      if (!ds.scores) return { ms: 0, segments: 0, schemes: 0 };
      const v = await deps.runtime.refresh(ds, 'manual');
      return { ms: v.ms, segments: v.evaluation.sets.size, schemes: v.schemeStates.size - 1, snapshotId: deps.runtime.state.snapshots.at(-1)?.id };
    },
  };
}
