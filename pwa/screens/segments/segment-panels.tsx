import type { SegmentSummary } from '../../../core/worker/segments-api.ts';
import { CampaignResults } from './campaign-results.tsx';
import { ExportPanel } from './export-panel.tsx';
import { MetricsPanel } from './metrics-panel.tsx';
import { PersonaPanel } from './persona-panel.tsx';
import { SegmentActions } from './segment-actions.tsx';
import { SizeHistory } from './size-history.tsx';

/** What a saved segment offers beside its definition. */
export function SegmentPanels({ summary }: { summary: SegmentSummary }) {
  const id = summary.segment.id;
  return (
    <div class="segment-panels">
      <MetricsPanel segmentId={id} />
      <SizeHistory segmentId={id} />
      <CampaignResults segmentId={id} />
      <PersonaPanel summary={summary} />
      <ExportPanel segmentId={id} />
      <SegmentActions summary={summary} />
    </div>
  );
}
