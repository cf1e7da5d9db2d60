import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCustomers } from '../../core/demo/customer-plan.ts';
import { SeededRandom } from '../../core/demo/seeded-random.ts';

const window = { first: 19_000, last: 19_000 + 3 * 365 };

describe('planCustomers', () => {
  it('gives out exactly the requested number of orders, within every active window', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 400 }), fc.nat(5000), (seed, customers, orders) => {
        const plans = planCustomers(new SeededRandom(seed), customers, orders, window);
        expect(plans.orderCount.reduce((s, n) => s + n, 0)).toBe(orders);
        for (let i = 0; i < customers; i++) {
          expect(plans.orderCount[i]).toBeGreaterThanOrEqual(0);
          expect(plans.activeFrom[i]).toBeGreaterThanOrEqual(window.first);
          expect(plans.activeFrom[i]).toBeLessThanOrEqual(plans.activeTo[i]);
          expect(plans.activeTo[i]).toBeLessThanOrEqual(window.last);
          expect(plans.signup[i]).toBeLessThanOrEqual(plans.activeFrom[i]);
        }
      }),
    );
  });

  it('leaves about a tenth of customers without orders, a third of buyers with one, and concentrates spend', () => {
    const plans = planCustomers(new SeededRandom(42), 10_000, 100_000, window);
    const counts = [...plans.orderCount];
    const never = counts.filter((n) => n === 0).length / counts.length;
    const buyers = counts.filter((n) => n > 0).sort((a, b) => b - a);
    expect(never).toBeGreaterThan(0.08);
    expect(never).toBeLessThan(0.12);
    expect(buyers.filter((n) => n === 1).length / buyers.length).toBeGreaterThan(0.25);
    const top = buyers.slice(0, buyers.length / 5).reduce((s, n) => s + n, 0);
    expect(top / 100_000).toBeGreaterThan(0.5);
  });
});
