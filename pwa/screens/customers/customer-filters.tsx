import type { SegmentSummary } from '../../../core/worker/segments-api.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import type { CustomerFilter } from './customer-filter.ts';
import { customersMessages } from './customers-messages.ts';

interface Props {
  text: string;
  filter: CustomerFilter;
  segments: SegmentSummary[];
  onSearch(text: string): void;
  onSegment(id: string | undefined): void;
  onClearCell(): void;
}

/** The search box, the segment filter and, when the heat map sent the user here, its cell. */
export function CustomerFilters({ text, filter, segments, onSearch, onSegment, onClearCell }: Props) {
  const t = useT(customersMessages);
  return (
    <div class="toolbar customer-filters">
      <label class="field">
        <span>{t('search')}</span>
        <input
          type="search"
          value={text}
          placeholder={t('searchHint')}
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => onSearch(e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('segment')}</span>
        <select value={filter.segment ?? ''} onChange={(e) => onSegment(e.currentTarget.value || undefined)}>
          <option value="">{t('allCustomers')}</option>
          {segments.map((s) => (
            <option key={s.segment.id} value={s.segment.id}>{s.segment.name}</option>
          ))}
          {filter.segment && !segments.some((s) => s.segment.id === filter.segment) && (
            <option value={filter.segment}>{filter.segment}</option>
          )}
        </select>
      </label>
      {filter.cell && (
        <p class="customer-cell">
          <span>{t('cell', filter.cell)}</span>
          <button type="button" onClick={onClearCell}>{t('clearCell')}</button>
        </p>
      )}
    </div>
  );
}
