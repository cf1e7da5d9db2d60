import { describe, expect, it } from 'vitest';
import { column, sample, values } from './fixture.ts';

describe('geographic fields', () => {
  const ctx = sample();
  const u = undefined;

  it('give the city as written, a blank city as no value, and encode each distinct spelling once', () => {
    expect(values(ctx, 'city')).toEqual(['Москва', 'London', u, u, u, 'москва']);
    const col = column(ctx, 'city');
    expect(col.type === 'text' && col.dict).toEqual(['Москва', 'London', 'москва']);
  });

  it('give country, region and language', () => {
    expect(values(ctx, 'country')).toEqual(['RU', 'GB', u, u, u, u]);
    expect(values(ctx, 'region')).toEqual(['Москва', u, u, u, u, u]);
    expect(values(ctx, 'language')).toEqual(['ru', 'en', u, u, u, u]);
  });

  it('read the favourite store from a "Магазин" or "Favorite Store" column', () => {
    expect(values(ctx, 'favouriteStore')).toEqual(['ТЦ Европа', 'Oxford St', u, u, u, u]);
  });
});
