import { dayOfIso } from '../model/dates.ts';
import type { CustomerScores, Dataset } from '../model/dataset.ts';
import type { Store } from '../data/store.ts';
import type { SegmentState } from '../data/segment-state.ts';
import { assignScheme, rfmSchemeState } from '../segments/assign-scheme.ts';
import { ColumnCache } from '../segments/column-cache.ts';
import type { RuleEnv } from '../segments/compile-rule.ts';
import { evaluateSegments, type SegmentsEvaluation } from '../segments/evaluate-segments.ts';
import type { FieldContext, FieldDef } from '../segments/field.ts';
import { fieldCatalogue } from '../segments/fields/catalogue.ts';
import { liveMembers } from '../segments/live-members.ts';
import { count } from '../segments/member-set.ts';
import { reconstruct, StateCache } from '../segments/reconstruct.ts';
import { segmentChangedDay } from '../segments/segment-changed-day.ts';
import { RFM_SCHEME_ID, type SchemeDef, type SchemeState, type SegmentDef } from '../segments/segment.ts';
import type { SnapshotReason, SnapshotRecord } from '../segments/snapshot.ts';
import { takeSnapshot } from '../segments/take-snapshot.ts';
import type { FieldLookup } from '../segments/validate-rule.ts';

/** Everything evaluated for one dataset: the base of every segment answer until the data or a definition changes. */
export interface SegmentView {
  ds: Dataset;
  scores: CustomerScores;
  catalogue: FieldDef[];
  lookupField: FieldLookup;
  env: RuleEnv;
  evaluation: SegmentsEvaluation;
  /** Live schemes and the RFM scheme, by scheme id. */
  schemeStates: Map<string, SchemeState>;
  liveCount: number;
  ms: number;
}

/**
 * Segments, schemes and their history, kept beside the dataset in the worker: evaluates every
 * segment after each change (issue #3: after every import, recomputation, rule edit, or on demand)
 * and records a snapshot of membership each time.
 */
export class SegmentRuntime {
  state: SegmentState<SnapshotRecord> = { segments: [], schemes: [], snapshots: [] };
  view?: SegmentView;
  readonly history = new StateCache(16);
  private columns = new ColumnCache();

  constructor(private readonly store: Store) {}

  async load(): Promise<void> {
    this.state = await this.store.loadSegmentState<SnapshotRecord>();
  }

  /**
   * Oldest first: the same order on every device and after every reload or merge. Segments made in
   * the same millisecond keep the order they were made in (a stable sort; ids are random).
   */
  liveSegments(): SegmentDef[] {
    return this.state.segments.filter((s) => !s.deleted).sort((a, b) => a.createdAt - b.createdAt);
  }

  liveSchemes(): SchemeDef[] {
    return this.state.schemes.filter((s) => !s.deleted);
  }

  /**
   * Evaluates everything against `ds`. With a reason, records a snapshot; `'load'` records one only
   * when membership differs from the last snapshot (a new day moved the as-of date, say).
   */
  async refresh(ds: Dataset, reason?: SnapshotReason | 'load', changed: { segments?: SegmentDef[]; schemes?: SchemeDef[] } = {}): Promise<SegmentView> {
    const view = this.evaluate(ds);
    let snapshot: SnapshotRecord | undefined;
    if (reason && (reason !== 'load' || this.differsFromLast(view))) {
      const sizes: Record<string, number> = {};
      for (const [id, set] of view.evaluation.sets) sizes[id] = count(set);
      snapshot = takeSnapshot(this.state.snapshots, [...view.schemeStates.values()], sizes,
        { reason: reason === 'load' ? 'recompute' : reason, liveCount: view.liveCount }, { cache: this.history });
    }
    if (snapshot || changed.segments?.length || changed.schemes?.length) {
      await this.store.saveSegmentChanges({ ...changed, snapshots: snapshot ? [snapshot] : [] });
    }
    if (snapshot) this.state = { ...this.state, snapshots: [...this.state.snapshots, snapshot] };
    this.view = view;
    return view;
  }

  /** Replaces definitions in memory (the caller persists them through refresh). */
  put(change: { segments?: SegmentDef[]; schemes?: SchemeDef[] }): void {
    const merge = <T extends { id: string }>(all: T[], next: T[] = []) => {
      const byId = new Map(all.map((x) => [x.id, x]));
      for (const x of next) byId.set(x.id, x);
      return [...byId.values()];
    };
    this.state = { ...this.state, segments: merge(this.state.segments, change.segments), schemes: merge(this.state.schemes, change.schemes) };
  }

  /** Evaluation without recording anything (the view for `ds`, reusing columns when `ds` is unchanged). */
  evaluate(ds: Dataset): SegmentView {
    const started = performance.now();
    const scores = ds.scores;
    if (!scores) throw new Error('The dataset has no scores yet.');
    const reuse = this.view && this.view.ds === ds;
    const catalogue = reuse ? this.view!.catalogue : fieldCatalogue(ds);
    const byId = new Map(catalogue.map((f) => [f.id, f]));
    const lookupField: FieldLookup = (id) => byId.get(id);
    const ctx: FieldContext = reuse ? this.view!.env.ctx : {
      ds, scores,
      today: dayOfIso(scores.scores.settings.asOf) ?? 0,
      rfmChangedDay: segmentChangedDay(this.state.snapshots, RFM_SCHEME_ID, ds.customers.length),
    };
    if (!reuse) this.columns = new ColumnCache();
    const live = liveMembers(ds);
    const evaluation = evaluateSegments(this.liveSegments(), ctx, { lookupField, columns: this.columns });
    const size = ds.customers.length;
    const schemeStates = new Map<string, SchemeState>();
    schemeStates.set(RFM_SCHEME_ID, rfmSchemeState(scores.scores.segment, scores.scores.settings.segmentMap.segments, live));
    for (const scheme of this.liveSchemes()) schemeStates.set(scheme.id, assignScheme(scheme, evaluation.sets, live, size));
    return {
      ds, scores, catalogue, lookupField, evaluation, schemeStates,
      env: { ctx, live, columns: this.columns, segments: evaluation.sets },
      liveCount: count(live),
      ms: performance.now() - started,
    };
  }

  private differsFromLast(view: SegmentView): boolean {
    const last = this.state.snapshots.at(-1);
    if (!last) return true;
    if (last.schemes.length !== view.schemeStates.size) return true;
    for (const [id, state] of view.schemeStates) {
      const before = reconstruct(this.state.snapshots, last.id, id, this.history);
      if (!before || before.codes.length !== state.codes.length || before.labels.join('\n') !== state.labels.join('\n')) return true;
      for (let i = 0; i < state.codes.length; i++) if (before.codes[i] !== state.codes[i]) return true;
    }
    return false;
  }
}
