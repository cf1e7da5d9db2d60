import { describe, expect, it } from 'vitest';
import { minimize, nelderMead } from '../../core/metrics/nelder-mead.ts';

describe('Nelder–Mead', () => {
  it('finds the minimum of the Rosenbrock valley at (1, 1)', () => {
    const nm = minimize(([x, y]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2, [-1.2, 1], { maxIterations: 2000, xTolerance: 1e-9, fTolerance: 1e-14 });
    expect(nm.converged).toBe(true);
    expect(nm.best.x[0]).toBeCloseTo(1, 5);
    expect(nm.best.x[1]).toBeCloseTo(1, 5);
  });

  it('treats a non-finite value as a wall and stays on the finite side', () => {
    const nm = minimize(([x]) => (x < 0.5 ? NaN : (x - 0.2) ** 2), [2], { maxIterations: 500 });
    expect(nm.best.x[0]).toBeGreaterThanOrEqual(0.5);
    expect(nm.best.x[0]).toBeCloseTo(0.5, 4);
  });

  it('stops after maxIterations without claiming convergence', () => {
    const nm = nelderMead(([x, y]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2, [-1.2, 1], { maxIterations: 3 });
    let steps = 0;
    while (nm.step()) steps++;
    expect(steps).toBe(3);
    expect(nm.converged).toBe(false);
    expect(nm.iterations).toBe(3);
  });
});
