import { exportSegment } from '../export/segment-export.ts';
import { campaignMetrics } from '../metrics/campaign-metrics.ts';
import { fitClvModel, type ClvResult } from '../metrics/clv.ts';
import { metricsBase, type MetricsBase } from '../metrics/metrics-base.ts';
import { personaBase, type PersonaBase } from '../metrics/persona-base.ts';
import { personaSummary } from '../metrics/persona.ts';
import { personaText } from '../metrics/persona-text.ts';
import { segmentMetrics } from '../metrics/segment-metrics.ts';
import type { Dataset } from '../model/dataset.ts';
import { customerMoves } from '../segments/customer-moves.ts';
import { movementMatrix } from '../segments/movement-matrix.ts';
import { slug } from '../segments/rules-file.ts';
import { RFM_SCHEME_ID } from '../segments/segment.ts';
import { liveMembers } from '../segments/live-members.ts';
import { sizeHistory } from '../segments/size-watch.ts';
import type { MemberSet } from '../segments/member-set.ts';
import type { SegmentsApi } from '../worker/segments-api.ts';
import { currentView, type SegmentDeps } from './segment-deps.ts';
import { rfmGrid } from './rfm-grid.ts';
import type { SegmentView } from './segment-runtime.ts';

type InsightApi = Pick<SegmentsApi,
  | 'rfmGrid' | 'overallMetrics' | 'snapshots' | 'movement' | 'customerMoves' | 'sizeHistory' | 'segmentMetrics' | 'fitClv' | 'persona' | 'campaignResults' | 'exportSegment'>;

/** History, metrics, CLV, personas, campaign results and exports of segments. */
export function segmentInsightHandlers(deps: SegmentDeps): InsightApi {

  // Derived per dataset: dropped when the dataset object changes (after any import or edit).
  let bases: { ds: Dataset; key: string; base: MetricsBase } | undefined;
  let persona: { ds: Dataset; base: PersonaBase } | undefined;
  let clv: { ds: Dataset; result: ClvResult } | undefined;

  const view = async (): Promise<SegmentView> => {
    await deps.ready;
    return currentView(deps);
  };
  const baseOf = (v: Pick<SegmentView, 'ds' | 'scores'>, churnDays = 180, retentionDays = 90): MetricsBase => {
    const key = `${churnDays}/${retentionDays}`;
    if (bases?.ds === v.ds && bases.key === key) return bases.base;
    bases = { ds: v.ds, key, base: metricsBase(v.ds, v.scores, { churnDays, retentionDays }) };
    return bases.base;
  };
  // The dashboard's first panels (heat map, headline metrics) need the scored data, not the segments:
  // they answer before the segments are evaluated after a reload.
  let liveSet: { ds: Dataset; set: MemberSet } | undefined;
  const scoredData = async () => {
    await deps.dataReady;
    const ds = deps.dataset();
    if (liveSet?.ds !== ds) liveSet = { ds, set: liveMembers(ds) };
    return { ds, scores: ds.scores!, live: liveSet.set };
  };
  const setOf = (v: SegmentView, id: string): MemberSet => {
    const segment = deps.runtime.liveSegments().find((s) => s.id === id);
    if (!segment) throw new Error(`No segment with id ${id}.`);
    const set = v.evaluation.sets.get(id);
    if (!set) throw v.evaluation.errors.get(id) ?? new Error(`“${segment.name}” could not be evaluated.`);
    return set;
  };
  const schemeName = (id: string) => (id === RFM_SCHEME_ID ? 'RFM' : deps.runtime.state.schemes.find((s) => s.id === id)?.name ?? id);
  const labelName = (schemeId: string, label: string) =>
    schemeId === RFM_SCHEME_ID ? label : deps.runtime.state.segments.find((s) => s.id === label)?.name ?? label;

  return {
    async rfmGrid() {
      return rfmGrid((await scoredData()).scores);
    },

    async overallMetrics(request = {}) {
      const v = await scoredData();
      const model = clv && clv.ds === v.ds ? clv.result : undefined;
      return segmentMetrics(baseOf(v, request.churnDays, request.retentionDays), v.live, { clv: model });
    },

    async snapshots() {
      await deps.ready;
      return deps.runtime.state.snapshots.map(({ id, takenAt, reason, liveCount, segmentSizes }) => ({ id, takenAt, reason, liveCount, segmentSizes }));
    },

    async movement(schemeId, fromSnapshotId, toSnapshotId) {
      await deps.ready;
      const started = performance.now();
      const m = movementMatrix(deps.runtime.state.snapshots, fromSnapshotId, toSnapshotId, schemeId, deps.runtime.history);
      const from = deps.runtime.state.snapshots.find((s) => s.id === fromSnapshotId);
      const to = deps.runtime.state.snapshots.find((s) => s.id === toSnapshotId);
      if (!m || !from || !to) throw new Error('Both snapshots must exist and hold the scheme.');
      return {
        schemeId,
        from: { snapshotId: from.id, takenAt: from.takenAt },
        to: { snapshotId: to.id, takenAt: to.takenAt },
        fromLabels: [...m.fromLabels.map((l) => labelName(schemeId, l)), 'everyone else', 'new'],
        toLabels: [...m.toLabels.map((l) => labelName(schemeId, l)), 'everyone else', 'gone'],
        counts: m.counts,
        ms: performance.now() - started,
      };
    },

    async customerMoves(customerId) {
      await deps.ready;
      const position = deps.dataset().customers.findIndex((c) => c.id === customerId);
      if (position < 0) throw new Error(`No customer with id ${customerId}.`);
      const place = (schemeId: string, p: string | null | undefined) => (typeof p === 'string' ? labelName(schemeId, p) : p);
      return customerMoves(deps.runtime.state.snapshots, position).map((m) => ({
        at: m.at, schemeId: m.schemeId, schemeName: schemeName(m.schemeId), from: place(m.schemeId, m.from), to: place(m.schemeId, m.to),
      }));
    },

    async sizeHistory(segmentId) {
      await deps.ready;
      const segment = deps.runtime.state.segments.find((s) => s.id === segmentId);
      if (!segment) throw new Error(`No segment with id ${segmentId}.`);
      return sizeHistory(deps.runtime.state.snapshots, segmentId, segment.bounds)
        .map(({ at, size, flag }) => ({ at, size, ...(flag ? { flag } : {}) }));
    },

    async segmentMetrics(segmentIds, request = {}) {
      const v = await view();
      const base = baseOf(v, request.churnDays, request.retentionDays);
      const model = clv && clv.ds === v.ds ? clv.result : undefined;
      const ids = segmentIds ?? deps.runtime.liveSegments().map((s) => s.id);
      return ids.map((segmentId) => ({ segmentId, metrics: segmentMetrics(base, setOf(v, segmentId), { clv: model }) }));
    },

    async fitClv() {
      const v = await view();
      const result = clv && clv.ds === v.ds ? clv.result : await fitClvModel(v.ds, v.scores);
      clv = { ds: v.ds, result };
      if (!result.ok) return { ok: false, reason: result.reason, message: result.message, buyers: result.buyers, repeatBuyers: result.repeatBuyers, ms: result.ms };
      const { r, alpha, a, b } = result.bgNbd;
      const { p, q, gamma } = result.gammaGamma;
      return { ok: true, buyers: result.buyers, repeatBuyers: result.repeatBuyers, horizonDays: result.horizonDays, params: { r, alpha, a, b, p, q, gamma }, ms: result.ms };
    },

    async persona(segmentId) {
      const v = await view();
      const pb = persona && persona.ds === v.ds ? persona.base : personaBase(v.ds, baseOf(v));
      persona = { ds: v.ds, base: pb };
      const summary = personaSummary(pb, setOf(v, segmentId));
      const edited = deps.runtime.state.segments.find((s) => s.id === segmentId)?.persona;
      return { ...summary, text: { en: personaText(summary, 'en', edited), ru: personaText(summary, 'ru', edited) } };
    },

    async campaignResults(segmentId) {
      const v = await view();
      if (!v.ds.campaigns) return undefined;
      return campaignMetrics(baseOf(v), v.ds.campaigns, segmentId ? setOf(v, segmentId) : v.env.live);
    },

    async exportSegment(segmentId, request) {
      const v = await view();
      const segment = deps.runtime.liveSegments().find((s) => s.id === segmentId);
      const members = setOf(v, segmentId);
      const out = exportSegment({ customers: v.ds.customers, members, scores: v.scores }, {
        preset: request.preset, format: request.format, delimiter: request.delimiter, bom: request.bom, consentOnly: request.consentOnly,
      });
      return {
        fileName: `${slug(segment!.name)}-${request.preset}.${out.extension}`,
        mimeType: out.mimeType,
        text: out.text,
        rows: out.summary.rows,
        skippedNoConsent: out.summary.skippedNoConsent,
        skippedNoContact: out.summary.skippedNoContact,
        truncatedCells: out.summary.truncatedCells,
      };
    },
  };
}
