import type { DimensionExplanation } from './explain.ts';

const LETTER = { recency: 'r', frequency: 'f', monetary: 'm' } as const;

/** English sentence for what moves a customer up in one dimension: "1 more order → f 3". */
export function nextClassSentenceEn(x: DimensionExplanation): string {
  const d = LETTER[x.dimension];
  const next = x.next;
  if (next.kind === 'top') return 'top class';
  if (next.kind === 'out-of-reach') return `${d} ${next.class} is out of reach`;
  if (x.dimension === 'recency') return `an order today → r ${next.orderToday ?? next.class}`;
  if (x.dimension === 'frequency') return `${next.change} more order${next.change === 1 ? '' : 's'} → f ${next.class}`;
  return `spend ${moneyEn(next.change)} more → ${d} ${next.class}`;
}

/** Minor units as `1 234.50` (space-grouped thousands, two decimals). */
export function moneyEn(minor: number): string {
  const abs = Math.abs(minor);
  const cents = abs % 100;
  const whole = String((abs - cents) / 100).replace(/\B(?=(\d{3})+$)/g, ' ');
  return `${minor < 0 ? '-' : ''}${whole}.${String(cents).padStart(2, '0')}`;
}
