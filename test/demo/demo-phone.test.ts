import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoPhone } from '../../core/demo/demo-phone.ts';
import { MOBILE_PLANS } from '../../core/demo/demo-places.ts';
import { SeededRandom } from '../../core/demo/seeded-random.ts';
import { normalisePhone } from '../../core/import/phone.ts';

describe('demoPhone', () => {
  it('writes numbers that the import turns into their E.164 form, for every country', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...Object.keys(MOBILE_PLANS)), (seed, country) => {
        const r = new SeededRandom(seed);
        for (let i = 0; i < 20; i++) {
          const p = demoPhone(r, country);
          expect(p.e164).toMatch(/^\+[1-9]\d{7,14}$/);
          expect(normalisePhone(p.written, 'RU')).toBe(p.e164);
        }
      }),
    );
  });

  it('writes Russian numbers in the mixed formats of real exports', () => {
    const r = new SeededRandom(1);
    const shapes = new Set(Array.from({ length: 300 }, () => demoPhone(r, 'RU').written.replace(/\d/g, '0')));
    expect(shapes).toEqual(new Set([
      '+00000000000', '0 (000) 000-00-00', '+0 000 000 00 00', '00000000000', '0-000-000-00-00', '+0 (000) 000-00-00',
    ]));
  });
});
