import type { ExplainedDimension } from '../../../core/worker/engine-api.ts';
import { useFormat, type Format } from '../../i18n/format.ts';
import { useT, type Translate } from '../../i18n/i18n-context.tsx';
import { customerCardMessages } from './customer-card-messages.ts';

type T = Translate<keyof (typeof customerCardMessages)['en']>;

const LETTER = { recency: 'R', frequency: 'F', monetary: 'M' } as const;

/** One dimension of the score: its value and class, what would move it up, and the classes in force. */
export function CustomerDimension({ d }: { d: ExplainedDimension }) {
  const t = useT(customerCardMessages);
  const fmt = useFormat();
  const value = (v: number) => (d.dimension === 'monetary' ? fmt.money(v) : fmt.count(v));
  const range = (min: number | null, max: number | null) =>
    min === null && max === null ? '—' : min === null ? `≤ ${value(max!)}` : max === null ? `≥ ${value(min)}` : min === max ? value(min) : `${value(min)} – ${value(max)}`;
  const name = t(d.dimension);
  return (
    <article class="dimension" aria-labelledby={`dim-${d.dimension}`}>
      <h3 id={`dim-${d.dimension}`}>
        {name} <span class="dimension-class">{LETTER[d.dimension]} {d.class}</span>
      </h3>
      <p class="dimension-value">{valueText(d, t, fmt)}</p>
      <p class="dimension-score">{t('score', { class: d.class, k: d.classes.length })}</p>
      <p class="dimension-next">{nextText(d, t, fmt)}</p>
      <details>
        <summary>{t('classesOf', { dimension: name.toLowerCase() })}</summary>
        <table>
          <thead>
            <tr><th scope="col">{t('colClass')}</th><th scope="col">{t('colRange')}</th><th scope="col" class="num">{t('colCustomers')}</th></tr>
          </thead>
          <tbody>
            {d.classes.map((c) => (
              <tr key={c.class} class={c.class === d.class ? 'current' : undefined} aria-current={c.class === d.class ? 'true' : undefined}>
                <td>{LETTER[d.dimension]} {c.class}</td>
                <td>{range(c.min, c.max)}</td>
                <td class="num">{fmt.count(c.customers)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </article>
  );
}

function valueText(d: ExplainedDimension, t: T, fmt: Format): string {
  if (d.dimension === 'recency') return t.plural('recencyValue', d.value);
  if (d.dimension === 'frequency') return t.plural('frequencyValue', d.value);
  return fmt.money(d.value);
}

/** The engine's `next` in the user's language (the engine's own sentence is English). */
function nextText(d: ExplainedDimension, t: T, fmt: Format): string {
  const next = d.next;
  if (next.kind === 'top') return t('nextTop');
  if (next.kind === 'out-of-reach') return t('nextOutOfReach', { class: next.class });
  if (d.dimension === 'recency') return t('nextRecency', { class: next.orderToday ?? next.class });
  if (d.dimension === 'frequency') return t.plural('nextFrequency', next.change, { class: next.class });
  return t('nextMonetary', { amount: fmt.money(next.change), class: next.class });
}
