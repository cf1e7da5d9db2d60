/** The value converters the readers use, in one place (each lives in values/ with its byte form). */
export { parseMoneyMinor, parseMoneyMinorAt } from './values/money.ts';
export { parseDateTime, parseDateTimeAt, parseDate } from './values/date-time.ts';
export { parseBoolean } from './values/boolean.ts';
export { parseInteger } from './values/integer.ts';
