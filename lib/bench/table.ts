/** Plain-text tables for benchmark figures: aligned columns, numbers right-aligned. */

export type Cell = string | number;

const NUMBER_LOOK = /^[-+]?[\d.,]+\s*[a-zA-Z%/]*$/;

function cellText(cell: Cell): string {
  if (typeof cell === "number") {
    if (Number.isNaN(cell)) return "-";
    return Number.isInteger(cell) ? cell.toLocaleString("en-US") : cell.toFixed(1);
  }
  return cell;
}

/** Columns whose every filled cell looks like a figure ("1,234", "12.5 ms") are right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const body = rows.map((row) => header.map((_, column) => cellText(row[column] ?? "")));
  const texts = [header.map(String), ...body];
  const widths = header.map((_, column) => Math.max(...texts.map((row) => row[column].length)));
  const numeric = header.map((_, column) => body.every((row) => row[column] === "" || row[column] === "-" || NUMBER_LOOK.test(row[column])));
  const line = (row: readonly string[]) =>
    row
      .map((text, column) => (numeric[column] ? text.padStart(widths[column]) : text.padEnd(widths[column])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(texts[0]), rule, ...texts.slice(1).map(line)].join("\n");
}

/** Decimal units, as the release's "1.6 GB" is counted. */
export function formatBytes(bytes: number): string {
  const units = ["B", "kB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : unit === 3 ? 2 : 1)} ${units[unit]}`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms.toFixed(0)} ms`;
  const seconds = ms / 1000;
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}
