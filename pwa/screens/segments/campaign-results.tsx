import { useEngineData } from '../../engine/engine-context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { segmentsMessages } from './segments-messages.ts';

/** Imported campaign results among the segment's members: reach, rates, revenue, ROI per campaign and in total. */
export function CampaignResults({ segmentId }: { segmentId: string }) {
  const t = useT(segmentsMessages);
  const fmt = useFormat();
  const results = useEngineData((e) => e.campaignResults(segmentId), [segmentId]);
  const data = results.data;
  if (!data || !data.campaigns.length) return null;
  const pct = (x?: number) => (x === undefined ? '—' : fmt.percent(x));
  return (
    <section class="card" aria-labelledby="campaigns-title">
      <h2 id="campaigns-title">{t('campaigns')}</h2>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t('campaigns')}>
        <table>
          <caption class="visually-hidden">{t('campaigns')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('campaign')}</th><th scope="col" class="num">{t('cSent')}</th><th scope="col" class="num">{t('cOpen')}</th>
              <th scope="col" class="num">{t('cClick')}</th><th scope="col" class="num">{t('cConversion')}</th>
              <th scope="col" class="num">{t('mRevenue')}</th><th scope="col" class="num">ROI</th>
            </tr>
          </thead>
          <tbody>
            {[...data.campaigns, { ...data.total, name: t('total') }].map((c) => (
              <tr key={`${c.campaign}-${c.name}`}>
                <th scope="row">{c.name}</th><td class="num">{fmt.count(c.sent)}</td><td class="num">{pct(c.openRate)}</td>
                <td class="num">{pct(c.clickRate)}</td><td class="num">{pct(c.conversionRate)}</td>
                <td class="num">{fmt.money(c.revenue)}</td><td class="num">{pct(c.roi)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
