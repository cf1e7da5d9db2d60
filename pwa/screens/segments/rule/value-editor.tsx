import type { FieldInfo } from '../../../../core/worker/segments-api.ts';
import type { Condition, RuleValue } from '../../../../core/segments/rule.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { DateValue, DatePairValue } from './date-value.tsx';
import { ListValue } from './list-value.tsx';
import { NumberField } from './number-field.tsx';
import { NumberPairValue } from './number-pair-value.tsx';
import { ruleMessages } from './rule-messages.ts';
import { valueShape } from './rule-edit.ts';
import { SegmentValue } from './segment-value.tsx';
import { TextValue } from './text-value.tsx';

export interface ValueProps<T> {
  value: T | undefined;
  onChange(value: RuleValue | undefined): void;
  field: FieldInfo;
  idBase: string;
}

/** The value input a condition's operator needs (none for yes/no and empty tests). */
export function ValueEditor({ cond, field, onChange, idBase }: {
  cond: Condition; field: FieldInfo; onChange(value: RuleValue | undefined): void; idBase: string;
}) {
  const t = useT(ruleMessages);
  const v = cond.value;
  const money = field.unit === 'money' ? 100 : 1;
  const common = { field, onChange, idBase };
  switch (valueShape(field.type, cond.op)) {
    case 'none': return null;
    case 'text': return <TextValue {...common} value={typeof v === 'string' ? v : undefined} />;
    case 'list': return <ListValue {...common} value={Array.isArray(v) ? (v as string[]) : undefined} />;
    case 'number':
      return (
        <NumberField
          value={typeof v === 'number' ? v : undefined} onChange={onChange} scale={money}
          label={money === 100 ? `${t('value')} (${t('currency')})` : t('value')}
        />
      );
    case 'numberPair': return <NumberPairValue {...common} value={Array.isArray(v) ? (v as [number, number]) : undefined} />;
    case 'date': return <DateValue {...common} value={typeof v === 'string' ? v : undefined} />;
    case 'datePair': return <DatePairValue {...common} value={Array.isArray(v) ? (v as [string, string]) : undefined} />;
    case 'days': return <NumberField value={typeof v === 'number' ? v : undefined} onChange={onChange} label={t('days')} integer />;
    case 'segment': return <SegmentValue {...common} value={typeof v === 'string' ? v : undefined} />;
  }
}
