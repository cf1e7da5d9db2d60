import * as v from 'valibot';
import type { Rule } from './rule.ts';
import type { SchemeDef, SegmentDef, SizeBounds } from './segment.ts';

/**
 * A file of segment definitions (`segmenta segments evaluate --rules <file.json>`):
 *
 * ```json
 * { "segments": [ { "id": "vip", "name": "VIP", "rule": { "field": "totalSpent", "op": "gte", "value": 5000000 } },
 *                 { "name": "Test group", "members": ["C0000001", "anna@example.com"] } ],
 *   "schemes": [ { "name": "Lifecycle", "segments": ["vip", "Test group"] } ] }
 * ```
 * A segment has a rule (dynamic) or a member list of ids, emails or phones (static). Ids default to a
 * slug of the name; schemes refer to segments by id or name. Rules are checked by validateRule later.
 */
export interface RulesFile {
  segments: SegmentDef[];
  schemes: SchemeDef[];
  /** Static segments' member lists as written (ids, emails or phones), resolved against the data by the caller. */
  memberLists: Map<string, string[]>;
}

export class RulesFileError extends Error {
  constructor(readonly problems: string[], file = 'rules file') {
    super(`${file}: ${problems.length === 1 ? problems[0] : `${problems.length} problems:\n  ${problems.join('\n  ')}`}`);
    this.name = 'RulesFileError';
  }
}

const bounds = v.object({
  min: v.optional(v.pipe(v.number(), v.minValue(0))),
  max: v.optional(v.pipe(v.number(), v.minValue(0))),
  unit: v.picklist(['count', 'share']),
});

const segmentEntry = v.object({
  id: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty('an id cannot be empty'))),
  name: v.pipe(v.string(), v.trim(), v.nonEmpty('a segment name cannot be empty')),
  description: v.optional(v.string()),
  color: v.optional(v.string()),
  rule: v.optional(v.custom<Rule>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'a rule must be an object')),
  members: v.optional(v.array(v.string())),
  bounds: v.optional(bounds),
});

const schemeEntry = v.object({
  id: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty())),
  name: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  segments: v.pipe(v.array(v.string()), v.minLength(1, 'a scheme needs at least one segment')),
});

const fileSchema = v.object({ segments: v.array(segmentEntry), schemes: v.optional(v.array(schemeEntry)) });

const where = (path: v.IssuePathItem[] | undefined): string =>
  (path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('').replace(/^\./, '') || 'top level';

export const slug = (name: string): string =>
  name.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'segment';

/** Parses the text of a rules file; every problem is reported with where it is. */
export function parseRulesFile(text: string, file = 'rules file', now = Date.now()): RulesFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new RulesFileError([`not valid JSON (${e instanceof Error ? e.message : String(e)})`], file);
  }
  const parsed = v.safeParse(fileSchema, Array.isArray(json) ? { segments: json } : json);
  if (!parsed.success) {
    const message = (i: v.BaseIssue<unknown>) => (i.kind === 'schema' && i.input === undefined ? 'required, but missing' : i.message);
    throw new RulesFileError([...new Set(parsed.issues.map((i) => `${where(i.path)}: ${message(i)}`))], file);
  }
  const body = parsed.output;
  const problems: string[] = [];
  const segments: SegmentDef[] = [];
  const memberLists = new Map<string, string[]>();
  const byKey = new Map<string, string>();
  body.segments.forEach((s, i) => {
    const id = s.id ?? slug(s.name);
    if (segments.some((x) => x.id === id)) problems.push(`segments[${i}]: the id "${id}" is used twice`);
    if (!s.rule === !s.members) problems.push(`segments[${i}] ("${s.name}"): give either a "rule" or a "members" list`);
    const def: SegmentDef = {
      id, name: s.name, kind: s.rule ? 'dynamic' : 'static', createdAt: now, updatedAt: now,
      ...(s.rule ? { rule: s.rule } : {}),
      ...(s.description !== undefined ? { description: s.description } : {}),
      ...(s.color !== undefined ? { color: s.color } : {}),
      ...(s.bounds ? { bounds: s.bounds as SizeBounds } : {}),
    };
    if (s.members) memberLists.set(id, s.members);
    segments.push(def);
    byKey.set(id, id);
    if (!byKey.has(s.name)) byKey.set(s.name, id);
  });
  const schemes: SchemeDef[] = (body.schemes ?? []).map((s, i) => {
    const segmentIds = s.segments.map((key) => {
      const id = byKey.get(key);
      if (!id) problems.push(`schemes[${i}] ("${s.name}"): no segment with id or name "${key}"`);
      return id ?? key;
    });
    return { id: s.id ?? slug(s.name), name: s.name, segmentIds, createdAt: now, updatedAt: now };
  });
  if (problems.length) throw new RulesFileError(problems, file);
  return { segments, schemes, memberLists };
}
