import { describe, expect, it } from 'vitest';
import { parseRulesFile, RulesFileError } from '../../core/segments/rules-file.ts';

const problemsOf = (text: string): string[] => {
  try {
    parseRulesFile(text, 'rules.json');
  } catch (e) {
    if (e instanceof RulesFileError) return e.problems;
    throw e;
  }
  throw new Error('parsed without problems');
};

describe('rules files', () => {
  it('read dynamic and static segments and schemes that refer to segments by id or name', () => {
    const f = parseRulesFile(JSON.stringify({
      segments: [
        { id: 'vip', name: 'VIP', rule: { field: 'totalSpent', op: 'gte', value: 5000000 }, bounds: { max: 0.1, unit: 'share' } },
        { name: 'Тестовая группа', members: ['C0000001', 'anna@example.com'] },
      ],
      schemes: [{ name: 'Lifecycle', segments: ['vip', 'Тестовая группа'] }],
    }), 'rules.json', 7);
    expect(f.segments).toEqual([
      { id: 'vip', name: 'VIP', kind: 'dynamic', rule: { field: 'totalSpent', op: 'gte', value: 5000000 }, bounds: { max: 0.1, unit: 'share' }, createdAt: 7, updatedAt: 7 },
      { id: 'тестовая-группа', name: 'Тестовая группа', kind: 'static', createdAt: 7, updatedAt: 7 },
    ]);
    expect(f.memberLists.get('тестовая-группа')).toEqual(['C0000001', 'anna@example.com']);
    expect(f.schemes).toEqual([{ id: 'lifecycle', name: 'Lifecycle', segmentIds: ['vip', 'тестовая-группа'], createdAt: 7, updatedAt: 7 }]);
  });

  it('accept a bare list of segments', () => {
    expect(parseRulesFile('[{"name":"A","rule":{"field":"city","op":"is","value":"Казань"}}]').segments.map((s) => s.id)).toEqual(['a']);
  });

  it('name where each problem is', () => {
    expect(problemsOf('{"segments":[{"rule":{}}]')[0]).toMatch(/^not valid JSON/);
    expect(problemsOf('{"segments":[{"rule":{"field":"city"}}]}')).toEqual(['segments[0].name: required, but missing']);
    expect(problemsOf('{"segments":[{"name":"A"}]}')).toEqual(['segments[0] ("A"): give either a "rule" or a "members" list']);
    expect(problemsOf('{"segments":[{"name":"A","rule":{"all":[]}},{"name":"A","members":[]}]}'))
      .toEqual(['segments[1]: the id "a" is used twice']);
    expect(problemsOf('{"segments":[{"name":"A","members":[]}],"schemes":[{"name":"S","segments":["B"]}]}'))
      .toEqual(['schemes[0] ("S"): no segment with id or name "B"']);
    expect(problemsOf('{"segments":[{"name":"A","members":[],"bounds":{"min":-1,"unit":"count"}}]}')[0]).toMatch(/^segments\[0\]\.bounds\.min: /);
  });
});
