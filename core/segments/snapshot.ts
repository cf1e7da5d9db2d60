import type { SchemeState } from './segment.ts';

/** Why a snapshot was taken; other strings are allowed for future causes. */
export type SnapshotReason = 'import' | 'recompute' | 'rule-edit' | 'settings' | 'manual' | 'sync' | (string & {});

/** Codes fit Int8 when a scheme has fewer than 128 labels (halves keyframes); readers just index them. */
export type Codes = Int8Array | Int16Array;

/**
 * One scheme in one snapshot. `codes` index this snapshot's own `labels` (-1 everyone else, -2 not live).
 * - keyframe: `codes[i]` for every position i < customerCount.
 * - delta: the state of snapshot `base` for the same scheme (same labels, positions at or past its
 *   customerCount counting as -2), with `codes[k]` at the k-th of the ascending positions coded in `gaps`
 *   (see position-gaps.ts; there are `codes.length`). Naming the base rather than "the previous one" keeps
 *   chains valid when histories from two devices are merged. `depth` counts deltas since the keyframe,
 *   `chain` their changed positions (this one included): both bound reconstruction.
 */
export type SchemeRecord = KeyframeRecord | DeltaRecord;
export interface KeyframeRecord { schemeId: string; labels: string[]; kind: 'keyframe'; depth: 0; codes: Codes }
export interface DeltaRecord {
  schemeId: string; labels: string[]; kind: 'delta'; base: string; depth: number; chain: number; gaps: Uint8Array; codes: Codes;
}

/**
 * A membership snapshot, recorded at every recomputation; append-only. Only typed arrays, strings,
 * numbers and plain objects, so it goes into IndexedDB by structured clone as is.
 */
export interface SnapshotRecord {
  /** UUID; never reused (histories merge by id). */
  id: string;
  /** ms since epoch. */
  takenAt: number;
  reason: SnapshotReason;
  /** Positions 0..customerCount-1 of this device's dataset at the time. */
  customerCount: number;
  schemes: SchemeRecord[];
  /** Segment id → member count (each segment on its own, before any scheme). */
  segmentSizes: Record<string, number>;
  liveCount: number;
}

/** Time order of snapshots: by takenAt, then id (a total order identical on every device). */
export function compareSnapshots(a: SnapshotRecord, b: SnapshotRecord): number {
  return a.takenAt - b.takenAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function inTimeOrder(history: Iterable<SnapshotRecord>): SnapshotRecord[] {
  return [...history].sort(compareSnapshots);
}

export function schemeOf(record: SnapshotRecord, schemeId: string): SchemeRecord | undefined {
  return record.schemes.find((s) => s.schemeId === schemeId);
}

/** A SchemeState with its codes copied: what a caller may mutate. */
export function copyState(state: SchemeState): SchemeState {
  return { schemeId: state.schemeId, labels: [...state.labels], codes: state.codes.slice() };
}
