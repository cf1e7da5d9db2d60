import { describe, expect, it } from 'vitest';
import { DEFAULT_SEGMENTS } from '../../core/rfm/default-settings.ts';
import { compileRule } from '../../core/segments/compile-rule.ts';
import { toIndexes } from '../../core/segments/member-set.ts';
import { segmentFromTemplate, segmentTemplates, templateRule, topSpendThreshold } from '../../core/segments/templates.ts';
import { validateRule } from '../../core/segments/validate-rule.ts';
import { makeWorld, type Row } from './stub-catalogue.ts';

const TODAY = '2026-11-22';
const templates = segmentTemplates(DEFAULT_SEGMENTS);

/** For each fixed template: customers, and the positions it must select (as of TODAY). */
const CASES: Record<string, { rows: Row[]; selects: number[] }> = {
  'tpl:one-time-buyers': { rows: [{ oneTimeBuyer: true }, { oneTimeBuyer: false }, {}, { oneTimeBuyer: true, deleted: true }], selects: [0] },
  'tpl:lapsed-90': { rows: [{ daysSinceLastOrder: 90 }, { daysSinceLastOrder: 91 }, {}, { daysSinceLastOrder: 400 }, { daysSinceLastOrder: 0 }], selects: [1, 3] },
  'tpl:top-spenders': {
    // 20 buyers spending 100..2000 and two non-buyers: the top 10 % are the two biggest.
    rows: [...Array.from({ length: 20 }, (_, i) => ({ totalSpent: (i + 1) * 100 })), { totalSpent: 0 }, {}],
    selects: [18, 19],
  },
  'tpl:birthdays-this-month': { rows: [{ birthMonth: 11 }, { birthMonth: 12 }, {}, { birthMonth: 11 }], selects: [0, 3] },
  'tpl:new-this-month': {
    rows: [{ firstOrderDate: '2026-11-01' }, { firstOrderDate: '2026-10-31' }, { firstOrderDate: '2026-11-22' }, {}, { firstOrderDate: '2025-11-05' }],
    selects: [0, 2],
  },
  'tpl:promoters': { rows: [{ npsCategory: 'promoter' }, { npsCategory: 'detractor' }, { npsCategory: 'passive' }, {}], selects: [0] },
  'tpl:detractors': { rows: [{ npsCategory: 'promoter' }, { npsCategory: 'detractor' }, { npsCategory: 'passive' }, {}], selects: [1] },
};

const select = (id: string, rows: Row[], today = TODAY) => {
  const w = makeWorld(rows, today);
  return toIndexes(compileRule(templateRule(id, w.ctx, w.lookupField), w.lookupField)(w.env()));
};

describe('segment templates', () => {
  it('have tpl: ids, unique, with English and Russian names and descriptions', () => {
    const ids = templates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of templates) {
      expect(t.id).toMatch(/^tpl:/);
      for (const text of [t.name.en, t.name.ru, t.description.en, t.description.ru]) expect(text.length).toBeGreaterThan(2);
      expect(t.description.ru).toMatch(/[а-я]/);
    }
  });

  it('every template builds a rule that validates against the agreed field catalogue', () => {
    const w = makeWorld([{ totalSpent: 100 }], TODAY);
    for (const t of templates) expect(validateRule(t.rule(w.ctx, w.lookupField), { lookupField: w.lookupField }), t.id).toEqual([]);
  });

  it('every template has a case here of what it selects', () => {
    const covered = (id: string) => id in CASES || id.startsWith('tpl:rfm:');
    expect(templates.map((t) => t.id).filter((id) => !covered(id))).toEqual([]);
  });

  for (const [id, c] of Object.entries(CASES)) {
    it(`${id} selects the customers it describes`, () => {
      expect(select(id, c.rows)).toEqual(c.selects);
    });
  }

  it('one RFM template per segment of the map in use, selecting that segment', () => {
    const rfm = templates.filter((t) => t.id.startsWith('tpl:rfm:'));
    expect(rfm.map((t) => t.name.en)).toEqual([...DEFAULT_SEGMENTS]);
    expect(rfm.find((t) => t.id === "tpl:rfm:Can't Lose Them")!.name.ru).toBe('Нельзя потерять');
    const rows = [{ rfmSegment: 'Champions' }, { rfmSegment: "Can't Lose Them" }, {}];
    expect(select('tpl:rfm:Champions', rows)).toEqual([0]);
    expect(select("tpl:rfm:Can't Lose Them", rows)).toEqual([1]);
    expect(segmentTemplates(['Свои']).map((t) => t.id)[0]).toBe('tpl:rfm:Свои');
  });

  it('birthdays and new this month follow the month of the as-of date', () => {
    expect(select('tpl:birthdays-this-month', [{ birthMonth: 1 }, { birthMonth: 12 }], '2027-01-01')).toEqual([0]);
    expect(select('tpl:new-this-month', [{ firstOrderDate: '2024-02-29' }, { firstOrderDate: '2024-02-28' }], '2024-02-29')).toEqual([0, 1]);
    expect(select('tpl:new-this-month', [{ firstOrderDate: '2024-03-01' }, { firstOrderDate: '2024-02-29' }], '2024-03-01')).toEqual([0]);
  });

  it('takes the top-spend threshold from live buyers, keeping ties together', () => {
    const w = makeWorld([{ totalSpent: 5 }, { totalSpent: 9, deleted: true }, { totalSpent: 7 }, { totalSpent: 7 }, { totalSpent: 0 }]);
    expect(topSpendThreshold(w.ctx, w.lookupField)).toBe(7);
    const none = makeWorld([{}, { totalSpent: 0 }]);
    expect(topSpendThreshold(none.ctx, none.lookupField)).toBe(1);
    expect(select('tpl:top-spenders', [{ totalSpent: 5 }, { totalSpent: 7 }, { totalSpent: 7 }])).toEqual([1, 2]);
  });

  it('creates a dynamic segment recording its template', () => {
    const w = makeWorld([], TODAY);
    const s = segmentFromTemplate(templates.find((t) => t.id === 'tpl:promoters')!, w.ctx, w.lookupField, { id: 'x1', now: 5, lang: 'ru' });
    expect(s).toEqual({ id: 'x1', name: 'Промоутеры', description: 'Клиенты, ответившие 9 или 10 на вопрос NPS.', kind: 'dynamic',
      rule: { field: 'npsCategory', op: 'is', value: 'promoter' }, template: 'tpl:promoters', createdAt: 5, updatedAt: 5 });
    expect(templateRule('tpl:nope', w.ctx, w.lookupField)).toBeUndefined();
  });
});
