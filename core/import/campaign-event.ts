import { timeOf } from './cells.ts';
import { parseBoolean } from './values.ts';
import type { DateOrder } from './types.ts';

const HAPPENED = new Set(['+', 'x', 'х', '✓', '✔', 'v', 'sent', 'delivered', 'opened', 'clicked', 'converted', 'done',
  'отправлено', 'отправлен', 'доставлено', 'открыто', 'открыл', 'открыла', 'клик', 'кликнул', 'кликнула', 'перешел',
  'перешла', 'купил', 'купила', 'конверсия', 'было', 'есть']);
const NOT_HAPPENED = new Set(['-', '—', '–', 'none', 'never', 'не было', 'нету', 'не отправлено', 'не открыто', 'не открыл']);
const ORDERS: readonly DateOrder[] = ['iso', 'dmy', 'mdy'];

/**
 * Whether a campaign event (sent, opened, clicked, converted) happened, from a cell written as a
 * boolean in any spelling the import knows (`true`, `yes`, `да`, `ИСТИНА`, `1`/`0`, `+`/`-`, …), a
 * count (`3` = happened, `0` = not), or a timestamp (the time it happened: any date means yes). An empty
 * cell means it did not happen. Undefined for a value that is none of these.
 */
export function parseEvent(cell: string): boolean | undefined {
  const s = cell.trim().replace(/^'+/, '').trim();
  if (s === '') return false;
  const b = parseBoolean(s);
  if (b !== undefined) return b;
  const k = s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
  if (HAPPENED.has(k)) return true;
  if (NOT_HAPPENED.has(k)) return false;
  if (/^\d+$/.test(s)) return Number(s) > 0;
  // The date order does not matter: any reading as a date says that the event happened.
  if (/\d/.test(s) && ORDERS.some((o) => Number.isFinite(timeOf(s, o)))) return true;
  return undefined;
}
