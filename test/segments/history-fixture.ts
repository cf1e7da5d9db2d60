import fc from 'fast-check';
import type { SchemeState } from '../../core/segments/segment.ts';
import { prng } from '../data/sample-dataset.ts';

/** Deterministic PRNG so one fast-check seed describes a whole history. */
export const mulberry32 = prng;

export interface Step {
  grow: number;
  /** Share of positions that move at this step (0 = identical snapshot). */
  moving: number;
  addLabel: boolean;
  /** Whether the second scheme is recorded in this snapshot. */
  withSecond: boolean;
  seed: number;
}

export const steps = fc.array(fc.record({
  grow: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })),
  moving: fc.oneof(fc.constant(0), fc.constantFrom(0.01, 0.05, 0.1, 0.3, 1)),
  addLabel: fc.boolean(),
  withSecond: fc.boolean(),
  seed: fc.integer(),
}), { minLength: 1, maxLength: 25 });

/** Random code for a scheme with `n` labels: mostly labels, sometimes everyone else or not live. */
export function randomCode(rnd: () => number, n: number): number {
  const x = rnd();
  if (x < 0.1) return -2;
  if (x < 0.25 || n === 0) return -1;
  return Math.floor(rnd() * n);
}

/** The evolving states of two schemes, one per step (the second only when the step records it). */
export function* evolve(start: number, all: Step[]): Generator<SchemeState[]> {
  let size = start;
  const labels = [['a', 'b', 'c'], ['x', 'y']];
  let codes = [new Int16Array(0), new Int16Array(0)];
  for (const step of all) {
    const rnd = mulberry32(step.seed);
    size += step.grow;
    codes = codes.map((c, s) => {
      const next = new Int16Array(size).fill(-2);
      next.set(c);
      for (let i = c.length; i < size; i++) next[i] = randomCode(rnd, labels[s].length);
      for (let i = 0; i < size; i++) if (rnd() < step.moving) next[i] = randomCode(rnd, labels[s].length);
      return next;
    });
    if (step.addLabel) labels[0] = [...labels[0], `l${labels[0].length}`];
    const states: SchemeState[] = [{ schemeId: 'one', labels: [...labels[0]], codes: codes[0].slice() }];
    if (step.withSecond) states.push({ schemeId: 'two', labels: [...labels[1]], codes: codes[1].slice() });
    yield states;
  }
}
