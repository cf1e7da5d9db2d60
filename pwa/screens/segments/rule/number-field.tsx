import { useEffect, useState } from 'preact/hooks';

/**
 * A number input that keeps what is being typed ("12." stays) and reports the number it reads, or
 * undefined when blank. `scale` 100 enters money in currency units while the rule holds minor units; 0.01 enters a share in percent.
 */
export function NumberField({ value, onChange, label, scale = 1, integer, id }: {
  value: number | undefined; onChange(n: number | undefined): void; label: string; scale?: number; integer?: boolean; id?: string;
}) {
  const shown = (n: number | undefined): string => (n === undefined ? '' : String(+(n / scale).toPrecision(12)));
  const [text, setText] = useState(shown(value));
  const parse = (s: string): number | undefined => {
    const n = Number(s.replace(',', '.'));
    if (s.trim() === '' || !Number.isFinite(n)) return undefined;
    return scale === 1 ? n : scale > 1 ? Math.round(n * scale) : +(n * scale).toPrecision(12);
  };
  // A value changed from outside (operator change cleared it, a template loaded) replaces the text.
  useEffect(() => { if (parse(text) !== value) setText(shown(value)); }, [value]);
  return (
    <input
      id={id} type="text" inputMode="decimal" class="number-input" aria-label={label} value={text}
      step={integer ? 1 : 'any'}
      onInput={(e) => { const s = e.currentTarget.value; setText(s); onChange(parse(s)); }}
    />
  );
}
