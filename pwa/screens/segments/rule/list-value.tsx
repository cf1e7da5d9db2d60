import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../../i18n/i18n-context.tsx';
import { ruleMessages } from './rule-messages.ts';
import { splitList } from './rule-edit.ts';
import type { ValueProps } from './value-editor.tsx';

/**
 * A list of texts (`is one of`, tags any/all/none): the field's options as check boxes when it has a
 * closed set, and a box for any other value, one a line.
 */
export function ListValue({ value, onChange, field, idBase }: ValueProps<string[]>) {
  const t = useT(ruleMessages);
  const options = field.options ?? [];
  const chosen = value ?? [];
  const others = chosen.filter((x) => !options.includes(x));
  const [text, setText] = useState(others.join('\n'));
  useEffect(() => { if (splitList(text).join('\n') !== others.join('\n')) setText(others.join('\n')); }, [others.join('\n')]);
  const emit = (picked: string[], typed: string[]) => {
    const all = [...new Set([...picked, ...typed])];
    onChange(all.length ? all : undefined);
  };
  const picked = chosen.filter((x) => options.includes(x));
  return (
    <span class="list-value">
      {options.length > 0 && (
        <fieldset class="options">
          <legend class="visually-hidden">{t('value')}</legend>
          {options.map((o) => (
            <label key={o} class="option">
              <input
                type="checkbox" checked={picked.includes(o)}
                onChange={(e) => emit(e.currentTarget.checked ? [...picked, o] : picked.filter((x) => x !== o), splitList(text))}
              />
              {o}
            </label>
          ))}
        </fieldset>
      )}
      <textarea
        id={`${idBase}-list`} rows={2} aria-label={`${t('value')}: ${field.type === 'tags' ? t('tagsHint') : t('listHint')}`}
        placeholder={field.type === 'tags' ? t('tagsHint') : t('listHint')} value={text}
        onInput={(e) => { const s = e.currentTarget.value; setText(s); emit(picked, splitList(s)); }}
      />
    </span>
  );
}
