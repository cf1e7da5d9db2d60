import { segmentRefs } from './compile-rule.ts';
import type { SegmentDef } from './segment.ts';

/**
 * Cycles of membership references among live dynamic segments (a segment whose rule says `segment in`
 * itself, directly or through others), each as the ids along the cycle, starting at its first segment
 * in list order. Check it when saving a rule, on the list with the edited segment in place: a cycle
 * can never be evaluated.
 */
export function segmentCycles(segments: readonly SegmentDef[]): string[][] {
  const refs = referenceGraph(segments);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, 'open');
    stack.push(id);
    for (const next of refs.get(id) ?? []) {
      if (!refs.has(next)) continue;
      const s = state.get(next);
      if (s === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        const key = [...cycle].sort().join('\u0000');
        if (!seen.has(key)) { seen.add(key); cycles.push(cycle); }
      } else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of refs.keys()) if (!state.has(id)) visit(id);
  return cycles;
}

/** Live dynamic segment id → ids its rule refers to. */
export function referenceGraph(segments: readonly SegmentDef[]): Map<string, string[]> {
  const refs = new Map<string, string[]>();
  for (const s of segments) {
    if (s.deleted) continue;
    refs.set(s.id, s.kind === 'dynamic' && s.rule ? segmentRefs(s.rule) : []);
  }
  return refs;
}
