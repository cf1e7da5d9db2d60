import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalData } from '../../core/sync/plan-merge.ts';
import { applyEdit, editArb, fileOf, freshDevice, merge, type Edit } from './device-sim.ts';
import { canonical } from './sync-helpers.ts';

const content = (d: LocalData) => canonical(d.ds, d.state);

/** Devices after their offline edits (each starts empty). */
function devices(n: number, edits: readonly Edit[]): LocalData[] {
  const out = Array.from({ length: n }, (_, i) => freshDevice(i));
  for (const e of edits) out[e.device] = applyEdit(out[e.device], e);
  return out;
}

const histories = (n: number) => fc.array(editArb(n), { minLength: 1, maxLength: 25 });
const RUNS = { numRuns: 60 };

describe('merging sync files', () => {
  it('is idempotent: importing a file twice gives what importing it once gives', async () => {
    await fc.assert(fc.asyncProperty(histories(2), async (edits) => {
      const [a, b] = devices(2, edits);
      const file = await fileOf(b);
      const once = merge(a, file);
      const twice = merge(once, file);
      expect(content(twice)).toEqual(content(once));
      // And re-importing one's own export changes nothing.
      expect(content(merge(once, await fileOf(once)))).toEqual(content(once));
    }), RUNS);
  });

  it('does not depend on the order of files: A then B equals B then A, compared by ids', async () => {
    await fc.assert(fc.asyncProperty(histories(3), async (edits) => {
      const [x, a, b] = devices(3, edits);
      const fa = await fileOf(a), fb = await fileOf(b);
      expect(content(merge(merge(x, fb), fa))).toEqual(content(merge(merge(x, fa), fb)));
    }), RUNS);
  });

  it('brings two devices that exchange files in either order to the same content', async () => {
    await fc.assert(fc.asyncProperty(histories(2), fc.array(editArb(2), { maxLength: 8 }), async (before, after) => {
      let [a, b] = devices(2, before);
      // A first sends to B, B edits more offline, then both exchange.
      b = merge(b, await fileOf(a));
      for (const e of after) if (e.device === 1) b = applyEdit(b, e); else a = applyEdit(a, e);
      const fa = await fileOf(a), fb = await fileOf(b);
      const a2 = merge(a, fb), b2 = merge(b, fa);
      expect(content(a2)).toEqual(content(b2));
    }), RUNS);
  });

  it('keeps both people’s additions to a static segment and the later of two marks for one customer', async () => {
    let [a, b] = devices(2, [
      { op: 'segment', device: 0, id: 0, name: 'VIP', at: 1 },
    ]);
    b = merge(b, await fileOf(a));
    a = applyEdit(a, { op: 'member', device: 0, segment: 0, customer: 1, in: true, at: 5 });
    b = applyEdit(b, { op: 'member', device: 1, segment: 0, customer: 2, in: true, at: 6 });
    a = applyEdit(a, { op: 'member', device: 0, segment: 0, customer: 3, in: true, at: 7 });
    b = applyEdit(b, { op: 'member', device: 1, segment: 0, customer: 3, in: false, at: 8 });
    const merged = merge(a, await fileOf(b));
    const members = merged.state.segments.find((s) => s.id === 'S0')!.members!;
    expect(Object.entries(members).filter(([, m]) => m.in).map(([id]) => id).sort()).toEqual(['C1', 'C2']);
    expect(members.C3).toEqual({ in: false, at: 1_800_000_008_000 });
  });

  it('lets the later deletion win over an earlier edit, and an edit after the deletion restore the customer', async () => {
    let [a, b] = devices(2, [{ op: 'customer', device: 0, id: 1, city: 'Казань', at: 1 }]);
    b = merge(b, await fileOf(a));
    b = applyEdit(b, { op: 'delete-customer', device: 1, id: 1, at: 3 });
    a = applyEdit(a, { op: 'customer', device: 0, id: 1, city: 'Пермь', at: 2 });
    const plan = merge(a, await fileOf(b));
    expect(plan.ds.customers.find((c) => c.id === 'C1')!.deleted).toBe(true);
    const later = applyEdit(a, { op: 'customer', device: 0, id: 1, city: 'Пермь', at: 4 });
    expect(merge(later, await fileOf(b)).ds.customers.find((c) => c.id === 'C1')).toMatchObject({ city: 'Пермь', updatedAt: 1_800_000_004_000 });
  });
});
