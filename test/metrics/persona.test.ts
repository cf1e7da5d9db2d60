import { describe, expect, it } from 'vitest';
import { metricsBase } from '../../core/metrics/metrics-base.ts';
import { ageAt, personaBase } from '../../core/metrics/persona-base.ts';
import { personaSummary } from '../../core/metrics/persona.ts';
import { defaultPersonaDescription, defaultPersonaName, personaText } from '../../core/metrics/persona-text.ts';
import { emptySet, fromIndexes, fullSet } from '../../core/segments/member-set.ts';
import { smallDataset } from './fixture.ts';

const ds = smallDataset();
const pb = personaBase(ds, metricsBase(ds, ds.scores!));

describe('persona summary', () => {
  it('summarises all live customers by hand: ages, genders, cities, interests, devices, categories, channels', () => {
    const p = personaSummary(pb, fullSet(6));
    expect(p.size).toBe(5);
    // Ages 26, 36, 45, 51 (Dana unknown; Carl deleted): nearest ranks 1, 2, 3 of 4.
    expect(p.age).toEqual({ p25: 26, median: 36, p75: 45, known: 4 });
    expect(p.gender).toEqual({ male: 0.4, female: 0.4, unknown: 0.2 });
    expect(p.cities).toEqual([
      { value: 'Москва', count: 3, share: 0.6 },
      { value: 'Казань', count: 1, share: 0.2 },
      { value: 'Санкт-Петербург', count: 1, share: 0.2 },
    ]);
    expect(p.interests.map((v) => [v.value, v.count])).toEqual([['sport', 3], ['health', 1], ['home', 1]]);
    expect(p.devices.map((v) => [v.value, v.count])).toEqual([['android', 2], ['ios', 2]]);
    // Seven counted orders up to as-of; the cancelled and the later order (both Сумки) are left out.
    expect(p.orders).toBe(7);
    expect(p.categories).toEqual([
      { value: 'Обувь', count: 4, share: 4 / 7 },
      { value: 'Одежда', count: 3, share: 3 / 7 },
    ]);
    expect(p.channels).toEqual([
      { value: 'app', count: 4, share: 4 / 7 },
      { value: 'web', count: 3, share: 3 / 7 },
    ]);
  });

  it('counts a birthday on the as-of day as reached and the day after as not', () => {
    expect(ageAt('1980-11-01', '2026-11-01')).toBe(46);
    expect(ageAt('1980-11-02', '2026-11-01')).toBe(45);
    expect(ageAt('1880-01-01', '2026-11-01')).toBe(-1);
    expect(ageAt('not a date', '2026-11-01')).toBe(-1);
    expect(ageAt('1980-1x-01', '2026-11-01')).toBe(-1);
    expect(ageAt('2027-01-01', '2026-11-01')).toBe(-1);
  });

  it('keeps only the top values, as many as asked', () => {
    expect(personaSummary(pb, fullSet(6), 1).cities).toEqual([{ value: 'Москва', count: 3, share: 0.6 }]);
  });

  it('gives an empty segment zeros and no age instead of NaN', () => {
    const p = personaSummary(pb, emptySet(6));
    expect(p).toEqual({ size: 0, gender: { male: 0, female: 0, unknown: 0 }, cities: [], interests: [], devices: [], categories: [], channels: [], orders: 0 });
  });

  it('leaves out a deleted customer', () => {
    const p = personaSummary(pb, fromIndexes(6, [2]));
    expect(p.size).toBe(0);
    expect(p.cities).toEqual([]);
  });
});

describe('persona text', () => {
  const women = personaSummary(pb, fromIndexes(6, [0, 4]));

  it('names a segment by its dominant gender, typical ages and main city, in English and Russian', () => {
    expect(defaultPersonaName(women, 'en')).toBe('Women 26–36, Москва');
    expect(defaultPersonaName(women, 'ru')).toBe('Женщины 26–36, Москва');
    expect(defaultPersonaName(personaSummary(pb, fullSet(6)), 'en')).toBe('Customers 26–45, Москва');
    expect(defaultPersonaName(personaSummary(pb, emptySet(6)), 'ru')).toBe('Пустой сегмент');
  });

  it('describes the strongest traits', () => {
    expect(defaultPersonaDescription(women, 'en')).toBe(
      '2 customers; most often in Москва (100%); typically aged 26–36 (median 26); women 100%, men 0%; buy mostly Обувь (60% of orders) via app; interests: sport, health.',
    );
    expect(defaultPersonaDescription(women, 'ru')).toBe(
      '2 клиента; чаще всего Москва (100%); обычно 26–36 лет (медиана 26); женщин 100%, мужчин 0%; покупают в основном Обувь (60% заказов), канал app; интересы: sport, health.',
    );
  });

  it('prefers the user’s edited name and description, and falls back for blank edits', () => {
    expect(personaText(women, 'en', { name: 'Sporty mums', description: '  ' })).toEqual({
      name: 'Sporty mums',
      description: defaultPersonaDescription(women, 'en'),
    });
    expect(personaText(women, 'ru').name).toBe('Женщины 26–36, Москва');
  });
});
