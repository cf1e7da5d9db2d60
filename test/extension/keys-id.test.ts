import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keysId } from '../../extension/content/watch-adapter.ts';

describe('the key that keeps one badge per customer', () => {
  it('is the same for the same identifiers in any order', () => {
    const list = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 4 });
    fc.assert(
      fc.property(list, list, (emails, ids) => {
        expect(keysId({ emails, ids })).toBe(keysId({ emails: [...emails].reverse(), ids: [...ids].reverse() }));
      }),
    );
  });

  it('differs when an identifier differs or moves to another kind', () => {
    expect(keysId({ emails: ['a@example.com'] })).not.toBe(keysId({ emails: ['b@example.com'] }));
    expect(keysId({ ids: ['15'] })).not.toBe(keysId({ phones: ['15'] }));
    expect(keysId({ emails: ['a@example.com'] })).not.toBe(keysId({ emails: ['a@example.com'], ids: ['hubspot:1'] }));
  });
});
