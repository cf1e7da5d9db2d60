import { describe, expect, it } from 'vitest';
import { sample, values } from './fixture.ts';
import { npsCategory } from '../../../core/segments/fields/loyalty.ts';
import { findField } from '../../../core/segments/fields/catalogue.ts';

describe('loyalty fields', () => {
  const ctx = sample();
  const u = undefined;

  it('give the NPS score and its category', () => {
    expect(values(ctx, 'nps')).toEqual([10, 7, u, u, 3, 0]);
    expect(values(ctx, 'npsCategory')).toEqual(['promoter', 'passive', u, u, 'detractor', 'detractor']);
    expect(findField('npsCategory')!.options!(ctx)).toEqual(['promoter', 'passive', 'detractor']);
  });

  it('put 9–10 in promoters, 7–8 in passives, 0–6 in detractors', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
    expect([undefined, -1, 11, NaN].map(npsCategory)).toEqual([u, u, u, u]);
  });

  it('has a membership field with no column of its own', () => {
    const segment = findField('segment')!;
    expect(segment.type).toBe('segment');
    expect(() => segment.column(ctx, {})).toThrow(/no column/);
  });
});
