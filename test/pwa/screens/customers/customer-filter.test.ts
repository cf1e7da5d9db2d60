import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterFromQuery, filterUrl, type CustomerFilter } from '../../../../pwa/screens/customers/customer-filter.ts';

const queryOf = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);

describe('the customer list filter in the URL', () => {
  it('reads back exactly what it wrote, whatever the search text holds', () => {
    const filter = fc.record(
      {
        q: fc.string(),
        segment: fc.string({ minLength: 1 }),
        cell: fc.record({ r: fc.integer({ min: 1, max: 10 }), fm: fc.integer({ min: 1, max: 10 }) }),
      },
      { requiredKeys: ['q'] },
    );
    fc.assert(fc.property(filter, (f: CustomerFilter) => {
      const url = filterUrl(f);
      expect(url.startsWith('/customers')).toBe(true);
      expect(filterFromQuery(queryOf(url))).toEqual(f);
    }));
  });

  it('is the bare list URL when nothing is filtered', () => {
    expect(filterUrl({ q: '' })).toBe('/customers');
  });

  it('reads the heat map link and ignores a cell that is not two positive whole classes', () => {
    expect(filterFromQuery({ r: '3', fm: '5' })).toEqual({ q: '', cell: { r: 3, fm: 5 } });
    expect(filterFromQuery({ r: '3' })).toEqual({ q: '' });
    expect(filterFromQuery({ r: '0', fm: '2' })).toEqual({ q: '' });
    expect(filterFromQuery({ r: '2.5', fm: '2' })).toEqual({ q: '' });
    expect(filterFromQuery({ r: 'x', fm: '2' })).toEqual({ q: '' });
  });

  it('keeps the search text and the segment as given', () => {
    expect(filterFromQuery(queryOf('/customers?q=%2B7%20916&segment=s-1'))).toEqual({ q: '+7 916', segment: 's-1' });
  });
});
