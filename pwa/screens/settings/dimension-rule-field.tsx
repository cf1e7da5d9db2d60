import type { DimensionRule } from '../../../core/rfm/types.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import type { Dimension } from './rfm-draft.ts';
import { settingsMessages } from './settings-messages.ts';

interface Props {
  dimension: Dimension;
  classes: number;
  rule: DimensionRule;
  onChange(rule: DimensionRule): void;
}

// Monetary thresholds are stored in minor units and typed in major units.
const SCALE: Record<Dimension, number> = { recency: 1, frequency: 1, monetary: 100 };

/**
 * One dimension's classing: quantiles, or fixed thresholds with one input per boundary. Recency's top
 * class is the most recent (at most N days); frequency's and monetary's top class starts from the highest bound.
 */
export function DimensionRuleField({ dimension, classes, rule, onChange }: Props) {
  const t = useT(settingsMessages);
  const name = `rule-${dimension}`;
  const scale = SCALE[dimension];
  const setKind = (kind: DimensionRule['kind']) =>
    onChange(kind === 'quantile' ? { kind } : { kind, bounds: Array.from({ length: classes - 1 }, () => Number.NaN) });
  const setBound = (i: number, text: string) => {
    if (rule.kind !== 'thresholds') return;
    const value = text.trim() === '' ? Number.NaN : Math.round(Number(text.replace(',', '.')) * scale);
    onChange({ kind: 'thresholds', bounds: rule.bounds.map((b, j) => (j === i ? value : b)) });
  };
  const classOf = (i: number) => (dimension === 'recency' ? classes - i : i + 2);
  return (
    <fieldset class="dimension">
      <legend>{t(dimension)}</legend>
      <div class="choices">
        {(['quantile', 'thresholds'] as const).map((kind) => (
          <label key={kind} class="choice">
            <input type="radio" name={name} value={kind} checked={rule.kind === kind} onChange={() => setKind(kind)} />
            {t(kind)}
          </label>
        ))}
      </div>
      {rule.kind === 'thresholds' && (
        <div class="bounds">
          {rule.bounds.map((b, i) => (
            <label key={i} class="bound">
              <span>{t(`${dimension}Bound`, { c: classOf(i) })}</span>
              <input
                type="number"
                inputMode="decimal"
                min={0}
                step={dimension === 'monetary' ? 0.01 : 1}
                value={Number.isNaN(b) ? '' : String(b / scale)}
                onInput={(e) => setBound(i, e.currentTarget.value)}
              />
            </label>
          ))}
          <p class="hint">{t('otherwiseClass1')}</p>
        </div>
      )}
    </fieldset>
  );
}
