import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayOfIso } from '../../core/model/dates.ts';
import { aggregateOrders } from '../../core/rfm/aggregate.ts';
import { formatCanonicalRfm } from '../../core/rfm/canonical-csv.ts';
import { defaultRfmSettings } from '../../core/rfm/default-settings.ts';
import { scoreRfm } from '../../core/rfm/score.ts';
import { datasetS } from '../helpers/dataset-s.ts';
import { readStdOrders } from '../helpers/std-orders.ts';

describe('reference result on dataset S (shared/spec/rfm.md)', () => {
  it('gives the canonical output whose SHA-256 the spec publishes, with 8,983 customers scored', () => {
    const { orders, customerIds } = readStdOrders(readFileSync(join(datasetS(), 'orders.csv'), 'utf8'));
    const { input } = aggregateOrders(orders, customerIds.length, dayOfIso('2026-11-01')!);
    const scores = scoreRfm(input, defaultRfmSettings('2026-11-01'));
    const csv = formatCanonicalRfm(customerIds, input, scores);
    expect(scores.scored).toBe(8983);
    expect(csv.split('\n').length).toBe(8983 + 2);
    expect(createHash('sha256').update(csv, 'utf8').digest('hex')).toBe('bc96588c06143f962e1d298e13f87ac9833f13eecd564274991aae084a822bf9');
  });
});
