/**
 * Writes the cables.csv dialect of the WikiLeaks release: no header, every field double-quoted,
 * quotes and backslashes backslash-escaped (\" \' \\), fields span lines. Reading is
 * lib/adapters/csv-rows.ts.
 */

const ESCAPABLE = /[\\"']/g;

export function formatCsvField(value: string): string {
  return `"${value.replace(ESCAPABLE, (char) => `\\${char}`)}"`;
}

/** One row, newline-terminated. */
export function formatCsvRow(fields: readonly string[]): string {
  return `${fields.map(formatCsvField).join(",")}\n`;
}
