import { describe, expect, test } from 'vitest';
import { readFixture } from '../helpers.ts';

describe('shopify-customers', () => {
  test('reads the current layout with Customer ID, Accepts Email Marketing and default address fields', async () => {
    const p = await readFixture('shopify-customers-v2024.csv');
    expect(p.source).toBe('shopify-customers');
    expect(p.customers[0]).toMatchObject({
      sourceId: 'shopify:7001000000001', emails: ['anna@example.com'], phones: ['+15552013344'], firstName: 'Anna',
      city: 'Springfield', region: 'MA', country: 'US', consent: true, tags: ['vip', 'newsletter'],
      attributes: { 'Total Spent': '180.00', 'Total Orders': '2', Note: 'VIP since 2020' },
    });
    expect(p.customers[1]).toMatchObject({ sourceId: 'shopify:7001000000002', emails: [], phones: ['+79161234567'], consent: false });
  });

  test('reads the old layout without Customer ID and with Accepts Marketing', async () => {
    const p = await readFixture('shopify-customers-v2017.csv');
    expect(p.source).toBe('shopify-customers');
    expect(p.customers.map((c) => [c.sourceId, c.emails[0], c.consent])).toEqual([
      [undefined, 'anna@example.com', true], [undefined, 'carla@example.com', false],
    ]);
    expect(p.rejected).toEqual([]);
  });
});
