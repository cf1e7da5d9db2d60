import type { RfmGrid, SegmentSummary } from '../../../core/worker/segments-api.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { NoSegments } from './dashboard-charts.tsx';
import { dashboardMessages } from './dashboard-messages.ts';
import { SegmentBars, type Bar } from './segment-bars.tsx';
import { rfmLabel } from './segment-label.ts';

/** The user's segments with their flags; without any yet, the RFM segments (from the heat map's cells). */
export function SegmentSizes({ segments, grid }: { segments: SegmentSummary[]; grid: RfmGrid }) {
  const t = useT(dashboardMessages);
  if (segments.length) {
    const bars: Bar[] = segments.map((s) => ({
      id: s.segment.id, name: s.segment.name, size: s.size, share: s.share, color: s.segment.color,
      flag: s.problems?.length ? 'problems' : s.bounds,
    }));
    return <SegmentBars id="sizes" bars={bars} title={t('sizes')} desc={t('sizesDesc')} />;
  }
  const bySegment = new Map<string, number>();
  for (const c of grid.cells.flat()) if (c.segment) bySegment.set(c.segment, (bySegment.get(c.segment) ?? 0) + c.customers);
  const bars: Bar[] = [...bySegment]
    .sort((a, b) => b[1] - a[1])
    .map(([name, size]) => ({ id: name, name: rfmLabel(name, t.lang), size, share: grid.scored ? size / grid.scored : undefined }));
  return (
    <>
      <SegmentBars id="rfm-sizes" bars={bars} title={t('rfmSizes')} desc={t('rfmSizesDesc')} />
      <NoSegments />
    </>
  );
}
