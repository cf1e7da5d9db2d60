import { describe, expect, it } from 'vitest';
import { importSteps, phaseTotals, type ProgressMark } from '../../bench/import-steps.ts';

const mark = (phase: ProgressMark['phase'], atMs: number, fraction?: number): ProgressMark => ({ phase, atMs, fraction, rowsRead: 0, rowsWritten: 0 });

// The shape of a real two-file import's reports (customers then orders).
const progress = [
  mark('reading', 5), mark('reading', 56, 0), mark('parsing', 414, 0.25), mark('parsing', 921, 1),
  mark('reading', 922), mark('reading', 1059, 0), mark('parsing', 1480, 0.05), mark('parsing', 2142, 1),
  mark('merging', 2182, 0), mark('merging', 2524, 1), mark('merging', 2590, 0), mark('merging', 2935, 1),
  mark('scoring', 2936), mark('writing', 3006), mark('done', 4301, 1),
];

describe('importSteps', () => {
  it('gives each file its own reading, parsing and merging step, and ends the last step at the total', () => {
    const steps = importSteps(progress, ['customers.csv', 'orders.csv'], 4302);
    expect(steps.map((s) => s.step)).toEqual([
      'reading customers.csv', 'parsing customers.csv', 'reading orders.csv', 'parsing orders.csv',
      'merging customers.csv', 'merging orders.csv', 'scoring', 'writing',
    ]);
    expect(steps.map((s) => s.ms)).toEqual([409, 508, 558, 702, 408, 346, 70, 1295]);
  });

  it('sums the steps per phase', () => {
    const totals = phaseTotals(importSteps(progress, ['customers.csv', 'orders.csv'], 4302));
    expect(totals).toEqual({ reading: 967, parsing: 1210, merging: 754, scoring: 70, writing: 1295 });
  });
});
