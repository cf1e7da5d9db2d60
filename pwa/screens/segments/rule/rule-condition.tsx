import type { Condition, Operator } from '../../../../core/segments/rule.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { FieldPicker } from './field-picker.tsx';
import { NodeProblems } from './node-problems.tsx';
import { NumberField } from './number-field.tsx';
import { useRuleBuilder } from './rule-context.tsx';
import { valueShape, withField, withOperator, withValue } from './rule-edit.ts';
import { ruleMessages, type RuleMessageKey } from './rule-messages.ts';
import { ValueEditor } from './value-editor.tsx';

/** One condition: field, operator, the field's parameters (days), the value; its problems below it. */
export function RuleCondition({ cond, path, onChange, onRemove }: {
  cond: Condition; path: string; onChange(c: Condition): void; onRemove?: () => void;
}) {
  const t = useT(ruleMessages);
  const { fieldById, problems } = useRuleBuilder();
  const field = fieldById.get(cond.field);
  const idBase = `rule-${path.replace(/[^\w]/g, '-') || 'root'}`;
  const problemsId = `${idBase}-problems`;
  return (
    <li class="rule-condition" data-path={path}>
      <div class="condition-row">
        <FieldPicker value={cond.field} describedBy={problems.some((p) => p.path === path) ? problemsId : undefined} onPick={(f) => onChange(withField(f))} idBase={idBase} />
        {field && (
          <select aria-label={t('operator')} value={cond.op} onChange={(e) => onChange(withOperator(cond, field, e.currentTarget.value as Operator))}>
            {field.operators.map((op) => <option key={op} value={op}>{t(`op_${op}` as RuleMessageKey)}</option>)}
          </select>
        )}
        {field?.params?.map((p) => (
          <label key={p.name} class="param">
            <span>{p.name === 'days' ? t('param_days') : p.label[t.lang]}</span>
            <NumberField
              value={typeof cond.params?.[p.name] === 'number' ? (cond.params[p.name] as number) : undefined} label={p.label[t.lang]} integer
              onChange={(n) => onChange({ ...cond, params: { ...cond.params, [p.name]: n ?? p.default } })}
            />
          </label>
        ))}
        {field && (
          <ValueEditor
            key={`${field.id}:${valueShape(field.type, cond.op)}`} cond={cond} field={field} idBase={idBase}
            onChange={(v) => onChange(withValue(cond, v))}
          />
        )}
        {onRemove && <button type="button" class="remove" aria-label={t('removeCondition')} title={t('removeCondition')} onClick={onRemove}>✕</button>}
      </div>
      <NodeProblems path={path} id={problemsId} />
    </li>
  );
}
