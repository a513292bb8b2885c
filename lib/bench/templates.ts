/**
 * The real cables a benchmark corpus is made from: rows of the sample cables.csv and Cablegate
 * site pages, each with its id and the ids it cites, read once and reused many times.
 */
import { createReadStream, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { CABLES_CSV_COLUMNS, CABLES_CSV_ROW_START, MAX_ROW_CHARS } from "@/lib/adapters/cables-csv";
import { readCsvRows } from "@/lib/adapters/csv-rows";
import { type GeneratorIdParts, parseGeneratorId } from "@/lib/bench/ids";
import { extractRefCitations } from "@/lib/bench/references";

/** Where each cables.csv column sits in a row's fields. */
export const COLUMN = Object.fromEntries(CABLES_CSV_COLUMNS.map((name, index) => [name, index])) as Record<
  (typeof CABLES_CSV_COLUMNS)[number],
  number
>;

export interface CsvTemplate {
  kind: "csv";
  id: GeneratorIdParts;
  idText: string;
  references: GeneratorIdParts[];
  fields: string[];
}

export interface HtmlTemplate {
  kind: "html";
  id: GeneratorIdParts;
  idText: string;
  references: GeneratorIdParts[];
  html: string;
}

export type Template = CsvTemplate | HtmlTemplate;

function parseIds(joined: string): GeneratorIdParts[] {
  return joined
    .split("|")
    .map(parseGeneratorId)
    .filter((parts): parts is GeneratorIdParts => parts !== null);
}

/** Rows that do not parse or carry no cable id are left out (the sample has none). */
export async function loadCsvTemplates(path: string): Promise<CsvTemplate[]> {
  const templates: CsvTemplate[] = [];
  const chunks = createReadStream(path, { encoding: "utf8" });
  const rows = readCsvRows(chunks, { columns: CABLES_CSV_COLUMNS.length, rowStart: CABLES_CSV_ROW_START, maxRowChars: MAX_ROW_CHARS });
  for await (const item of rows) {
    const id = item.kind === "row" && !item.truncated ? parseGeneratorId(item.fields[COLUMN.id]) : null;
    if (item.kind !== "row" || !id) continue;
    const { fields } = item;
    templates.push({ kind: "csv", id, idText: fields[COLUMN.id], references: parseIds(fields[COLUMN.referencedIds]), fields });
  }
  return templates;
}

/** The cable's id is the page's file name: "04MADRID1187.html". */
export function loadHtmlTemplates(folder: string): HtmlTemplate[] {
  const templates: HtmlTemplate[] = [];
  for (const name of readdirSync(folder).sort()) {
    const id = name.endsWith(".html") ? parseGeneratorId(name.slice(0, -".html".length)) : null;
    if (!id) continue;
    const html = readFileSync(join(folder, name), "utf8");
    templates.push({ kind: "html", id, idText: name.slice(0, -5), references: extractRefCitations(html, id.yearDigits), html });
  }
  return templates;
}
