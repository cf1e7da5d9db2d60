import { dayOfIso } from '../model/dates.ts';
import type { FieldDef } from './field.ts';
import { normalizeText } from './normalize-text.ts';
import { OPERATOR_PHRASES } from './operator-labels.ts';
import type { Operator } from './rule.ts';
import type { RuleProblemCode } from './rule-problem.ts';

export interface OperandProblem { code: RuleProblemCode; message: string }

const NO_OPERAND: ReadonlySet<Operator> = new Set(['is_empty', 'is_not_empty', 'is_true', 'is_false']);
const DAY_COUNT: ReadonlySet<Operator> = new Set(['in_last_days', 'more_than_days_ago', 'anniversary_within']);
/** Beyond this a "last N days" reaches before any real data (about 270 years); it is surely a typo. */
export const MAX_DAYS = 100_000;

const shown = (x: unknown): string => (typeof x === 'string' ? `"${x}"` : JSON.stringify(x) ?? String(x));
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const nonBlank = (x: unknown): x is string => typeof x === 'string' && normalizeText(x) !== '';

/**
 * Whether a condition's operand has the shape its operator needs (operator already known to fit the
 * field's type). Messages start with the condition as it reads ("“City is one of” …").
 */
export function checkOperand(field: FieldDef, op: Operator, value: unknown): OperandProblem | undefined {
  const what = `“${field.label.en} ${OPERATOR_PHRASES[op]}”`;
  const bad = (message: string): OperandProblem => ({ code: 'bad_value', message });
  if (NO_OPERAND.has(op)) {
    return value === undefined ? undefined : { code: 'value_not_expected', message: `${what} takes no value; remove the value ${shown(value)}.` };
  }
  if (value === undefined) return bad(`${what} needs a value.`);
  switch (field.type) {
    case 'text':
      if (op === 'in_list') return checkList(what, value);
      if (!nonBlank(value)) {
        return bad(`${what} needs a text to compare with; got ${shown(value)}. To find customers without a value, use “is empty”.`);
      }
      return undefined;
    case 'tags':
      return checkList(what, value);
    case 'number':
      if (op === 'between') return checkPair(what, value, isNumber, 'two numbers, from and to (e.g. [18, 35])', (x) => x, 'larger');
      if (!isNumber(value)) {
        const money = field.unit === 'money' ? ' in minor units (kopecks, cents: 1500 ₽ is 150000)' : '';
        return bad(`${what} needs a number${money}; got ${shown(value)}.`);
      }
      return undefined;
    case 'date':
      if (DAY_COUNT.has(op)) {
        if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > MAX_DAYS) {
          return bad(`${what} needs a whole number of days from 0 to ${MAX_DAYS}; got ${shown(value)}.`);
        }
        return undefined;
      }
      if (op === 'between') return checkPair(what, value, isDate, 'two dates written YYYY-MM-DD, from and to (e.g. ["2024-01-01", "2024-03-31"])', (x) => dayOfIso(x)!, 'later', checkDate);
      return checkDate(what, value);
    case 'segment':
      return typeof value === 'string' && value !== '' ? undefined : bad(`${what} needs the id of a segment; got ${shown(value)}.`);
    case 'boolean':
      return undefined;
  }
}

function checkList(what: string, value: unknown): OperandProblem | undefined {
  if (!Array.isArray(value) || value.some((x) => typeof x !== 'string')) {
    return { code: 'bad_value', message: `${what} needs a list of texts, e.g. ["Москва", "Казань"]; got ${shown(value)}.` };
  }
  if (!value.some(nonBlank)) return { code: 'bad_value', message: `${what} needs at least one value in its list.` };
  return undefined;
}

const isDate = (x: unknown): x is string => typeof x === 'string' && dayOfIso(x) !== undefined;

function checkDate(what: string, value: unknown): OperandProblem | undefined {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return dayOfIso(value) === undefined ? { code: 'bad_date', message: `${what}: ${value} is not a real calendar date.` } : undefined;
  }
  return { code: 'bad_date', message: `${what} needs a date written YYYY-MM-DD, e.g. 2024-03-31; got ${shown(value)}.` };
}

function checkPair<T>(
  what: string, value: unknown, ok: (x: unknown) => x is T, expected: string, order: (x: T) => number, later: string,
  itemProblem?: (what: string, x: unknown) => OperandProblem | undefined,
): OperandProblem | undefined {
  if (!Array.isArray(value) || value.length !== 2) return { code: 'bad_value', message: `${what} needs ${expected}; got ${shown(value)}.` };
  for (const x of value) {
    if (!ok(x)) return itemProblem?.(what, x) ?? { code: 'bad_value', message: `${what} needs ${expected}; got ${shown(value)}.` };
  }
  const [a, b] = value as [T, T];
  if (order(a) > order(b)) {
    return { code: 'unordered_pair', message: `${what}: the first bound ${shown(a)} is ${later} than the second ${shown(b)}; swap them.` };
  }
  return undefined;
}
