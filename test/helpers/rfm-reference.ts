import fc from 'fast-check';
import type { RfmInput } from '../../core/rfm/types.ts';

export interface Row {
  recency: number;
  frequency: number;
  monetary: number;
}

export function inputOf(rows: Row[]): RfmInput {
  return {
    count: rows.length,
    recencyDays: Int32Array.from(rows, (r) => r.recency),
    frequency: Int32Array.from(rows, (r) => r.frequency),
    monetary: Float64Array.from(rows, (r) => r.monetary),
  };
}

/** The spec's formulas taken literally, O(n²): 1 + floor(k·(rank − 1)/n) with RANK() ranks. */
export function referenceClasses(values: number[], k: number, descending = false): number[] {
  const n = values.length;
  return values.map((x) => {
    const rank = 1 + values.filter((y) => (descending ? y > x : y < x)).length;
    return 1 + Math.floor((k * (rank - 1)) / n);
  });
}

/** Customers as the generator's data looks: few distinct frequencies and recencies, many ties. */
export const rowArb = fc.record({
  recency: fc.integer({ min: 0, max: 60 }),
  frequency: fc.integer({ min: 0, max: 12 }),
  monetary: fc.oneof(fc.integer({ min: 0, max: 50 }).map((x) => x * 1000), fc.integer({ min: -500, max: 9_000_000 })),
});

export const rowsArb = fc.array(rowArb, { minLength: 1, maxLength: 60 });
export const classesArb = fc.integer({ min: 3, max: 10 });
