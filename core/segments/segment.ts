import type { Rule } from './rule.ts';

/** One customer's membership mark in a static segment; the latest mark wins (sync merges them as LWW sets). */
export interface MemberMark {
  in: boolean;
  /** ms since epoch of the addition or removal. */
  at: number;
}

/** Size watch: a segment outside [min, max] is flagged. `share` bounds are fractions of live customers (0..1). */
export interface SizeBounds {
  min?: number;
  max?: number;
  unit: 'count' | 'share';
}

/** A persona's editable name and description (the computed summary is in core/metrics). */
export interface PersonaText {
  name?: string;
  description?: string;
}

export interface SegmentDef {
  /** Stable id (UUID, or `tpl:<template>` … as created); never reused. */
  id: string;
  name: string;
  description?: string;
  /** CSS colour for badges and charts. */
  color?: string;
  kind: 'dynamic' | 'static';
  /** Dynamic segments: re-evaluated after every import, recomputation, rule edit, or on demand. */
  rule?: Rule;
  /** Static segments: customer id → latest mark; members are the ids whose latest mark is `in`. */
  members?: Record<string, MemberMark>;
  bounds?: SizeBounds;
  persona?: PersonaText;
  /** Template id it was created from, if any. */
  template?: string;
  createdAt: number;
  updatedAt: number;
  /** Tombstone (kept for sync). */
  deleted?: boolean;
}

/** An ordered list of segments: each customer belongs to the first that matches, else to "everyone else". */
export interface SchemeDef {
  id: string;
  name: string;
  segmentIds: string[];
  createdAt: number;
  updatedAt: number;
  deleted?: boolean;
}

/** The built-in scheme of RFM segments (the settings' segment map), always recorded in snapshots. */
export const RFM_SCHEME_ID = 'rfm';

/**
 * The membership of one scheme over customer positions, as snapshots record it:
 * codes[i] indexes labels (the scheme's segment ids, or the RFM segment names), -1 = everyone else / not scored,
 * -2 = no live customer at this position.
 */
export interface SchemeState {
  schemeId: string;
  labels: string[];
  codes: Int16Array;
}
