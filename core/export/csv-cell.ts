/**
 * Writing one CSV cell safely. Values come from users' files and may be hostile: a cell that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`
 * (OWASP "CSV injection"). Shared by every CSV we write (rejected-rows report, segment exports).
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a spreadsheet could read `value` as a formula. */
export const startsLikeFormula = (value: string): boolean => FORMULA_START.test(value);

/** `value`, with a leading `'` when it starts like a formula. */
export const defuse = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/** Quotes a cell when it holds the delimiter, a quote or a line break (RFC 4180); nothing else. */
export function quoteCell(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One cell of free text, defused and quoted as needed. */
export const csvCell = (value: string, delimiter: string): string => quoteCell(defuse(value), delimiter);
