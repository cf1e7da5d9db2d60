import { lwwCompare, sameValue } from './lww.ts';
import type { KindSummary } from './merge-plan.ts';
import { mergeMembers } from './merge-members.ts';
import type { SchemeDef, SegmentDef } from '../segments/segment.ts';

interface Versioned { id: string; updatedAt: number; deleted?: boolean }

/** The merge of two versions of one record and whether the incoming one's own fields won. */
export interface Merged<T> { result: T; theirsWon: boolean }

export type MergeRecord<T> = (mine: T, theirs: T) => Merged<T>;

export function lwwRecord<T extends Versioned>(mine: T, theirs: T): Merged<T> {
  const theirsWon = lwwCompare(theirs.updatedAt, mine.updatedAt, theirs, mine) > 0;
  return { result: theirsWon ? theirs : mine, theirsWon };
}

/** Segment fields by last writer wins, static members per member mark (see mergeMembers). */
export function mergeSegment(mine: SegmentDef, theirs: SegmentDef): Merged<SegmentDef> {
  const { members: myMembers, ...myFields } = mine;
  const { members: theirMembers, ...theirFields } = theirs;
  const theirsWon = lwwCompare(theirs.updatedAt, mine.updatedAt, theirFields, myFields) > 0;
  const members = mergeMembers(myMembers, theirMembers);
  const result: SegmentDef = { ...(theirsWon ? theirFields : myFields) };
  if (members) result.members = members;
  return { result, theirsWon };
}

export const mergeScheme: MergeRecord<SchemeDef> = lwwRecord;

/** The last of several versions of one record in a file (a well-formed file has one of each). */
export function dedupe<T extends Versioned>(records: readonly T[], merge: MergeRecord<T>): Map<string, T> {
  const out = new Map<string, T>();
  for (const r of records) {
    const seen = out.get(r.id);
    out.set(r.id, seen ? merge(seen, r).result : r);
  }
  return out;
}

/** Counts one decision in the summary; returns the record to write, or undefined when the local one stays as is. */
export function decide<T extends Versioned>(summary: KindSummary, mine: T | undefined, theirs: T, merge: MergeRecord<T>): Merged<T> | undefined {
  if (!mine) {
    summary.new++;
    return { result: theirs, theirsWon: true };
  }
  if (sameValue(mine, theirs)) {
    summary.unchanged++;
    return undefined;
  }
  summary.conflicts++;
  const merged = merge(mine, theirs);
  if (merged.result === mine || sameValue(merged.result, mine)) {
    summary.keptLocal++;
    return undefined;
  }
  if (merged.result.deleted && !mine.deleted) summary.deleted++;
  else summary.updated++;
  return merged;
}
