import { describe, expect, test } from 'vitest';
import { readFixture } from '../helpers.ts';

describe('hubspot-contacts', () => {
  test('reads Record ID, phone numbers, create date and keeps other properties as attributes', async () => {
    const p = await readFixture('hubspot-contacts-v2024.csv');
    expect(p.source).toBe('hubspot-contacts');
    expect(p.customers[0]).toMatchObject({
      sourceId: 'hubspot:301', emails: ['kate@example.com'], phones: ['+442079460958'], signupDate: '2025-11-05',
      city: 'London', country: 'GB', attributes: { 'Contact owner': 'Sam Seller', 'Lead Status': 'Open' },
    });
    expect(p.customers[1]).toMatchObject({ emails: ['liam@example.com'], phones: ['+14155550101'], region: 'CA', country: 'US' });
  });
});
