import { describe, expect, it } from 'vitest';
import { computeScores } from '../../core/engine/compute-scores.ts';
import { defaultRfmSettings } from '../../core/rfm/default-settings.ts';
import { dayOfIso } from '../../core/model/dates.ts';
import { ColumnCache } from '../../core/segments/column-cache.ts';
import { compileRule } from '../../core/segments/compile-rule.ts';
import { fieldCatalogue, findField } from '../../core/segments/fields/catalogue.ts';
import { liveMembers } from '../../core/segments/live-members.ts';
import { count } from '../../core/segments/member-set.ts';
import { segmentTemplates } from '../../core/segments/templates.ts';
import { validateRule } from '../../core/segments/validate-rule.ts';
import { sampleDataset } from '../data/sample-dataset.ts';
import { makeWorld } from './stub-catalogue.ts';

describe('templates on the real field catalogue', () => {
  it('validate and evaluate on real data (the rule tests use a stand-in catalogue)', () => {
    const ds = sampleDataset(60, 600, 9);
    const rfm = defaultRfmSettings('2026-11-01');
    const scores = computeScores(ds, rfm);
    const ctx = { ds: { ...ds, scores }, scores, today: dayOfIso(rfm.asOf)! };
    const lookupField = (id: string) => findField(id, ctx.ds);
    const env = { ctx, live: liveMembers(ctx.ds), columns: new ColumnCache() };
    const templates = segmentTemplates(rfm.segmentMap.segments);
    expect(templates.length).toBeGreaterThanOrEqual(8);
    let matched = 0;
    for (const t of templates) {
      const rule = t.rule(ctx, lookupField);
      expect(validateRule(rule, { lookupField }), t.id).toEqual([]);
      matched += count(compileRule(rule, lookupField)(env));
    }
    expect(matched).toBeGreaterThan(0);
  });

  it('agree with the stand-in catalogue the rule tests use, field by field', () => {
    const real = fieldCatalogue().map((f) => [f.id, f.type]).sort();
    const stub = makeWorld([]).fields.map((f) => [f.id, f.type]).sort();
    expect(stub).toEqual(real);
  });
});
