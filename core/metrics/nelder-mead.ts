/**
 * Nelder–Mead downhill simplex (Lagarias et al. 1998 coefficients: reflection 1, expansion 2,
 * contraction ½, shrink ½), written as a stepper so that a caller in the worker can yield between
 * steps, report progress and stop on an abort signal. Minimises `f`; a non-finite value counts as
 * +Infinity, so a penalty can fence off a region.
 */
export interface NelderMeadOptions {
  /** Initial simplex edge along each axis (default 0.5, suited to log-parameters). */
  step?: number;
  /** Stop when the simplex's values differ by less than this (absolute, default 1e-9)… */
  fTolerance?: number;
  /** …and its vertices by less than this along every axis (default 1e-7). */
  xTolerance?: number;
  maxIterations?: number;
}

export interface NelderMead {
  /** One iteration; false once converged or out of iterations. */
  step(): boolean;
  readonly best: { x: number[]; f: number };
  readonly iterations: number;
  readonly evaluations: number;
  readonly converged: boolean;
}

export function nelderMead(f: (x: number[]) => number, x0: readonly number[], options: NelderMeadOptions = {}): NelderMead {
  const n = x0.length;
  const step = options.step ?? 0.5;
  const fTol = options.fTolerance ?? 1e-9;
  const xTol = options.xTolerance ?? 1e-7;
  const maxIterations = options.maxIterations ?? 200 * n;
  let evaluations = 0;
  const value = (x: number[]): number => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  const points: number[][] = [[...x0]];
  for (let i = 0; i < n; i++) {
    const p = [...x0];
    p[i] += step;
    points.push(p);
  }
  const values = points.map(value);
  let iterations = 0;
  let converged = false;
  let done = false;

  const order = () => {
    const idx = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    const p = idx.map((i) => points[i]);
    const v = idx.map((i) => values[i]);
    for (let i = 0; i <= n; i++) {
      points[i] = p[i];
      values[i] = v[i];
    }
  };
  const along = (centroid: number[], worst: number[], t: number): number[] => centroid.map((c, j) => c + t * (c - worst[j]));
  const small = (): boolean => {
    if (!(Math.abs(values[n] - values[0]) <= fTol)) return false;
    for (let i = 1; i <= n; i++) for (let j = 0; j < n; j++) if (Math.abs(points[i][j] - points[0][j]) > xTol) return false;
    return true;
  };

  order();
  return {
    step(): boolean {
      if (done) return false;
      if (small()) {
        converged = done = true;
        return false;
      }
      if (iterations >= maxIterations) {
        done = true;
        return false;
      }
      iterations++;
      const centroid = new Array<number>(n).fill(0);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += points[i][j] / n;
      const worst = points[n];
      const xr = along(centroid, worst, 1);
      const fr = value(xr);
      if (fr < values[0]) {
        const xe = along(centroid, worst, 2);
        const fe = value(xe);
        if (fe < fr) [points[n], values[n]] = [xe, fe];
        else [points[n], values[n]] = [xr, fr];
      } else if (fr < values[n - 1]) {
        [points[n], values[n]] = [xr, fr];
      } else {
        // Outside contraction when the reflection beat the worst point, inside otherwise.
        const outside = fr < values[n];
        const xc = along(centroid, worst, outside ? 0.5 : -0.5);
        const fc = value(xc);
        if (fc < (outside ? fr : values[n])) [points[n], values[n]] = [xc, fc];
        else {
          for (let i = 1; i <= n; i++) {
            points[i] = points[i].map((v, j) => points[0][j] + 0.5 * (v - points[0][j]));
            values[i] = value(points[i]);
          }
        }
      }
      order();
      return true;
    },
    get best() {
      return { x: [...points[0]], f: values[0] };
    },
    get iterations() {
      return iterations;
    },
    get evaluations() {
      return evaluations;
    },
    get converged() {
      return converged;
    },
  };
}

/** Runs `nelderMead` to the end (tests and small problems). */
export function minimize(f: (x: number[]) => number, x0: readonly number[], options?: NelderMeadOptions): NelderMead {
  const nm = nelderMead(f, x0, options);
  while (nm.step());
  return nm;
}
