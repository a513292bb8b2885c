/**
 * cables.csv, the WikiLeaks release layout: no header row; eight columns (internal id, date
 * "M/D/YYYY HH:MM", reference id, origin, classification, referenced ids "|"-joined, header,
 * body). Streamed row by row: one TelegramSource per row, source.row the 1-based row number.
 */
import type { AdapterResult } from "./types";
import { readCsvRows } from "./csv-rows";
import { buildSource, readMetadata } from "./metadata";

/** Column order of the release. */
export const CABLES_CSV_COLUMNS = ["internalId", "date", "id", "origin", "classification", "referencedIds", "header", "body"] as const;

/** How every row of the release opens: "78","6/30/1985 7:58",... (a row without its date is still a row). */
export const CABLES_CSV_ROW_START = /^"\d+","(?:\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2})?",/;

/** The longest cable of the release is under 1 MB of text; far longer means a lost closing quote. */
export const MAX_ROW_CHARS = 8 * 1024 * 1024;

type Column = (typeof CABLES_CSV_COLUMNS)[number];

/** A row's field in the named column ("" when a truncated row lacks it). */
function column(fields: readonly string[], name: Column): string {
  return fields[CABLES_CSV_COLUMNS.indexOf(name)] ?? "";
}

function rowSource(fields: string[], path: string, row: number, truncated: boolean): AdapterResult {
  const warnings: string[] = [];
  if (truncated) warnings.push(`the file ends inside row ${row}: the cable may be truncated`);
  const metadata = readMetadata(
    {
      id: column(fields, "id"),
      date: column(fields, "date"),
      classification: column(fields, "classification"),
      origin: column(fields, "origin"),
      referencedIds: column(fields, "referencedIds"),
    },
    warnings,
  );
  const text = `${column(fields, "header")}\n${column(fields, "body")}`;
  return { ok: true, value: buildSource({ format: "cables-csv", path, row, text, metadata, warnings }) };
}

/** Streams the rows of a cables.csv file given as decoded text chunks. */
export async function* readCablesCsv(chunks: AsyncIterable<string>, path: string): AsyncGenerator<AdapterResult> {
  const rows = readCsvRows(chunks, { columns: CABLES_CSV_COLUMNS.length, rowStart: CABLES_CSV_ROW_START, maxRowChars: MAX_ROW_CHARS });
  for await (const item of rows) {
    if (item.kind === "broken") {
      yield { ok: false, problem: { path, row: item.row, reason: `broken csv row: ${item.reason}` } };
    } else if (item.truncated && item.fields.length < CABLES_CSV_COLUMNS.length) {
      yield { ok: false, problem: { path, row: item.row, reason: `csv row cut short in column ${item.fields.length} of ${CABLES_CSV_COLUMNS.length}: the file ends inside it` } };
    } else {
      yield rowSource(item.fields, path, item.row, item.truncated);
    }
  }
}
