import { describe, expect, test } from 'vitest';
import { readFixture } from '../helpers.ts';

describe('mailchimp-audience', () => {
  test('reads a subscribed export: email identity, tags, opt-in date, consent from the file name', async () => {
    const p = await readFixture('mailchimp-subscribed-v2024.csv');
    expect(p.source).toBe('mailchimp-audience');
    expect(p.customers[0]).toMatchObject({
      emails: ['kate@example.com'], phones: ['+442079460958'], tags: ['newsletter', 'vip'], signupDate: '2024-03-14', consent: true,
      attributes: { Birthday: '03/14', MEMBER_RATING: '4' },
    });
    expect(p.customers[0].birthDate).toBeUndefined();
  });
});
