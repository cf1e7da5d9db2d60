import { describe, expect, it } from 'vitest';
import { context, customer, day, sample, values } from './fixture.ts';
import { fieldCatalogue, findField } from '../../../core/segments/fields/catalogue.ts';
import { inferAttributeType } from '../../../core/segments/fields/custom-attributes.ts';

describe('custom attribute fields', () => {
  const ctx = sample();
  const u = undefined;

  it('add one attr: field per custom column that no catalogue field reads, live customers only', () => {
    const custom = fieldCatalogue(ctx.ds).filter((f) => f.category === 'custom').map((f) => [f.id, f.type]);
    expect(custom).toEqual([
      ['attr:Баллы', 'number'],
      ['attr:Дата визита', 'date'],
      ['attr:Клубная карта', 'boolean'],
      ['attr:Комментарий', 'text'],
    ]);
    expect(findField('attr:Secret', ctx.ds)).toBeUndefined(); // only the deleted customer has it
    expect(findField('attr:Семейное положение', ctx.ds)).toBeUndefined(); // read by maritalStatus
  });

  it('build columns of the inferred type, parsing decimal commas and both date layouts', () => {
    expect(values(ctx, 'attr:Баллы')).toEqual([1234.5, 12.5, u, u, u, u]);
    expect(values(ctx, 'attr:Дата визита')).toEqual([day('2026-03-15'), day('2026-03-16'), u, u, u, u]);
    expect(values(ctx, 'attr:Клубная карта')).toEqual([true, false, u, u, u, u]);
    expect(values(ctx, 'attr:Комментарий')).toEqual(['VIP', u, u, u, u, u]);
  });

  it('name attr: fields by their header in both languages', () => {
    expect(findField('attr:Баллы', ctx.ds)!.label).toEqual({ en: 'Баллы', ru: 'Баллы' });
  });

  it('leave out a column without a header', () => {
    const c = context([customer('a', { attributes: { '': 'x', ' ': 'y', Note: 'z' } })], []);
    expect(fieldCatalogue(c.ds).filter((f) => f.category === 'custom').map((f) => f.id)).toEqual(['attr:Note']);
  });

  it('are unknown without a dataset', () => {
    expect(findField('attr:Баллы')).toBeUndefined();
    expect(fieldCatalogue().some((f) => f.id.startsWith('attr:'))).toBe(false);
  });

  it('infer boolean, number, date or text from every non-empty value', () => {
    expect(inferAttributeType(['да', 'нет', 'ИСТИНА', 'ЛОЖЬ', 'yes', 'No', 'TRUE', 'false', '1', '0', ''])).toBe('boolean');
    expect(inferAttributeType(['1', '2'])).toBe('number');
    expect(inferAttributeType(['1,5', '-2', '1 234,56', '3.25'])).toBe('number');
    expect(inferAttributeType(['2026-01-01', '01.02.2026', '2026-10-20 10:00'])).toBe('date');
    expect(inferAttributeType(['31.02.2026'])).toBe('text');
    expect(inferAttributeType(['1', 'x'])).toBe('text');
    expect(inferAttributeType(['0', '2'])).toBe('number');
    expect(inferAttributeType(['true', '2'])).toBe('text');
    expect(inferAttributeType(['', ' '])).toBe('text');
    expect(inferAttributeType([])).toBe('text');
  });
});
