import type { SizeBounds } from '../../../core/segments/segment.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { NumberField } from './rule/number-field.tsx';
import { segmentsMessages } from './segments-messages.ts';

/** Size watch: the segment is flagged when its size leaves [min, max] (customers, or percent of live customers). */
export function BoundsEditor({ bounds, onChange }: { bounds: SizeBounds | undefined; onChange(b: SizeBounds | undefined): void }) {
  const t = useT(segmentsMessages);
  const unit = bounds?.unit ?? 'count';
  const scale = unit === 'share' ? 0.01 : 1;
  const set = (change: Partial<SizeBounds>) => {
    const next: SizeBounds = { ...bounds, unit, ...change };
    for (const k of ['min', 'max'] as const) if (next[k] === undefined) delete next[k];
    onChange(next.min === undefined && next.max === undefined ? (change.unit ? { unit: change.unit } : undefined) : next);
  };
  return (
    <fieldset class="bounds">
      <legend>{t('bounds')}</legend>
      <p class="muted">{t('boundsHint')}</p>
      <div class="bounds-row">
        <label>{t('boundsMin')} <NumberField key={`min-${unit}`} value={bounds?.min} scale={scale} label={t('boundsMin')} onChange={(n) => set({ min: n })} /></label>
        <label>{t('boundsMax')} <NumberField key={`max-${unit}`} value={bounds?.max} scale={scale} label={t('boundsMax')} onChange={(n) => set({ max: n })} /></label>
        <label>
          {t('boundsUnit')}{' '}
          <select value={unit} onChange={(e) => set({ unit: e.currentTarget.value as SizeBounds['unit'], min: undefined, max: undefined })}>
            <option value="count">{t('boundsCount')}</option>
            <option value="share">{t('boundsShare')}</option>
          </select>
        </label>
      </div>
    </fieldset>
  );
}
