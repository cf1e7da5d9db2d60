import type { Dataset } from '../model/dataset.ts';
import { assignScheme } from '../segments/assign-scheme.ts';
import { ColumnCache } from '../segments/column-cache.ts';
import { evaluateSegments, type SegmentsEvaluation } from '../segments/evaluate-segments.ts';
import { fieldCatalogue } from '../segments/fields/catalogue.ts';
import { liveMembers } from '../segments/live-members.ts';
import type { MemberSet } from '../segments/member-set.ts';
import type { RulesFile } from '../segments/rules-file.ts';
import type { MemberMark, SchemeState, SegmentDef } from '../segments/segment.ts';
import { dayOfIso } from '../model/dates.ts';
import { LookupIndex } from './lookup-index.ts';

export interface DefinitionsResult {
  segments: SegmentDef[];
  evaluation: SegmentsEvaluation;
  /** One state per scheme of the file, same order. */
  schemes: SchemeState[];
  live: MemberSet;
  /** Static segments: member list entries that matched no customer. */
  unmatched: Map<string, string[]>;
}

/**
 * Evaluates a rules file's segments and schemes against a scored dataset, outside the app (the
 * command line): static member lists are matched by id, email or phone like pasted lists in the app.
 */
export function evaluateDefinitions(ds: Dataset, file: RulesFile, now = Date.now()): DefinitionsResult {
  const scores = ds.scores;
  if (!scores) throw new Error('The dataset has no scores.');
  const index = new LookupIndex(ds.customers);
  const unmatched = new Map<string, string[]>();
  const segments = file.segments.map((s) => {
    const list = file.memberLists.get(s.id);
    if (!list) return s;
    const members: Record<string, MemberMark> = {};
    for (const entry of list) {
      const found = index.exactly(entry);
      if (!found.length) unmatched.set(s.id, [...(unmatched.get(s.id) ?? []), entry]);
      for (const i of found) members[ds.customers[i].id] = { in: true, at: now };
    }
    return { ...s, members };
  });
  const byId = new Map(fieldCatalogue(ds).map((f) => [f.id, f]));
  const ctx = { ds, scores, today: dayOfIso(scores.scores.settings.asOf) ?? 0 };
  const evaluation = evaluateSegments(segments, ctx, { lookupField: (id) => byId.get(id), columns: new ColumnCache() });
  const live = liveMembers(ds);
  const schemes = file.schemes.map((scheme) => assignScheme(scheme, evaluation.sets, live, ds.customers.length));
  return { segments, evaluation, schemes, live, unmatched };
}
