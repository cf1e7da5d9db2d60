import type { Dataset } from '../model/dataset.ts';
import type { CustomerRow } from '../worker/engine-api.ts';
import type { LookupIndex } from './lookup-index.ts';
import type { SegmentRuntime, SegmentView } from './segment-runtime.ts';

/** What the segment handlers need from the engine. */
export interface SegmentDeps {
  /** Segments loaded and evaluated (after the data). */
  ready: Promise<void>;
  /** The saved data (and its scores) usable; segments may still be loading. */
  dataReady: Promise<void>;
  dataset(): Dataset;
  runtime: SegmentRuntime;
  row(i: number): CustomerRow;
  index(): LookupIndex;
  /** Live customer positions, biggest spenders first. */
  ranked(): number[];
}

/** The evaluated view of the current dataset (evaluated now if the data changed since). */
export function currentView(deps: SegmentDeps): SegmentView {
  const ds = deps.dataset();
  const view = deps.runtime.view;
  if (view && view.ds === ds) return view;
  return (deps.runtime.view = deps.runtime.evaluate(ds));
}
