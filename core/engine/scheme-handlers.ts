import { overlapMatrix } from '../segments/overlap-matrix.ts';
import type { SchemeDef } from '../segments/segment.ts';
import type { SchemeSummary, SegmentsApi } from '../worker/segments-api.ts';
import { segmentContext, type SegmentContext } from './segment-context.ts';
import type { SegmentDeps } from './segment-deps.ts';
import type { SegmentView } from './segment-runtime.ts';

type SchemeApi = Pick<SegmentsApi, 'schemes' | 'saveScheme' | 'deleteScheme' | 'overlap'>;

/** Schemes (ordered, non-overlapping segments) and the overlap of segments outside them. */
export function schemeHandlers(deps: SegmentDeps, c: SegmentContext = segmentContext(deps)): SchemeApi {
  const { view, live, commit } = c;
  return {
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

