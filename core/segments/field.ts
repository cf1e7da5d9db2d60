import type { CustomerScores, Dataset } from '../model/dataset.ts';

/** A label in each UI language. */
export interface Label { en: string; ru: string }

export type FieldType = 'text' | 'number' | 'date' | 'tags' | 'boolean' | 'segment';

export type FieldCategory =
  | 'demographic' | 'geographic' | 'psychographic' | 'behavioural' | 'rfm' | 'needs' | 'technographic' | 'loyalty'
  | 'membership' | 'custom';

/**
 * The values of one field for every customer position of a dataset, in the form operators scan fast:
 * text and tags are dictionary-encoded so a `contains` tests each distinct value once, not 100k times.
 */
export type FieldColumn =
  /** codes[i] indexes dict, -1 = no value. dict holds values as shown (not lower-cased). */
  | { type: 'text'; codes: Int32Array; dict: string[] }
  /** NaN = no value. */
  | { type: 'number'; values: Float64Array }
  /** Day numbers (days since 1970-01-01, see core/model/dates.ts), NaN = no value. */
  | { type: 'date'; values: Float64Array }
  /** Customer i has codes[offsets[i] .. offsets[i+1]) into dict (CSR layout); none = no value. */
  | { type: 'tags'; offsets: Int32Array; codes: Int32Array; dict: string[] }
  /** 0 false, 1 true, 2 no value. */
  | { type: 'boolean'; values: Uint8Array };

/** What a field reads to build its column. */
export interface FieldContext {
  ds: Dataset;
  scores: CustomerScores;
  /** Day number of the scores' as-of date: "today" for relative dates (in the last N days, age). */
  today: number;
  /** Per customer position, the day the RFM segment last changed (from snapshot history), NaN when unknown. */
  rfmChangedDay?: Float64Array;
}

export interface FieldParamDef {
  name: string;
  label: Label;
  type: 'number' | 'text';
  default: number | string;
  min?: number;
  max?: number;
}

export interface FieldDef {
  /** Stable id used in rules (camelCase), or `attr:<header>` for a custom attribute. */
  id: string;
  type: FieldType;
  category: FieldCategory;
  label: Label;
  /** How numbers are shown and entered: money is in minor units (kopecks, cents) in rules too. */
  unit?: 'days' | 'money' | 'count' | 'years' | 'score' | 'month';
  params?: FieldParamDef[];
  /** Known values the editor offers (gender codes, RFM segment names, …), when the set is closed. */
  options?: (ctx: FieldContext) => string[];
  /** The column over all customer positions (callers cache it per dataset and params). Not for type `segment`. */
  column(ctx: FieldContext, params: Record<string, number | string>): FieldColumn;
}
