import { describe, expect, it } from 'vitest';
import { parseBoolean, parseBooleanAt } from '../../../core/import/values/boolean.ts';
import { makeTextDecoder } from '../../../core/import/text-decoder.ts';
import { encode1251 } from '../fixtures.ts';

describe('boolean parsing', () => {
  it('reads the usual spellings in any case, trimmed', () => {
    for (const s of ['true', 'TRUE', 'yes', 'Y', '1', 'ИСТИНА', 'да', ' Да ', 't']) expect(parseBoolean(s), s).toBe(true);
    for (const s of ['false', 'FALSE', 'no', 'n', '0', 'ЛОЖЬ', 'нет', 'Нет', 'F']) expect(parseBoolean(s), s).toBe(false);
  });

  it('gives undefined for anything else', () => {
    for (const s of ['', 'maybe', '2', 'истинно', 'yes!']) expect(parseBoolean(s), s).toBeUndefined();
  });

  it('reads bytes through the file decoder', () => {
    const b = encode1251('ИСТИНА;ЛОЖЬ');
    const decode = makeTextDecoder('windows-1251');
    expect(parseBooleanAt(b, 0, 6, decode)).toBe(true);
    expect(parseBooleanAt(b, 7, 11, decode)).toBe(false);
  });
});
