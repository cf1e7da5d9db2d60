import { describe, expect, it } from 'vitest';
import { feminineSurname, SURNAMES, transliterate } from '../../core/demo/russian-names.ts';

describe('Russian names', () => {
  it.each([
    ['Иванов', 'Иванова'], ['Соловьёв', 'Соловьёва'], ['Ильин', 'Ильина'], ['Троицкий', 'Троицкая'],
    ['Успенский', 'Успенская'], ['Ким', 'Ким'], ['Шевченко', 'Шевченко'], ['Хабибуллин', 'Хабибуллина'],
  ])('the feminine form of %s is %s', (male, female) => {
    expect(feminineSurname(male)).toBe(female);
  });

  it('transliterates every surname into plain Latin letters', () => {
    for (const s of SURNAMES) expect(transliterate(s)).toMatch(/^[a-z]+$/);
    expect(transliterate('Щербакова')).toBe('shcherbakova');
  });
});
