import { describe, expect, it } from 'vitest';
import { TODAY, day, sample, values } from './fixture.ts';

describe('behavioural fields', () => {
  const ctx = sample();
  const u = undefined;

  it('count counted orders up to the as-of day only, and none for a deleted customer', () => {
    // Анна: 4 counted (one uncounted and one on 2026-11-02 are left out); Carl has neither kind counted.
    expect(values(ctx, 'orders')).toEqual([4, 1, u, 0, 0, 2]);
    expect(values(ctx, 'totalSpent')).toEqual([200000, 5000, u, 0, 0, 10000]);
  });

  it('give the average order value in minor units, none without orders', () => {
    expect(values(ctx, 'averageOrderValue')).toEqual([50000, 5000, u, u, u, 5000]);
  });

  it('give first and last order days and the days since them', () => {
    expect(values(ctx, 'lastOrderDate')).toEqual([day('2026-10-31'), day('2026-10-01'), u, u, u, day('2026-07-01')]);
    expect(values(ctx, 'firstOrderDate')).toEqual([day('2025-01-10'), day('2026-10-01'), u, u, u, day('2026-06-01')]);
    expect(values(ctx, 'daysSinceLastOrder')).toEqual([1, 31, u, u, u, TODAY - day('2026-07-01')]);
    expect(values(ctx, 'daysSinceFirstOrder')).toEqual([TODAY - day('2025-01-10'), 31, u, u, u, TODAY - day('2026-06-01')]);
  });

  it('mark one-time buyers, and customers without orders as not one-time buyers', () => {
    expect(values(ctx, 'oneTimeBuyer')).toEqual([false, true, u, false, false, false]);
  });

  it('give the signup date', () => {
    expect(values(ctx, 'signupDate')).toEqual([day('2024-12-31'), u, u, u, u, u]);
  });
});
