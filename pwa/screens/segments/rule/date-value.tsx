import { useState } from 'preact/hooks';
import { useT } from '../../../i18n/i18n-context.tsx';
import { ruleMessages } from './rule-messages.ts';
import type { ValueProps } from './value-editor.tsx';

/** A calendar date, `YYYY-MM-DD` as the rule stores it (the native date input gives that form). */
export function DateValue({ value, onChange }: ValueProps<string>) {
  const t = useT(ruleMessages);
  return (
    <input type="date" aria-label={t('value')} value={value ?? ''} onInput={(e) => onChange(e.currentTarget.value || undefined)} />
  );
}

/** `between` on dates: from and to (inclusive). */
export function DatePairValue({ value, onChange }: ValueProps<[string, string]>) {
  const t = useT(ruleMessages);
  const [pair, setPair] = useState<[string, string]>(value ?? ['', '']);
  const set = (i: 0 | 1, s: string) => {
    const next: [string, string] = i === 0 ? [s, pair[1]] : [pair[0], s];
    setPair(next);
    onChange(next[0] && next[1] ? next : undefined);
  };
  return (
    <span class="pair">
      <input type="date" aria-label={t('from')} value={pair[0]} onInput={(e) => set(0, e.currentTarget.value)} />
      <span aria-hidden="true">–</span>
      <input type="date" aria-label={t('to')} value={pair[1]} onInput={(e) => set(1, e.currentTarget.value)} />
    </span>
  );
}
