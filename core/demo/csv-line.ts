/** One CSV line (RFC 4180 quoting, `,` delimiter). */
export function csvLine(fields: readonly string[]): string {
  return fields.map(quote).join(',');
}

function quote(field: string): string {
  return /[",\n\r]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
