import { useMemo, useState } from 'preact/hooks';
import type { FieldInfo } from '../../../../core/worker/segments-api.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { useRuleBuilder } from './rule-context.tsx';
import { ruleMessages, type RuleMessageKey } from './rule-messages.ts';

/** The field of a condition: fields grouped by category, labelled in the UI language, narrowed by a filter. */
export function FieldPicker({ value, onPick, idBase, describedBy }: {
  value: string; onPick(field: FieldInfo): void; idBase: string; /** The node's problems, read with the field. */ describedBy?: string;
}) {
  const t = useT(ruleMessages);
  const { fields, fieldById } = useRuleBuilder();
  const [filter, setFilter] = useState('');
  const groups = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const out = new Map<string, FieldInfo[]>();
    for (const f of fields) {
      const label = f.label[t.lang];
      if (q && !label.toLowerCase().includes(q) && !f.id.toLowerCase().includes(q) && f.id !== value) continue;
      out.set(f.category, [...(out.get(f.category) ?? []), f]);
    }
    return [...out];
  }, [fields, filter, t.lang, value]);
  return (
    <span class="field-picker">
      <input
        type="search" class="field-filter" value={filter} aria-label={t('fieldSearch')} placeholder={t('fieldSearch')}
        aria-controls={`${idBase}-field`} onInput={(e) => setFilter(e.currentTarget.value)}
      />
      <select
        id={`${idBase}-field`} aria-label={t('field')} aria-describedby={describedBy} value={value}
        onChange={(e) => { const f = fieldById.get(e.currentTarget.value); if (f) onPick(f); }}
      >
        <option value="" disabled>{t('chooseField')}</option>
        {groups.map(([category, list]) => (
          <optgroup key={category} label={t(`cat_${category}` as RuleMessageKey)}>
            {list.map((f) => <option key={f.id} value={f.id}>{f.label[t.lang]}</option>)}
          </optgroup>
        ))}
      </select>
    </span>
  );
}
