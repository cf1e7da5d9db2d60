export interface Row {
  metric: string;
  target: string;
  measured: string;
  /** 'yes' or 'no' against the target; empty for a figure without one. */
  ok: '' | 'yes' | 'no';
}
/** Table rows from the results object bench/run.mjs writes to results.json. */
// The results object is plain JSON assembled by bench/run.mjs; its shape is documented there and in BrowserBenchResult.
export declare function rows(results: Record<string, unknown>): Row[];
export declare function plainTable(rows: Row[]): string;
export declare function markdownTable(rows: Row[]): string;
