import { describe, expect, it } from 'vitest';
import { sample, values } from './fixture.ts';
import { DEFAULT_SEGMENTS } from '../../../core/rfm/default-settings.ts';
import { findField } from '../../../core/segments/fields/catalogue.ts';

describe('RFM fields', () => {
  const ctx = sample();
  const s = ctx.scores.scores;
  const scored = [0, 1, 5];
  const u = undefined;

  it('give the scores of scored customers and nothing for the others', () => {
    for (const id of ['r', 'f', 'm', 'fm'] as const) {
      expect(values(ctx, id)).toEqual(s[id].reduce<(number | undefined)[]>((out, v, i) => [...out, scored.includes(i) ? v : u], []));
    }
    expect(scored.every((i) => s.r[i] >= 1 && s.fm[i] >= 1)).toBe(true);
  });

  it('agree with the spec worked by hand on the sample (3 scored: recency 1/31/123, frequency 4/1/2, monetary 2000/50/100)', () => {
    expect(values(ctx, 'r')).toEqual([4, 2, u, u, u, 1]);
    expect(values(ctx, 'fm')).toEqual([4, 1, u, u, u, 2]);
    expect(values(ctx, 'rfmCode')).toEqual(['444', '211', u, u, u, '122']);
    expect(values(ctx, 'rfmSegment')).toEqual(['Loyal', 'Hibernating', u, u, u, 'Lost']);
  });

  it('write the RFM code as the r, f and m digits', () => {
    expect(values(ctx, 'rfmCode')).toEqual([0, 1, 2, 3, 4, 5].map((i) => (scored.includes(i) ? `${s.r[i]}${s.f[i]}${s.m[i]}` : u)));
  });

  it('name the segment from the settings map, and offer its names', () => {
    expect(values(ctx, 'rfmSegment')).toEqual([0, 1, 2, 3, 4, 5].map((i) => (scored.includes(i) ? DEFAULT_SEGMENTS[s.segment[i]] : u)));
    expect(findField('rfmSegment')!.options!(ctx)).toEqual([...DEFAULT_SEGMENTS]);
  });

  it('give the day the segment changed when history knows it, never for a deleted customer', () => {
    const changed = sample({ rfmChangedDay: Float64Array.from([100, 200, 300, NaN, 500, 600]) });
    expect(values(changed, 'rfmSegmentChangedOn')).toEqual([100, 200, u, u, 500, 600]);
    expect(values(ctx, 'rfmSegmentChangedOn')).toEqual([u, u, u, u, u, u]);
  });
});
