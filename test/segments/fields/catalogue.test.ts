import { describe, expect, it } from 'vitest';
import { sample } from './fixture.ts';
import { STATIC_FIELDS, fieldCatalogue, findField } from '../../../core/segments/fields/catalogue.ts';
import type { FieldCategory, FieldType } from '../../../core/segments/field.ts';

/** The agreed ids and types of FIELDS.md (issue #3): rules and templates are written against them. */
const AGREED: Record<string, FieldType> = {
  gender: 'text', age: 'number', birthDate: 'date', birthMonth: 'number', maritalStatus: 'text', occupation: 'text',
  incomeBand: 'text', education: 'text', children: 'number',
  country: 'text', region: 'text', city: 'text', language: 'text', favouriteStore: 'text',
  interests: 'tags', values: 'tags', lifestyle: 'tags',
  orders: 'number', totalSpent: 'number', averageOrderValue: 'number', daysSinceLastOrder: 'number',
  daysSinceFirstOrder: 'number', firstOrderDate: 'date', lastOrderDate: 'date', ordersInLastDays: 'number',
  spendInLastDays: 'number', categories: 'tags', channels: 'tags', favouriteCategory: 'text', favouriteChannel: 'text',
  lastInteractionDate: 'date', lastInteractionType: 'text', oneTimeBuyer: 'boolean', signupDate: 'date',
  r: 'number', f: 'number', m: 'number', fm: 'number', rfmCode: 'text', rfmSegment: 'text', rfmSegmentChangedOn: 'date',
  device: 'text', os: 'text', appUser: 'boolean', preferredContactChannel: 'text', consent: 'boolean', hasEmail: 'boolean',
  hasPhone: 'boolean', emailDomain: 'text',
  nps: 'number', npsCategory: 'text',
  segment: 'segment',
};

const CATEGORIES: FieldCategory[] = ['demographic', 'geographic', 'psychographic', 'behavioural', 'rfm', 'needs', 'technographic',
  'loyalty', 'membership', 'custom'];

describe('field catalogue', () => {
  it('has at least 40 fields with unique ids, both labels and a known category', () => {
    const fields = fieldCatalogue();
    expect(fields.length).toBeGreaterThanOrEqual(40);
    expect(new Set(fields.map((f) => f.id)).size).toBe(fields.length);
    for (const f of fields) {
      expect(f.label.en.trim(), f.id).not.toBe('');
      expect(f.label.ru.trim(), f.id).not.toBe('');
      expect(f.label.ru, f.id).toMatch(/[а-яё]|^[A-Z]+$|RFM|NPS/i);
      expect(CATEGORIES, f.id).toContain(f.category);
    }
  });

  it('has every agreed id with its agreed type, and nothing else built in', () => {
    for (const [id, type] of Object.entries(AGREED)) expect(findField(id)?.type, id).toBe(type);
    expect(STATIC_FIELDS.map((f) => f.id).sort()).toEqual(Object.keys(AGREED).sort());
  });

  it('gives each parameter a label, a default within its bounds', () => {
    const withParams = STATIC_FIELDS.filter((f) => f.params);
    expect(withParams.map((f) => f.id)).toEqual(['ordersInLastDays', 'spendInLastDays']);
    for (const p of withParams.flatMap((f) => f.params!)) {
      expect(p.label.en && p.label.ru).toBeTruthy();
      expect(Number(p.default)).toBeGreaterThanOrEqual(p.min!);
      expect(Number(p.default)).toBeLessThanOrEqual(p.max!);
    }
  });

  it('builds a column of its own type and of one value per customer for every field but segment', () => {
    const ctx = sample();
    const n = ctx.ds.customers.length;
    for (const f of fieldCatalogue(ctx.ds)) {
      if (f.type === 'segment') continue;
      const col = f.column(ctx, {});
      expect(col.type, f.id).toBe(f.type);
      const size = col.type === 'text' ? col.codes.length : col.type === 'tags' ? col.offsets.length - 1 : col.values.length;
      expect(size, f.id).toBe(n);
    }
  });

  it('gives a deleted customer no value in any field', () => {
    const ctx = sample();
    const gone = 2;
    expect(ctx.ds.customers[gone].deleted).toBe(true);
    for (const f of fieldCatalogue(ctx.ds)) {
      if (f.type === 'segment') continue;
      const col = f.column(ctx, {});
      const empty = col.type === 'text' ? col.codes[gone] === -1
        : col.type === 'tags' ? col.offsets[gone] === col.offsets[gone + 1]
          : col.type === 'boolean' ? col.values[gone] === 2 : Number.isNaN(col.values[gone]);
      expect(empty, f.id).toBe(true);
    }
  });

  it('finds nothing for an unknown id', () => {
    expect(findField('nope')).toBeUndefined();
    expect(findField('attr:nope', sample().ds)).toBeUndefined();
  });
});
