import { describe, expect, it } from 'vitest';
import { customer, context, values } from './fixture.ts';
import { sample } from './fixture.ts';

describe('psychographic fields', () => {
  const ctx = sample();

  it('give interests from the customer tags, none for a deleted customer', () => {
    expect(values(ctx, 'interests')).toEqual([['спорт', 'книги'], [], [], [], [], []]);
  });

  it('split values and lifestyle lists written in one cell', () => {
    expect(values(ctx, 'values')).toEqual([['семья', 'здоровье'], [], [], [], [], []]);
    expect(values(ctx, 'lifestyle')).toEqual([['активный', 'спорт'], [], [], [], [], []]);
  });

  it('keep each tag once per customer and drop empty ones', () => {
    const c = context([customer('a', { tags: ['a', 'b', 'a', ' ', 'b '] })], []);
    expect(values(c, 'interests')).toEqual([['a', 'b']]);
  });
});
