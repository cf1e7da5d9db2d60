import { describe, expect, it } from 'vitest';
import { context, customer } from './fixture.ts';
import { attributeIndex } from '../../../core/segments/fields/attribute-match.ts';

const indexOf = (headers: string[]) =>
  attributeIndex(context([customer('a', { attributes: Object.fromEntries(headers.map((h) => [h, 'x'])) })], []).ds);

describe('attribute columns found by header synonyms', () => {
  it('match English and Russian headers whatever their case, spaces or punctuation', () => {
    const index = indexOf(['MARITAL_STATUS', 'Семейное  положение', 'Профессия', 'job title', 'Кол-во детей', 'Филиал',
      'Образ жизни', 'Preferred channel', 'Канал связи', 'Income Band']);
    expect(index.byField.get('maritalStatus')).toEqual(expect.arrayContaining(['MARITAL_STATUS', 'Семейное  положение']));
    expect(index.byField.get('occupation')).toEqual(expect.arrayContaining(['Профессия', 'job title']));
    expect(index.byField.get('children')).toEqual(['Кол-во детей']);
    expect(index.byField.get('favouriteStore')).toEqual(['Филиал']);
    expect(index.byField.get('lifestyle')).toEqual(['Образ жизни']);
    expect(index.byField.get('preferredContactChannel')).toEqual(expect.arrayContaining(['Preferred channel', 'Канал связи']));
    expect(index.byField.get('incomeBand')).toEqual(['Income Band']);
    expect(index.consumed.size).toBe(10);
  });

  it('give a header to its exact synonym before a field whose synonym it merely contains', () => {
    const index = indexOf(['Last Activity Type', 'Last Activity Date']);
    expect(index.byField.get('lastInteractionType')).toEqual(['Last Activity Type']);
    expect(index.byField.get('lastInteractionDate')).toEqual(['Last Activity Date']);
  });

  it('match a header that contains a synonym as whole words only', () => {
    const index = indexOf(['Marital status (survey)', 'Shopify ID', 'Storefront']);
    expect(index.byField.get('maritalStatus')).toEqual(['Marital status (survey)']);
    expect(index.byField.get('favouriteStore')).toBeUndefined();
    expect([...index.consumed]).toEqual(['Marital status (survey)']);
  });
});
