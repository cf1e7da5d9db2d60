import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeScores } from '../../../core/engine/compute-scores.ts';
import { emptyDataset } from '../../../core/engine/empty-dataset.ts';
import { mergeImports } from '../../../core/import/merge.ts';
import { readImport } from '../../../core/import/read-import.ts';
import { defaultRfmSettings } from '../../../core/rfm/default-settings.ts';
import { REPO_ROOT } from '../../helpers/dataset-s.ts';
import { AS_OF, TODAY, day, values } from './fixture.ts';
import { fieldCatalogue } from '../../../core/segments/fields/catalogue.ts';
import type { FieldContext } from '../../../core/segments/field.ts';

async function imported(file: string): Promise<FieldContext> {
  const bytes = readFileSync(join(REPO_ROOT, 'test/fixtures', file));
  const { dataset } = await mergeImports(emptyDataset(), [await readImport(bytes, file)], { now: 0 });
  return { ds: dataset, scores: computeScores(dataset, defaultRfmSettings(AS_OF), 0), today: TODAY };
}

describe('fields on real CRM exports', () => {
  it('take the last interaction from HubSpot\'s "Last Activity Date" column', async () => {
    const ctx = await imported('hubspot-contacts-v2024.csv');
    expect(ctx.ds.customers.map((c) => c.firstName)).toEqual(['Kate', 'Liam']);
    expect(values(ctx, 'lastInteractionDate')).toEqual([day('2026-02-01'), undefined]);
    expect(values(ctx, 'lastInteractionType')).toEqual(['activity', undefined]);
    expect(fieldCatalogue(ctx.ds).map((f) => f.id)).not.toContain('attr:Last Activity Date');
  });

  it('take the occupation from Bitrix24\'s "Должность" column', async () => {
    const ctx = await imported('bitrix24-contacts-utf8.csv');
    const occupation = values(ctx, 'occupation');
    expect(occupation).toContain('Бухгалтер');
    expect(fieldCatalogue(ctx.ds).map((f) => f.id)).not.toContain('attr:Должность');
  });
});
