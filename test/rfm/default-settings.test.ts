import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEGMENT_MAP, DEFAULT_SEGMENTS, defaultRfmSettings } from '../../core/rfm/default-settings.ts';
import { SEGMENT_LABELS_RU, segmentLabelRu } from '../../core/rfm/segment-labels-ru.ts';
import { REPO_ROOT } from '../helpers/dataset-s.ts';

/** Rows `| **r** | …5 names… |` of the spec's default segment map table. */
function specTable(): Map<number, string[]> {
  const spec = readFileSync(join(REPO_ROOT, '../shared/spec/rfm.md'), 'utf8');
  const rows = new Map<number, string[]>();
  for (const m of spec.matchAll(/^\| \*\*(\d)\*\* \|(.*)\|$/gm)) rows.set(Number(m[1]), m[2].split('|').map((s) => s.trim()));
  return rows;
}

describe('default RFM settings', () => {
  it('hold the segment map of the spec, cell for cell', () => {
    const table = specTable();
    expect([...table.keys()].sort()).toEqual([1, 2, 3, 4, 5]);
    for (const [r, names] of table) {
      expect(DEFAULT_SEGMENT_MAP.cells[r - 1].map((s) => DEFAULT_SEGMENT_MAP.segments[s])).toEqual(names);
    }
    expect(new Set([...table.values()].flat())).toEqual(new Set(DEFAULT_SEGMENTS));
  });

  it('are quantiles on all three dimensions with five classes and a map the caller may edit freely', () => {
    const a = defaultRfmSettings('2026-11-01');
    expect(a).toMatchObject({ asOf: '2026-11-01', classes: 5, recency: { kind: 'quantile' }, frequency: { kind: 'quantile' }, monetary: { kind: 'quantile' } });
    a.segmentMap.cells[0][0] = 3;
    expect(defaultRfmSettings('2026-11-01').segmentMap).toEqual(DEFAULT_SEGMENT_MAP);
    expect(DEFAULT_SEGMENT_MAP.segments[DEFAULT_SEGMENT_MAP.cells[0][0]]).toBe('Lost');
  });

  it('have a distinct Russian label for every default segment', () => {
    const labels = DEFAULT_SEGMENTS.map((s) => SEGMENT_LABELS_RU[s]);
    expect(new Set(labels).size).toBe(11);
    expect(labels.every((l) => /^[А-ЯЁ][а-яё ]+$/.test(l))).toBe(true);
    expect(segmentLabelRu('Champions')).toBe('Чемпионы');
    expect(segmentLabelRu('VIP')).toBe('VIP');
  });
});
