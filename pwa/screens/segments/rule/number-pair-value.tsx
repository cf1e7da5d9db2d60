import { useState } from 'preact/hooks';
import { useT } from '../../../i18n/i18n-context.tsx';
import { NumberField } from './number-field.tsx';
import { ruleMessages } from './rule-messages.ts';
import type { ValueProps } from './value-editor.tsx';

/** `between` on numbers: from and to (inclusive); the rule gets the pair once both are filled. */
export function NumberPairValue({ value, onChange, field }: ValueProps<[number, number]>) {
  const t = useT(ruleMessages);
  const scale = field.unit === 'money' ? 100 : 1;
  const [pair, setPair] = useState<[number | undefined, number | undefined]>(value ?? [undefined, undefined]);
  const set = (i: 0 | 1, n: number | undefined) => {
    const next: [number | undefined, number | undefined] = i === 0 ? [n, pair[1]] : [pair[0], n];
    setPair(next);
    onChange(next[0] !== undefined && next[1] !== undefined ? [next[0], next[1]] : undefined);
  };
  const unit = scale === 100 ? ` (${t('currency')})` : '';
  return (
    <span class="pair">
      <NumberField value={pair[0]} onChange={(n) => set(0, n)} scale={scale} label={`${t('from')}${unit}`} />
      <span aria-hidden="true">–</span>
      <NumberField value={pair[1]} onChange={(n) => set(1, n)} scale={scale} label={`${t('to')}${unit}`} />
    </span>
  );
}
