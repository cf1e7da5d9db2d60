import { useT } from '../../../i18n/i18n-context.tsx';
import { useRuleBuilder } from './rule-context.tsx';
import { ruleMessages } from './rule-messages.ts';
import type { ValueProps } from './value-editor.tsx';

/** Another segment to be in (or not). */
export function SegmentValue({ value, onChange }: ValueProps<string>) {
  const t = useT(ruleMessages);
  const { segments } = useRuleBuilder();
  return (
    <select aria-label={t('segmentValue')} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || undefined)}>
      <option value="">{t('chooseSegment')}</option>
      {segments.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
    </select>
  );
}
