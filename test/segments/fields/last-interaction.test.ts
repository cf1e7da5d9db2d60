import { describe, expect, it } from 'vitest';
import { context, customer, day, sample, values } from './fixture.ts';

describe('last interaction', () => {
  const u = undefined;

  it('is the later of the last counted order and a CRM last-activity date, with its type', () => {
    const ctx = sample();
    // Bob: order 2026-10-01, "Last Activity Date" 2026-10-20 of type email. Carl: activity after the as-of day, ignored.
    expect(values(ctx, 'lastInteractionDate')).toEqual([day('2026-10-31'), day('2026-10-20'), u, u, u, day('2026-07-01')]);
    expect(values(ctx, 'lastInteractionType')).toEqual(['order', 'email', u, u, u, 'order']);
  });

  it('says activity when no type column exists, and order on a tie', () => {
    const ctx = context([
      customer('a', { attributes: { 'Дата последней активности': '20.10.2026' } }),
      customer('b', { attributes: { 'Last activity': '2026-10-01T09:00:00Z' } }),
    ], [{ customer: 1, at: '2026-10-01', amount: 1 }]);
    expect(values(ctx, 'lastInteractionDate')).toEqual([day('2026-10-20'), day('2026-10-01')]);
    expect(values(ctx, 'lastInteractionType')).toEqual(['activity', 'order']);
  });
});
