import { describe, expect, it } from 'vitest';
import { day, sample, values } from './fixture.ts';
import { findField } from '../../../core/segments/fields/catalogue.ts';

describe('demographic fields', () => {
  const ctx = sample();
  const u = undefined;

  it('give gender as imported, nothing for a deleted or unknown customer, and offer M and F', () => {
    expect(values(ctx, 'gender')).toEqual(['F', 'M', u, u, u, u]);
    expect(findField('gender')!.options!(ctx)).toEqual(['M', 'F']);
  });

  it('count age in whole years at the as-of day, a birthday on that day included', () => {
    // as of 2026-11-01: born 1990-11-01 → 36, 1990-11-02 → still 35, 2000-02-29 → 26
    expect(values(ctx, 'age')).toEqual([36, 35, u, u, u, 26]);
  });

  it('give the birth date as a day number and its month', () => {
    expect(values(ctx, 'birthDate')).toEqual([day('1990-11-01'), day('1990-11-02'), u, u, u, day('2000-02-29')]);
    expect(values(ctx, 'birthMonth')).toEqual([11, 11, u, u, u, 2]);
  });

  it('read marital status, occupation, income, education from Russian or English custom columns', () => {
    expect(values(ctx, 'maritalStatus')).toEqual(['замужем', 'single', u, u, u, u]);
    expect(values(ctx, 'occupation')).toEqual(['Бухгалтер', 'Engineer', u, u, u, u]);
    expect(values(ctx, 'incomeBand')).toEqual(['средний', '50-100k', u, u, u, u]);
    expect(values(ctx, 'education')).toEqual(['высшее', 'MSc', u, u, u, u]);
  });

  it('read children as a number, "no" as none', () => {
    expect(values(ctx, 'children')).toEqual([2, 0, u, u, u, u]);
  });
});
