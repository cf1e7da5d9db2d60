import * as v from 'valibot';
import type { PortableSnapshot } from './portable-snapshot.ts';

const code = v.pipe(v.number(), v.integer(), v.minValue(-2), v.maxValue(32767));
const common = { schemeId: v.string(), labels: v.array(v.string()), codes: v.array(code) };
const scheme = v.variant('kind', [
  v.object({ ...common, kind: v.literal('keyframe') }),
  v.object({
    ...common, kind: v.literal('delta'), base: v.string(),
    depth: v.pipe(v.number(), v.integer(), v.minValue(1)), chain: v.pipe(v.number(), v.integer(), v.minValue(0)), ids: v.array(v.string()),
  }),
]);

/** What a sync peer may send; unknown fields are ignored (a newer peer's additions). */
export const PortableSnapshotSchema = v.object({
  type: v.literal('segmenta-snapshot'),
  version: v.literal(1),
  id: v.pipe(v.string(), v.minLength(1)),
  takenAt: v.pipe(v.number(), v.finite()),
  reason: v.string(),
  liveCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  segmentSizes: v.record(v.string(), v.pipe(v.number(), v.minValue(0))),
  ids: v.optional(v.array(v.string())),
  schemes: v.array(scheme),
});

/**
 * A received portable snapshot, checked before it can enter the append-only history: shape, then that
 * codes index their labels, keyframes match the id list, and deltas pair each id with a code.
 */
export function parsePortableSnapshot(input: unknown): PortableSnapshot {
  const p = v.parse(PortableSnapshotSchema, input);
  for (const s of p.schemes) {
    if (s.codes.some((c) => c >= s.labels.length)) throw new Error(`snapshot ${p.id}: a ${s.schemeId} code is past its labels`);
    const n = s.kind === 'keyframe' ? p.ids?.length : s.ids.length;
    if (n !== s.codes.length) throw new Error(`snapshot ${p.id}: ${s.schemeId} has ${s.codes.length} codes for ${n ?? 0} ids`);
  }
  if (new Set(p.schemes.map((s) => s.schemeId)).size !== p.schemes.length) throw new Error(`snapshot ${p.id}: a scheme appears twice`);
  return p;
}
