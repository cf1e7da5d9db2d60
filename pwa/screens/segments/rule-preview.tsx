import type { RulePreview as Preview } from '../../../core/worker/segments-api.ts';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { SegmentFlags } from './segment-flags.tsx';
import { segmentsMessages } from './segments-messages.ts';

/** The live result of the rule being edited: count, share, flags, a sample of customers. */
export function RulePreview({ preview }: { preview: Preview | undefined }) {
  const t = useT(segmentsMessages);
  const fmt = useFormat();
  return (
    <section class="rule-preview card" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('preview')}</h2>
      <p aria-live="polite" class="live-count">
        {preview === undefined ? t('previewLoading')
          : preview.count === undefined ? t.plural('previewProblems', preview.problems.length)
          : (
            <>
              <output data-testid="live-count" data-count={preview.count}>{t.plural('customersCount', preview.count)}</output>
              {' · '}
              <span data-testid="live-share">{fmt.percent(preview.share ?? 0)}</span>
            </>
          )}
      </p>
      {preview && <SegmentFlags status={{ matchesNobody: preview.matchesNobody, matchesEveryone: preview.matchesEveryone }} />}
      {preview && preview.sample.length > 0 && (
        <>
          <h3>{t('sample')}</h3>
          <ul class="sample">
            {preview.sample.map((c) => (
              <li key={c.id}>
                <a href={`/customers/${encodeURIComponent(c.id)}`}>{c.name || c.email || c.phone || c.id}</a>
                <span class="muted"> · {fmt.money(c.monetary)}{c.segment ? ` · ${c.segment}` : ''}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
