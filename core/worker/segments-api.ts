/** The segment part of the engine's API (issue #3), as the UI and the command line see it. */
import type { ExportPresetId } from '../export/presets/index.ts';
import type { SegmentCampaigns } from '../metrics/campaign-metrics.ts';
import type { PersonaSummary } from '../metrics/persona.ts';
import type { SegmentMetrics } from '../metrics/segment-metrics.ts';
import type { FieldCategory, FieldParamDef, FieldType, Label } from '../segments/field.ts';
import type { RuleProblem } from '../segments/rule-problem.ts';
import type { Operator, Rule } from '../segments/rule.ts';
import type { PersonaText, SegmentDef, SizeBounds } from '../segments/segment.ts';
import type { CustomerPage, CustomerRow } from './engine-api.ts';

export type { RuleProblem, SegmentMetrics, PersonaSummary, SegmentCampaigns, ExportPresetId };

/** A field of the rule editor: what it is, how it is labelled, which operators it takes. */
export interface FieldInfo {
  id: string;
  type: FieldType;
  category: FieldCategory;
  label: Label;
  unit?: string;
  params?: FieldParamDef[];
  operators: Operator[];
  /** Known values for closed sets (gender, RFM segments, …). */
  options?: string[];
}

export interface SegmentStatus {
  size: number;
  /** Of live customers, 0..1. */
  share: number;
  matchesNobody: boolean;
  matchesEveryone: boolean;
  /** Outside the size watch bounds. */
  bounds?: 'below' | 'above';
  /** Static segments: member ids no longer in the data. */
  unknownMembers: number;
  /** The segment could not be evaluated (its rule, a cycle, or a segment it refers to). */
  problems?: RuleProblem[];
}

export interface SegmentSummary extends SegmentStatus {
  segment: SegmentDef;
  /** Schemes the segment is part of. */
  schemeIds: string[];
}

/** What the user edits; an absent id creates a segment. */
export interface SegmentInput {
  id?: string;
  name: string;
  kind: 'dynamic' | 'static';
  rule?: Rule;
  description?: string;
  color?: string;
  bounds?: SizeBounds | null;
  persona?: PersonaText;
}

export interface TemplateInfo {
  id: string;
  name: Label;
  description: Label;
}

export interface RulePreview {
  /** Undefined while the rule has problems. */
  count?: number;
  share?: number;
  sample: CustomerRow[];
  problems: RuleProblem[];
  matchesNobody?: boolean;
  matchesEveryone?: boolean;
  ms: number;
}

export interface MemberChange {
  /** Customer ids, emails or phones (any format the import reads). */
  add?: string[];
  remove?: string[];
}

export interface MemberChangeResult {
  added: number;
  removed: number;
  /** Entries that matched no customer, as given. */
  unmatched: string[];
  summary: SegmentSummary;
}

export interface SchemeInput {
  id?: string;
  name: string;
  segmentIds: string[];
}

export interface SchemeSummary {
  id: string;
  name: string;
  segmentIds: string[];
  /** Customers in each segment of the scheme (first match wins), same order as segmentIds. */
  counts: number[];
  /** Live customers in none of them. */
  everyoneElse: number;
  updatedAt: number;
}

export interface OverlapMatrix {
  segmentIds: string[];
  /** counts[i][j] = customers in both; the diagonal holds sizes. */
  counts: number[][];
}

export interface SnapshotInfo {
  id: string;
  takenAt: number;
  reason: string;
  liveCount: number;
  segmentSizes: Record<string, number>;
}

export interface Movement {
  schemeId: string;
  from: { snapshotId: string; takenAt: number };
  to: { snapshotId: string; takenAt: number };
  /** Row and column labels: the segments' names (or RFM segment names), then "everyone else", "new" / "gone". */
  fromLabels: string[];
  toLabels: string[];
  counts: number[][];
  ms: number;
}

export interface CustomerMoveInfo {
  at: number;
  schemeId: string;
  schemeName: string;
  /** Segment names; undefined = everyone else, null = not yet a customer. */
  from?: string | null;
  to?: string | null;
}

export interface SizePointInfo {
  at: number;
  size: number;
  flag?: 'below' | 'above';
}

export interface MetricsRequest {
  /** Days without an order after which a buyer counts as churned (default 180). */
  churnDays?: number;
  /** Length of the retention period (default 90 days). */
  retentionDays?: number;
}

export interface SegmentMetricsRow {
  segmentId: string;
  metrics: SegmentMetrics;
}

export interface ClvStatus {
  ok: boolean;
  /** When not fitted: why, in English (the UI translates by `reason`). */
  reason?: string;
  message?: string;
  buyers: number;
  repeatBuyers: number;
  horizonDays?: number;
  params?: { r: number; alpha: number; a: number; b: number; p: number; q: number; gamma: number };
  ms: number;
}

export interface ExportRequest {
  preset: ExportPresetId;
  format?: 'csv' | 'json';
  /** `;` for Excel in locales with a decimal comma. */
  delimiter?: ',' | ';';
  bom?: boolean;
  consentOnly?: boolean;
}

export interface SegmentExportFile {
  fileName: string;
  mimeType: string;
  text: string;
  rows: number;
  skippedNoConsent: number;
  skippedNoContact: number;
  truncatedCells: number;
}

export interface EvaluationInfo {
  ms: number;
  segments: number;
  schemes: number;
  snapshotId?: string;
}

/** The RFM heat map: scored customers and their average spend per (r, FM) cell. */
export interface RfmGrid {
  classes: number;
  /** cells[r-1][fm-1]. */
  cells: { r: number; fm: number; customers: number; avgMonetary?: number; segment?: string }[][];
  scored: number;
}

export interface SegmentsApi {
  rfmGrid(): Promise<RfmGrid>;
  /** Metrics of all live customers (the dashboard's headline figures). */
  overallMetrics(request?: MetricsRequest): Promise<SegmentMetrics>;
  fields(): Promise<FieldInfo[]>;
  segments(): Promise<SegmentSummary[]>;
  segmentTemplates(): Promise<TemplateInfo[]>;
  /** Validates (rule, cycles), saves, re-evaluates and records a snapshot; throws RuleError with every problem. */
  saveSegment(input: SegmentInput): Promise<SegmentSummary>;
  /** Name and description in `lang` (default English). */
  createFromTemplate(templateId: string, lang?: 'en' | 'ru'): Promise<SegmentSummary>;
  /** Tombstones it; schemes drop it; a segment referring to it then reports a problem. */
  deleteSegment(id: string): Promise<void>;
  /** Live count and a sample while a rule is edited; never throws for an incomplete rule. */
  previewRule(rule: unknown, sampleSize?: number): Promise<RulePreview>;
  /** A new static segment holding the current members of `id`. */
  freezeSegment(id: string, name?: string): Promise<SegmentSummary>;
  changeMembers(id: string, change: MemberChange): Promise<MemberChangeResult>;
  segmentMembers(id: string, page: { offset: number; limit: number }): Promise<CustomerPage>;
  schemes(): Promise<SchemeSummary[]>;
  saveScheme(input: SchemeInput): Promise<SchemeSummary>;
  deleteScheme(id: string): Promise<void>;
  /** For the given segments (default: every segment outside a scheme). */
  overlap(segmentIds?: string[]): Promise<OverlapMatrix>;
  /** Re-evaluates every segment now and records a snapshot. */
  evaluateSegments(): Promise<EvaluationInfo>;
  snapshots(): Promise<SnapshotInfo[]>;
  movement(schemeId: string, fromSnapshotId: string, toSnapshotId: string): Promise<Movement>;
  customerMoves(customerId: string): Promise<CustomerMoveInfo[]>;
  sizeHistory(segmentId: string): Promise<SizePointInfo[]>;
  segmentMetrics(segmentIds?: string[], request?: MetricsRequest): Promise<SegmentMetricsRow[]>;
  /** Fits BG/NBD + Gamma–Gamma on the current data (kept until the data changes); metrics then include predictions. */
  fitClv(): Promise<ClvStatus>;
  persona(segmentId: string): Promise<PersonaSummary & { text: { en: Required<PersonaText>; ru: Required<PersonaText> } }>;
  campaignResults(segmentId?: string): Promise<SegmentCampaigns | undefined>;
  exportSegment(segmentId: string, request: ExportRequest): Promise<SegmentExportFile>;
}
