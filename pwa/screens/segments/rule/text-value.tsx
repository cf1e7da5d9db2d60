import { useT } from '../../../i18n/i18n-context.tsx';
import { ruleMessages } from './rule-messages.ts';
import type { ValueProps } from './value-editor.tsx';

/** One text; a closed set of values (the field's options) is offered as suggestions. */
export function TextValue({ value, onChange, field, idBase }: ValueProps<string>) {
  const t = useT(ruleMessages);
  const list = field.options?.length ? `${idBase}-options` : undefined;
  return (
    <>
      <input
        type="text" aria-label={t('value')} value={value ?? ''} list={list}
        onInput={(e) => { const s = e.currentTarget.value; onChange(s === '' ? undefined : s); }}
      />
      {list && <datalist id={list}>{field.options!.map((o) => <option key={o} value={o} />)}</datalist>}
    </>
  );
}
